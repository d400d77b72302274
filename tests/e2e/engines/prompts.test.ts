/**
 * The prompts in every engine: the three surveys shown by the script tag, an inline mount and the
 * `<hearken-survey>` element, each answered with real clicks and typing, styled and stored; the
 * keyboard alone (Tab in, arrows, Enter, Tab to Send, Escape gives focus back); right to left; a first and a
 * returning page view on a `data-scroll` page, armed by hearken-triggers.js (after hearken-checks.js on the first)
 * until the scroll; on a `data-trigger="manual"` page, hearken-checks.js alone on the first, nothing more after (until
 * an attribute changes: the tag's data-* attributes, as each engine lists them, are what is remembered); and a
 * single-page app's route (a router's replaceState, a link to a hash) from a page left out to an included one.
 */
import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { EnginePage } from '../harness/engine';
import { describeEngines, useEngine } from '../harness/engines';
import { useTestServer } from '../harness/server';
import { answerWithClicks, settled, dialogStyle, evaluateOn, freshOrigin, hearkenTag, pageHtml, pageLogs, PROMPT, promptCount, promptShown, serveProbe, storedAnswer, waitFor, waitForElement } from './pages';

const SURVEYS = [
  // survey, score to pick, lowest score, segment
  ['nps', 9, 0, 'promoter'],
  ['csat', 2, 1, 'unsatisfied'],
  ['ces', 6, 1, 'easy'],
] as const;
const TAG = { 'data-endpoint': '/collect', 'data-brand': 'Northwind', 'data-theme': 'light', 'data-auto-close-ms': '60000' };
const STYLED = { position: 'fixed', background: 'rgb(255, 255, 255)', radius: '14px', padding: '16px', zIndex: '2147483647' };

/** The focused element through open shadow roots: `radio 3 of 10`, `textarea`, `button Close`, `#page-button`. */
const focused = (page: EnginePage) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el == document.body) return 'none';
    return el.id ? '#' + el.id : `${el.getAttribute('role') || el.localName} ${(el.getAttribute('aria-label') || el.textContent || '').split(',')[0]!.trim()}`;
  });

