/**
 * An endpoint that redirects, in real Chromium: fetch follows a 302 to a login page as a GET without the body, so
 * a 200 there must not delete the answers. hearken refuses any redirected response: the answer stays in the
 * outbox, an `error` event names the final URL, and once the endpoint is fixed it is stored exactly once.
 * The redirects are answered by Playwright's request routing (the demo server has no redirecting route);
 * Chromium follows them as it would a server's.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser } from './harness/browser';
import { answerByUi, expectDeliveredOnce, fixturePage, madeIds, pending, until, useDeliverySession } from './delivery-helpers';

/** The `error` messages this page's widget emitted. */
const errors = (page: Page) => page.evaluate(() => ((window as unknown as { __errors: string[] }).__errors || []).slice());

describeBrowser('delivery to an endpoint that redirects', () => {
  const s = useDeliverySession({ '/delivery.html': fixturePage(), '/moved.html': fixturePage({ endpoint: '/moved' }), '/login.html': '<!doctype html><title>Sign in</title><form><input name="user"></form>' });
  const server = s.server;

  it('a 302 to a 200 login page: the answer is kept, the error names the login URL, and the fixed endpoint stores it once', async () => {
    const { page } = s.browser;
    await s.browser.context.route('**/moved', (route) => route.fulfill({ status: 302, headers: { Location: '/login.html' } }));
    await page.goto(server.url + '/moved.html');
    await answerByUi(page, 7, 'behind-a-login');
    await until('the answer event', async () => (await madeIds(page)).length == 1);
    await until('an error event', async () => (await errors(page)).length > 0);

    // the POST became a GET of the login page, which answered 200: nothing was stored, nothing deleted
    expect(s.requests.hits.filter((h) => h.path == '/login.html').map((h) => h.method)).toContain('GET');
    expect(await errors(page)).toEqual([
      expect.stringMatching(new RegExp(`^\\[hearken\\] .*redirected to ${server.url}/login\\.html \\(HTTP 200\\); set the endpoint to the final URL$`)),
    ]);
    expect(server.answers()).toEqual([]);
    expect(await pending(page)).toBe(1);

    // the site fixes its endpoint: the next page sends the answer (the refused answer was not beaconed on the
    // way out) and the collector stores it once
    await page.goto(server.url + '/delivery.html');
    await expectDeliveredOnce(server, { ids: await madeIds(page), comments: ['behind-a-login'], total: 1 });
    await until('an empty outbox', async () => (await pending(page)) == 0);
  });

  it('a 307 to the collector: stored once, yet kept and reported, since fetch cannot tell which redirect it followed', async () => {
    const { page } = s.browser;
    await s.browser.context.route('**/moved', (route) => route.fulfill({ status: 307, headers: { Location: '/collect' } }));
    await page.goto(server.url + '/moved.html');
    await answerByUi(page, 3, 'via-307');
    await until('an error event', async () => (await errors(page)).length > 0);
    expect(await errors(page)).toEqual([expect.stringContaining(`redirected to ${server.url}/collect (HTTP 200); set the endpoint to the final URL`)]);
    // a 307 keeps the body: the collector has it, and hearken keeps its copy for a resend it cannot avoid
    await expectDeliveredOnce(server, { ids: await madeIds(page), comments: ['via-307'], total: 1 });
    expect(await pending(page)).toBe(1);

    await page.goto(server.url + '/delivery.html');
    await until('an empty outbox', async () => (await pending(page)) == 0, 20_000);
    await expectDeliveredOnce(server, { ids: await madeIds(page), comments: ['via-307'], total: 1 });
  });
});
