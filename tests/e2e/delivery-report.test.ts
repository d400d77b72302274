/**
 * Delivery problems the site's owner must fix are on the console of a real Chromium without data-debug
 * (src/widget/delivery-report.ts): a relative `data-endpoint="collect"` on a page under /shop/ posts to
 * /shop/collect, which answers 404; an endpoint on another origin that blocks CORS; hearken-prompt.js or hearken-ui.js
 * not copied.
 * One `[hearken]` console.error each, naming what to fix.
 */
import { expect, it } from 'vitest';
import { describeBrowser, type BrowserSession } from './harness/browser';
import { answerByUi, fixturePage, madeIds, pending, until, useDeliverySession } from './delivery-helpers';

/** The `[hearken]` lines of console.error so far. */
const hearkenErrors = (browser: BrowserSession) => browser.logs.filter((l) => l.type == 'error' && l.text.indexOf('[hearken]') == 0).map((l) => l.text);

describeBrowser('delivery problems on the console, without data-debug', () => {
  const s = useDeliverySession({ '/shop/product.html': fixturePage({ endpoint: 'collect' }) });
  const server = s.server;

  it('data-endpoint="collect" under /shop/: one error naming the attribute, what it became and the 404; the answer is kept', async () => {
    const { page } = s.browser;
    await page.goto(server.url + '/shop/product.html');
    await answerByUi(page, 8, 'relative endpoint');
    await answerByUi(page, 9, 'a second answer, a second 404');
    await until('two answers', async () => (await madeIds(page)).length == 2);
    await until('a [hearken] error', () => hearkenErrors(s.browser).length > 0);
    await until('both answers refused', () => s.requests.hits.filter((h) => h.path == '/shop/collect').length >= 2);
    expect(hearkenErrors(s.browser)).toEqual([
      `[hearken] data-endpoint "collect" → ${server.url}/shop/collect answered 404: answers are kept and retried; check the URL`,
    ]);
    expect(await pending(page)).toBe(2);
    expect(server.answers()).toEqual([]);
  });

  it('an endpoint on another origin that blocks CORS: one error naming CORS, once every attempt failed', async () => {
    const { page } = s.browser;
    server.page('/cors.html', fixturePage({ endpoint: server.otherOrigin + '/collect-elsewhere' }));
    await page.goto(server.url + '/cors.html');
    await answerByUi(page, 4, 'blocked');
    await until('a [hearken] error', () => hearkenErrors(s.browser).length > 0, 20_000);
    expect(hearkenErrors(s.browser)).toEqual([
      expect.stringMatching(
        new RegExp(`^\\[hearken\\] data-endpoint "${server.otherOrigin}/collect-elsewhere" could not be reached by any attempt of this page view \\(TypeError: .*\\): answers are kept and retried; it is on another origin, so the likely cause is CORS`),
      ),
    ]);
  });

  it('hearken-prompt.js or hearken-ui.js not copied beside hearken.js: the error says which to copy', async () => {
    const { page, context } = s.browser;
    const show = () => page.evaluate(() => (window as unknown as { Hearken: { show(): void } }).Hearken.show());
    await context.route('**/dist/hearken-prompt.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(server.url + '/shop/product.html');
    await show();
    await until('a [hearken] error', () => hearkenErrors(s.browser).length > 0);
    expect(hearkenErrors(s.browser)).toEqual([`[hearken] could not load ${server.url}/dist/hearken-prompt.js: copy hearken-prompt.js beside hearken.js`]);
    // a page view that loads the full script without the question (hearken-core.js: answers may wait) then shows a prompt
    await context.route('**/dist/hearken-ui.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.evaluate(() => localStorage.setItem('hearken:waiting', '1'));
    await page.reload();
    await show();
    await until('a second [hearken] error', () => hearkenErrors(s.browser).length > 1);
    expect(hearkenErrors(s.browser).slice(1)).toEqual([
      `[hearken] could not load the prompt: could not load ${server.url}/dist/hearken-ui.js: copy hearken-ui.js beside hearken.js`,
    ]);
  });
});