describeEngines('the prompts', (engine) => {
  const server = useTestServer();
  const browser = useEngine(engine, { viewport: { width: 1024, height: 720 } });
  beforeAll(() => {
    serveProbe(server);
    for (const [survey] of SURVEYS) server.page(`/${survey}.html`, pageHtml(hearkenTag({ ...TAG, 'data-survey': survey })));
    server.page('/inline.html', pageHtml(hearkenTag({ ...TAG, defer: true }), '<div data-hearken="csat" data-touchpoint="checkout"></div>'));
    server.page('/element.html', pageHtml(hearkenTag({ ...TAG, 'data-trigger': 'manual' }), '<hearken-survey survey="ces" endpoint="/collect" touchpoint="support"></hearken-survey>'));
    const button = '<button id="page-button" type="button">Track order</button>';
    server.page('/keys.html', pageHtml(hearkenTag({ ...TAG, 'data-survey': 'nps' }), button));
    server.page('/rtl.html', pageHtml(hearkenTag({ ...TAG, 'data-survey': 'nps' }), button, { lang: 'ar' }));
    server.page('/scroll.html', pageHtml(hearkenTag({ ...TAG, 'data-survey': 'nps', 'data-scroll': '50' }), '<div style="height:4000px">A long page</div>'));
    server.page('/manual.html', pageHtml(hearkenTag({ ...TAG, 'data-survey': 'nps', 'data-trigger': 'manual' })));
    server.page('/manual-changed.html', pageHtml(hearkenTag({ ...TAG, 'data-survey': 'nps', 'data-trigger': 'manual', 'data-touchpoint': 'checkout' })));
    // a single-page app asking only on its thank-you route, reached by a router's replace() or by a link to a hash
    const spa = hearkenTag({ ...TAG, 'data-survey': 'nps', 'data-pages': '/spa/thanks /spa/hash#/thanks' });
    server.page('/spa/pay', pageHtml(spa));
    server.page('/spa/hash', pageHtml(spa, '<a href="#/thanks">Done</a>'));
  });
  beforeEach(() => freshOrigin(browser.page, server.url));

  it.each(SURVEYS)('%s: shown, styled, answered with clicks and typing, stored', async (survey, score, min, segment) => {
    const page = browser.page;
    await page.goto(`${server.url}/${survey}.html`);
    await promptShown(page);
    expect(await dialogStyle(page)).toEqual(STYLED);
    const comment = `${survey} in ${engine}`;
    await answerWithClicks(page, score, comment, min);
    expect(await storedAnswer(server, comment)).toMatchObject({ survey, score, segment });
    expect(await pageLogs(page)).toEqual([]);
  });

  it.each([
    ['an inline mount', '/inline.html', 'csat', 'checkout'],
    ['the <hearken-survey> element', '/element.html', 'ces', 'support'],
  ])('%s: drawn in the page flow, answered, stored', async (_, path, survey, touchpoint) => {
    const page = browser.page;
    await page.goto(server.url + path);
    await promptShown(page);
    expect(await evaluateOn(page, PROMPT.dialog, (el) => [getComputedStyle(el!).position, el!.getRootNode() != document])).toEqual(['relative', true]);
    const comment = `${touchpoint} inline in ${engine}`;
    await answerWithClicks(page, 4, comment, 1);
    expect(await storedAnswer(server, comment)).toMatchObject({ survey, score: 4, touchpoint });
    expect([await promptCount(page), await pageLogs(page)]).toEqual([1, []]);
  });

  it('is answered with the keyboard alone; Escape gives the focus back to the page', async () => {
    const page = browser.page;
    await page.goto(server.url + '/keys.html');
    await promptShown(page);
    expect(await focused(page)).toBe('none');
    await page.evaluate(() => document.getElementById('page-button')!.focus());
    await page.press('Tab');
    expect(await focused(page)).toBe('button Close');
    await page.press('Tab');
    expect(await focused(page)).toBe('radio 0 of 10');
    for (let i = 0; i < 3; i++) await page.press('ArrowRight');
    expect(await focused(page)).toBe('radio 3 of 10');
    await page.press('Enter');
    await waitFor(page, 'the comment box to take the focus', () => document.querySelector('hearken-prompt')!.shadowRoot!.activeElement?.localName == 'textarea');
    const comment = `typed in ${engine}`;
    await page.type(comment);
    await page.press('Tab');
    expect(await focused(page)).toBe('button Skip');
    await page.press('Tab');
    expect(await focused(page)).toBe('button Send');
    // Headless Firefox driven over WebDriver BiDi never has the system focus (document.hasFocus() is
    // false): focus moves, but focus events do not fire and a synthesized Enter does not activate a
    // native <button>. There the button's own click() stands in for a real user's Enter.
    if (engine == 'firefox') await evaluateOn(page, PROMPT.send, (el) => (el as HTMLButtonElement).click());
    else await page.press('Enter');
    await waitForElement(page, PROMPT.thanks);
    expect(await storedAnswer(server, comment)).toMatchObject({ survey: 'nps', score: 3 });
    await page.press('Escape');
    await waitFor(page, 'the prompt to close', () => !document.querySelector('hearken-prompt'));
    // focus goes back to where it came from, known from focus events (see above for Firefox)
    if (engine != 'firefox') expect(await focused(page)).toBe('#page-button');
  });

  it('on a data-scroll page a first page view downloads hearken.js, hearken-checks.js and hearken-triggers.js until the scroll, a returning one the first two; then the prompt comes, is answered and stored', async () => {
    const page = browser.page;
    const files = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/')));
    const armed = async () => {
      // the attributes found right (hearken-checks.js remembers them), the triggers armed, two frames and a task: what the
      // armed triggers do at once has run
      await waitFor(page, 'the triggers to be armed', () => '__hearkenArm' in window && !!localStorage.getItem('hearken:checked'));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
    };
    await page.goto(server.url + '/scroll.html');
    await armed();
    expect(await files()).toEqual(['/dist/hearken.js', '/dist/hearken-checks.js', '/dist/hearken-triggers.js']);
    expect(await promptCount(page)).toBe(0);
    await page.reload();
    await armed();
    expect(await files()).toEqual(['/dist/hearken.js', '/dist/hearken-triggers.js']);
    expect(await promptCount(page)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await promptShown(page);
    // the full script and the question's UI come in one file
    const fetched = await files();
    expect(fetched.slice(0, 3)).toEqual(['/dist/hearken.js', '/dist/hearken-triggers.js', '/dist/hearken-prompt.js']);
    expect(fetched.filter((file) => /hearken-(core|ui)\.js$/.test(file))).toEqual([]);
    const comment = `scrolled in ${engine}`;
    await answerWithClicks(page, 7, comment);
    expect(await storedAnswer(server, comment)).toMatchObject({ survey: 'nps', score: 7 });
    expect([await promptCount(page), await pageLogs(page)]).toEqual([1, []]);
  });

  it('on a data-trigger="manual" page a first page view downloads hearken.js and hearken-checks.js, a returning one hearken.js alone; show() brings the prompt, which is answered and stored; an attribute added since is checked again, once', async () => {
    const page = browser.page;
    const files = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/')));
    // two frames and a task: what the light start does once the page has loaded has run
    const idle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
    await page.goto(server.url + '/manual.html');
    // hearken-checks.js remembers the attributes, and hearken.js decides again in the same task: light
    await waitFor(page, 'the attributes to be checked', () => !!localStorage.getItem('hearken:checked'));
    await idle();
    expect(await files()).toEqual(['/dist/hearken.js', '/dist/hearken-checks.js']);
    await page.reload();
    await waitFor(page, 'the light start', () => 'Hearken' in window && document.readyState == 'complete');
    await idle();
    expect(await files()).toEqual(['/dist/hearken.js']);
    expect(await promptCount(page)).toBe(0);
    await page.evaluate(() => (window as unknown as { Hearken: { show(): void } }).Hearken.show());
    await promptShown(page);
    expect((await files()).slice(0, 2)).toEqual(['/dist/hearken.js', '/dist/hearken-prompt.js']);
    const comment = `asked by the page in ${engine}`;
    await answerWithClicks(page, 8, comment);
    expect(await storedAnswer(server, comment)).toMatchObject({ survey: 'nps', score: 8 });
    expect(await pageLogs(page)).toEqual([]);
    // an attribute added (or changed) since: checked again, once
    for (const checks of [['/dist/hearken-checks.js'], []]) {
      await page.goto(server.url + '/manual-changed.html');
      await waitFor(page, 'the light start', () => 'Hearken' in window && document.readyState == 'complete');
      await waitFor(page, 'the attributes to be checked', () => !!localStorage.getItem('hearken:checked'));
      await idle();
      expect(await files()).toEqual(['/dist/hearken.js', ...checks]);
    }
  });

  it.each([
    ["a router's replaceState", '/spa/pay', () => history.replaceState({}, '', '/spa/thanks')],
    ['a link to another hash', '/spa/hash', () => document.querySelector('a')!.click()],
  ])('a single-page app on a page data-pages leaves out downloads hearken.js and hearken-checks.js alone; %s to an included page brings the prompt', async (_, path, route) => {
    const page = browser.page;
    const files = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/')));
    const idle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
    await page.goto(server.url + path);
    await waitFor(page, 'the attributes to be checked', () => !!localStorage.getItem('hearken:checked'));
    await idle();
    // a replaceState that keeps the URL (scroll restoration) is no route
    await page.evaluate(() => history.replaceState({ scrollY: 10 }, ''));
    await idle();
    expect([await files(), await promptCount(page)]).toEqual([['/dist/hearken.js', '/dist/hearken-checks.js'], 0]);
    await page.evaluate(route);
    await promptShown(page);
    expect((await files()).slice(2, 3)).toEqual(['/dist/hearken-prompt.js']);
    expect(await pageLogs(page)).toEqual([]);
  });

  it('right to left (ar): mirrored to the bottom left, arrows follow the reading direction', async () => {
    const page = browser.page;
    await page.goto(server.url + '/rtl.html');
    await promptShown(page);
    await settled(page);
    const place = await evaluateOn(page, PROMPT.dialog, (el) => {
      const box = el!.getBoundingClientRect();
      const close = el!.querySelector(':scope > button[aria-label]')!.getBoundingClientRect();
      return { dir: el!.getAttribute('dir'), left: Math.round(box.left), bottom: Math.round(innerHeight - box.bottom), closeOnTheLeft: close.left - box.left < 20 };
    });
    expect(place, JSON.stringify(place)).toEqual({ dir: 'rtl', left: 16, bottom: 16, closeOnTheLeft: true });
    await page.evaluate(() => document.getElementById('page-button')!.focus());
    await page.press('Tab');
    await page.press('Tab');
    await page.press('ArrowLeft'); // the next option in right-to-left order
    expect(await focused(page)).toMatch(/^radio /);
    expect(await evaluateOn(page, PROMPT.dialog, (el) => [...el!.querySelectorAll('[role=radio]')].indexOf(el!.getRootNode() && (el!.getRootNode() as ShadowRoot).activeElement!))).toBe(1);
    expect(await pageLogs(page)).toEqual([]);
  });
});
