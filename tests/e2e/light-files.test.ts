/**
 * The light start's extra files in real Chromium: without hearken-checks.js (a visitor's first page view of a page
 * armed with a trigger, or of one that cannot ask) or hearken-triggers.js (a returning visitor's) beside hearken.js, the page still works — the
 * full script comes, checks the attributes and arms the trigger itself — and one [hearken] error says what to copy.
 * And the words of an attribute's error, hearken-messages.js, which only a page with a wrong attribute downloads; and
 * nothing more fetched after destroy().
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

  it('a first page view of a data-trigger="manual" page without hearken-checks.js: the full script comes and checks the attributes, one [hearken] error names the file, show() brings the prompt', async () => {
    await page().route('**/dist/hearken-checks.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    server.page('/light/manual.html', pageHtml(scriptTag({ 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-trigger': 'manual' })));
    await page().goto(server.url + '/light/manual.html');
    await page().waitForFunction(() => '__hearkenCore' in window && !!localStorage.getItem('hearken:checked'));
    expect(await page().locator('hearken-prompt').count()).toBe(0);
    await page().evaluate(() => (window as unknown as { Hearken: { show(): void } }).Hearken.show());
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

  const hearkenErrors = (from: number) => suite.browser.logs.slice(from).filter((l) => l.type == 'error' && l.text.startsWith('[hearken]')).map((l) => l.text);
  const downloaded = () => page().evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/')));

  it('after destroy(), a <hearken-survey> added and show() fetch nothing more; without destroy(), the element brings the full script', async () => {
    server.page('/light/destroyed.html', pageHtml(scriptTag({ 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-trigger': 'manual' })));
    // the first page view has the attributes checked and remembered (hearken-checks.js)
    await page().goto(server.url + '/light/destroyed.html');
    await page().waitForFunction(() => !!localStorage.getItem('hearken:checked'));
    // the hearken files the page asked for: a script element is added in the same task as the call that wants it
    const added = (destroy: boolean) =>
      page().evaluate((destroy) => {
        const hearken = (window as unknown as { Hearken: { destroy(): void; show(): void } }).Hearken;
        if (destroy) hearken.destroy();
        document.body.appendChild(document.createElement('hearken-survey'));
        if (destroy) hearken.show();
        return [...document.querySelectorAll<HTMLScriptElement>('script[src*="/dist/"]')].map((script) => new URL(script.src).pathname);
      }, destroy);
    await page().goto(server.url + '/light/destroyed.html');
    expect(await added(true)).toEqual(['/dist/hearken.js']);
    await page().goto(server.url + '/light/destroyed.html');
    expect(await added(false)).toEqual(['/dist/hearken.js', '/dist/hearken-prompt.js']);
    await page().locator('hearken-survey [role=radio]').first().waitFor();
  });

  it('a wrong attribute: its words come from hearken-messages.js, said before what was found wrong after it; a page whose attributes are right never downloads that file', async () => {
    server.page('/light/right.html', pageHtml(scriptTag({ 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-position': 'bottom' })));
    await page().goto(server.url + '/light/right.html');
    await page().locator('hearken-prompt [role=radio]').first().waitFor();
    expect(await downloaded()).not.toContain('/dist/hearken-messages.js');

    // no data-endpoint either: said after the position, which was found wrong first
    server.page('/light/wrong.html', pageHtml(scriptTag({ 'data-survey': 'nps', 'data-position': 'botom' })));
    const logStart = suite.browser.logs.length;
    await page().goto(server.url + '/light/wrong.html');
    await expect.poll(() => hearkenErrors(logStart).length).toBe(2);
    // nothing more is said once the full script has started and answered a call (with no endpoint, no prompt shows)
    await page().evaluate(() => (window as unknown as { Hearken: { flush(): Promise<unknown> } }).Hearken.flush());
    expect(hearkenErrors(logStart)).toEqual([
      '[hearken] data-position must be one of bottom-right, bottom-left, bottom, center, got "botom"; did you mean "bottom"?',
      '[hearken] data-endpoint is required (the http(s) URL answers are sent to), got ""',
    ]);
    expect(await downloaded()).toContain('/dist/hearken-messages.js');
  });

  it('without hearken-messages.js, the error still names the attribute, the value and the file to copy', async () => {
    await page().route('**/dist/hearken-messages.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    server.page('/light/wrong-alone.html', pageHtml(scriptTag({ 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-theme': 'neon' })));
    const logStart = suite.browser.logs.length;
    await page().goto(server.url + '/light/wrong-alone.html');
    // the rest applies: the prompt shows, in the default theme
    await page().locator('hearken-prompt [role=radio]').first().waitFor();
    await expect.poll(() => hearkenErrors(logStart).length).toBe(1);
    // and once the files it fetches after the question are in, nothing more was said
    await expect.poll(downloaded).toContain('/dist/hearken-follow-up.js');
    expect(hearkenErrors(logStart)).toEqual([
      expect.stringMatching(/^\[hearken\] data-theme was refused, got "neon" \(could not load http:\/\/127\.0\.0\.1:\d+\/dist\/hearken-messages\.js: copy hearken-messages\.js beside hearken\.js\)$/),
    ]);
  });
});
