/**
 * The light start's extra files in real Chromium: without hearken-checks.js (a visitor's first page view of a page
 * armed with a trigger) or hearken-triggers.js (a returning visitor's) beside hearken.js, the page still works — the
 * full script comes, checks the attributes and arms the trigger itself — and one [hearken] error says what to copy.
 */
import { expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { pageHtml, scriptTag, useFreshOriginBrowser } from './pages/widget';

describeBrowser('the light start without its extra files, in Chromium', () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server);
  const page = () => suite.browser.page;

  it('a first page view of a data-scroll page: the full script arms the scroll, the prompt comes when the visitor scrolls, one [hearken] error names the file', async () => {
    await page().route('**/dist/hearken-checks.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    server.page('/light/scroll.html', pageHtml(scriptTag({ 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-scroll': '50' }), '<div style="height:4000px">A long page</div>'));
    await page().goto(server.url + '/light/scroll.html');
    // the full script found the attributes right and remembered them: it is the one that arms the scroll now
    await page().waitForFunction(() => '__hearkenCore' in window && !!localStorage.getItem('hearken:checked'));
    expect(await page().locator('hearken-prompt').count()).toBe(0);
    await page().evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page().locator('hearken-prompt [role=radio]').first().waitFor();
    const errors = suite.browser.logs.slice(suite.logStart).filter((l) => l.type == 'error' && l.text.startsWith('[hearken]'));
    expect(errors.map((l) => l.text)).toEqual([expect.stringMatching(/^\[hearken\] could not load http:\/\/127\.0\.0\.1:\d+\/dist\/hearken-checks\.js: copy hearken-checks\.js beside hearken\.js$/)]);
  });

  it('a returning visitor on a data-scroll page without hearken-triggers.js: the full script arms the scroll, one [hearken] error names the file', async () => {
    server.page('/light/scroll-back.html', pageHtml(scriptTag({ 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-scroll': '50' }), '<div style="height:4000px">A long page</div>'));
    // the first page view has the attributes checked and remembered
    await page().goto(server.url + '/light/scroll-back.html');
    await page().waitForFunction(() => !!localStorage.getItem('hearken:checked'));
    await page().route('**/dist/hearken-triggers.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const logStart = suite.browser.logs.length;
    await page().goto(server.url + '/light/scroll-back.html');
    await page().waitForFunction(() => '__hearkenCore' in window);
    expect(await page().locator('hearken-prompt').count()).toBe(0);
    await page().evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page().locator('hearken-prompt [role=radio]').first().waitFor();
    const errors = suite.browser.logs.slice(logStart).filter((l) => l.type == 'error' && l.text.startsWith('[hearken]'));
    expect(errors.map((l) => l.text)).toEqual([expect.stringMatching(/^\[hearken\] could not load http:\/\/127\.0\.0\.1:\d+\/dist\/hearken-triggers\.js: copy hearken-triggers\.js beside hearken\.js$/)]);
  });
});
