/**
 * What an answer's request tells the endpoint about the page, in real Chromium. The answer's `page` left out the
 * query string and hash, but the request's `Referer` carried the page's whole address (an email, a reset token in
 * the query), and a path holding an email or a session id stayed in `page` (found by the security audit).
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { answerByUi, fixturePage } from './delivery-helpers';

describeBrowser('delivery: what the endpoint learns of the page', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  const referers: (string | undefined)[] = [];
  const onRequest = (message: unknown) => {
    const { request } = message as { request: IncomingMessage };
    if (request.method == 'POST' && request.url == '/collect') referers.push(request.headers.referer);
  };
  beforeEach(async () => {
    referers.length = 0;
    subscribe('http.server.request.start', onRequest);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    unsubscribe('http.server.request.start', onRequest);
    await browser.close();
  });

  it('sends the origin alone as Referer, and a page without its email segment or ;jsessionid', async () => {
    server.page('/account/jane@example.com/orders;jsessionid=1A2B3C', fixturePage());
    const { page } = browser;
    const before = server.answers().length;
    await page.goto(server.url + '/account/jane@example.com/orders;jsessionid=1A2B3C?email=jane@example.com&reset_token=abc#top');
    await answerByUi(page, 4);
    const [stored] = (await server.waitForAnswers(before + 1)).slice(before);
    expect(stored!.page).toBe(server.url + '/account/[email]/orders');
    expect(referers).toEqual([server.url + '/']);
  });
});
