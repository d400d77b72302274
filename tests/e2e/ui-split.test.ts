/**
 * The question-first prompt in real headless Chromium: until the frame that shows the question, the page has
 * fetched hearken.js, hearken-core.js and hearken-ui.js but not hearken-follow-up.js, which comes after; answering
 * with reasons and a comment still works end to end; and when hearken-follow-up.js cannot be had, the score alone
 * is stored, the visitor thanked, and one [hearken] error says what to copy.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { pageHtml, scriptTag, useFreshOriginBrowser } from './pages/widget';
import { PARTS } from './harness/prompt-parts';

const TAG = { 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-brand': 'Acme', 'data-reasons': 'Price;Speed', defer: true } as const;

/**
 * Records, in the task after the frame that first holds the prompt's dialog, the paths under /dist/ the page has
 * fetched (resource timing), as the bench does: `window.__shown`.
 */
const PROBE = `<script>
new MutationObserver(function (records, observer) {
  if (!document.querySelector('hearken-prompt')) return;
  observer.disconnect();
  requestAnimationFrame(function () {
    var channel = new MessageChannel();
    channel.port1.onmessage = function () {
      window.__shown = performance.getEntriesByType('resource').map(function (e) { return new URL(e.name).pathname; }).filter(function (p) { return p.indexOf('/dist/') == 0; });
    };
    channel.port2.postMessage(0);
  });
}).observe(document.documentElement, { childList: true, subtree: true });
</script>`;

describeBrowser('the question-first prompt in Chromium', () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server, { colorScheme: 'light' });
  beforeAll(() => suite.browser.context.setDefaultTimeout(10_000));
  const page = () => suite.browser.page;
  const fetched = () => page().evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));

  it('shows the question before fetching hearken-follow-up.js, fetches it after, and answers with reasons and a comment', async () => {
    server.page('/split/done.html', pageHtml(PROBE + scriptTag(TAG)));
    const before = server.answers().length;
    await page().goto(server.url + '/split/done.html');
    await page().waitForFunction(() => (window as unknown as { __shown?: string[] }).__shown);
    const shown = await page().evaluate(() => (window as unknown as { __shown: string[] }).__shown);
    expect(shown).toEqual(expect.arrayContaining(['/dist/hearken.js', '/dist/hearken-prompt.js']));
    expect(shown).not.toContain('/dist/hearken-follow-up.js');
    await expect.poll(fetched).toContain('/dist/hearken-follow-up.js');

    await page().locator('hearken-prompt [role=radio]').nth(3).click();
    await page().locator(`hearken-prompt ${PARTS.reasons} input`).first().check();
    await page().locator('hearken-prompt textarea').fill('Too slow, mail me at ann@example.com');
    await page().locator(`hearken-prompt ${PARTS.send}`).click();
    await expect.poll(() => page().locator(`hearken-prompt ${PARTS.heading}`).textContent()).toBe('Thank you!');
    const stored = (await server.waitForAnswers(before + 1)).slice(before);
    expect(stored).toEqual([expect.objectContaining({ score: 3, reasons: ['price'], comment: expect.stringContaining('Too slow') })]);
    expect(stored[0]!.comment).not.toContain('ann@example.com');
    expect(suite.browser.logs.slice(suite.logStart).filter((l) => l.type == 'error' || l.type == 'pageerror')).toEqual([]);
  });

  it('without hearken-follow-up.js: a score picked is stored alone, the visitor thanked, one [hearken] error', async () => {
    await page().route('**/dist/hearken-follow-up.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    server.page('/split/missing.html', pageHtml(scriptTag(TAG)));
    const before = server.answers().length;
    await page().goto(server.url + '/split/missing.html');
    await page().locator('hearken-prompt [role=radio]').nth(8).click();
    await expect.poll(() => page().locator(`hearken-prompt ${PARTS.heading}`).textContent()).toBe('Thank you!');
    const stored = (await server.waitForAnswers(before + 1)).slice(before);
    expect(stored.map((a) => [a.score, a.comment])).toEqual([[8, undefined]]);
    const errors = suite.browser.logs.slice(suite.logStart).filter((l) => l.type == 'error' && l.text.startsWith('[hearken]'));
    expect(errors.map((l) => l.text)).toEqual([expect.stringContaining('copy hearken-follow-up.js beside hearken.js')]);
  });
});
