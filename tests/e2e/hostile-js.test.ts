/**
 * Hostile JavaScript around the script tag: replaced built-ins (`Array.prototype.map`,
 * `JSON.stringify`, a `fetch` wrapper, a foreign `Promise`), enumerable prototype extensions, another
 * copy of preact with global option hooks, the script loaded twice, with `defer` / `async`, and
 * injected late by a tag manager. In each case the prompt works (the answer is stored), hearken says
 * nothing unless it has something to say, and the page keeps working (its own button's click handler
 * still runs). A React 19 app (bundled here with esbuild, as a shop would ship it) shares a page with a
 * floating prompt.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeAll, afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { answer, freshStorage, hearkenTag, pageHtml, radios, serveVendor, waitForAnswer } from './pages/hostile/helpers';
import { arrayToJson, extendPrototypes, replaceBuiltins } from './pages/hostile/scripts';

/** The page's own control: a button whose click handler counts into `#count`. */
const OWN = `<main><h1>Shop</h1><button id="own" type="button">Add to cart</button> <output id="count">0</output></main>
<script>document.getElementById('own').addEventListener('click', function () { var c = document.getElementById('count'); c.textContent = +c.textContent + 1; });</script>`;

const TAG = (extra = '', survey = 'nps') => hearkenTag({ endpoint: '/collect', survey, 'auto-close-ms': '60000' }, extra);

/** A preact app of the page, with a global vnode hook marking each of its elements. */
const PREACT_APP = `<div id="app"></div>
<script type="module">
import { h, render, options } from '/vendor/preact.mjs';
const seen = options.vnode;
options.vnode = (vnode) => { if (typeof vnode.type == 'string') vnode.props['data-host-app'] = ''; if (seen) seen(vnode); };
let n = 0;
const App = () => h('p', null, h('button', { id: 'app-button', type: 'button', onClick: () => { n++; draw(); } }, 'Clicked ' + n));
const draw = () => render(h(App), document.getElementById('app'));
draw();
window.__appReady = true;
</script>`;

/** A React 19 app: a counter button rendered with `createRoot`; it records React's version in `window.__react`. */
const REACT_APP = `import { createElement, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
function App() {
  const [n, setN] = useState(0);
  return createElement('p', null, createElement('button', { id: 'react-button', type: 'button', onClick: () => setN(n + 1) }, 'Clicked ' + n));
}
createRoot(document.getElementById('react-root')).render(createElement(App));
window.__react = version;`;

/** {@link REACT_APP} bundled for a `<script>` tag, production build of React. */
async function bundleReactApp(): Promise<string> {
  const out = await build({
    stdin: { contents: REACT_APP, resolveDir: fileURLToPath(new URL('../..', import.meta.url)) },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0]!.text;
}

describeBrowser('hostile JavaScript', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    serveVendor(server);
    server.page('/js/plain.html', pageHtml('', OWN + TAG()));
    server.page('/js/preact.html', pageHtml('', OWN + PREACT_APP + TAG()));
    server.page('/js/twice.html', pageHtml('', OWN + TAG() + TAG('', 'csat')));
    server.page('/js/defer.html', pageHtml(TAG('defer'), OWN));
    server.page('/js/async.html', pageHtml(TAG('async'), OWN));
    server.page('/js/none.html', pageHtml('', OWN));
    // an element whose id the browser also makes window.Hearken
    server.page('/js/id-hearken.html', pageHtml('', '<div id="Hearken">Listen to us</div>' + OWN + TAG()));
    server.page('/react-app.js', await bundleReactApp(), { 'Content-Type': 'text/javascript' });
    server.page(
      '/js/react.html',
      pageHtml('', OWN + '<div id="react-root"></div><script src="/react-app.js"></script>' + hearkenTag({ endpoint: '/collect', trigger: 'manual', 'auto-close-ms': '60000' })),
    );
    browser = await launchBrowser();
    await browser.context.addInitScript(freshStorage);
  });
  afterAll(() => browser?.close());
  afterEach(async () => {
    await page?.close();
    browser.logs.splice(0);
  });

  /** A new tab with these init scripts, at `path`. */
  const open = async (path: string, ...init: (() => void)[]) => {
    page = await browser.context.newPage();
    for (const script of init) await page.addInitScript(script);
    await page.goto(server.url + path);
    return page;
  };

  /** Answers the prompt with a unique comment, checks it was stored, and that the page's own button still works. */
  const works = async (survey = 'nps') => {
    await radios(page)
      .first()
      .waitFor({ timeout: 5000 })
      .catch(() => {
        throw new Error('no prompt within 5 s; the console said ' + JSON.stringify(browser.logs.map((l) => l.text)));
      });
    // letters and digits, never a run of digits the scrubber could take for a card or a phone number
    const comment = `hostile ${Math.random().toString(36).slice(2)}`;
    await answer(page, 3, comment);
    const stored = await waitForAnswer(server, (a) => a.comment == comment);
    expect(stored).toMatchObject({ survey, score: 3 });
    await page.click('#own');
    await page.click('#own');
    await expect(page.locator('#count').textContent()).resolves.toBe('2');
    expect(browser.logs.filter((l) => l.type == 'pageerror')).toEqual([]);
  };
  const said = () => browser.logs.filter((l) => l.text.indexOf('[hearken]') >= 0).map((l) => `${l.type}: ${l.text}`);

  it('works with replaced Array.prototype.map, JSON.stringify, a fetch wrapper and a foreign Promise', async () => {
    await open('/js/plain.html', replaceBuiltins);
    // all four are the page's own now
    const natives = await page.evaluate(() => [Promise, [].map, JSON.stringify, fetch].map((f) => /\[native code\]/.test(String(f))));
    expect(natives).toEqual([false, false, false, false]);
    await works();
    // the answer went through the page's fetch wrapper
    expect(await page.evaluate(() => (window as unknown as { __fetched: string[] }).__fetched)).toContain(`POST ${server.url}/collect`);
    expect(said()).toEqual([]);
  });

  it('works with enumerable methods added to Object.prototype and Array.prototype', async () => {
    await open('/js/plain.html', extendPrototypes);
    await works();
    expect(said()).toEqual([]);
  });

  it("delivers through an old library's Array.prototype.toJSON (Prototype.js), which would send the answers as a string", async () => {
    await open('/js/plain.html', arrayToJson);
    // the page's JSON is the old library's: a list inside an object becomes a string
    expect(await page.evaluate(() => JSON.stringify({ list: [1] }))).toBe('{"list":"[1]"}');
    // the collector kit behind the test server refuses a batch whose answers are not a list: stored means sent right
    await works();
    expect(said()).toEqual([]);
  });

  it("works beside the page's own preact, whose global hooks do not reach the prompt", async () => {
    await open('/js/preact.html');
    await page.waitForFunction(() => '__appReady' in window);
    await works();
    await page.click('#app-button');
    await expect(page.locator('#app-button').textContent()).resolves.toBe('Clicked 1');
    expect(await page.locator('#app [data-host-app]').count()).toBeGreaterThan(0);
    expect(await page.locator('hearken-prompt [data-host-app]').count()).toBe(0);
    expect(said()).toEqual([]);
  });

  it("works beside the page's React 19 app, which keeps re-rendering while the prompt is open", async () => {
    await open('/js/react.html');
    await page.locator('#react-button').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __react: string }).__react)).toMatch(/^19\./);
    const before = server.answers().length;
    await page.evaluate(() => (window as unknown as { Hearken: { show(s: string): void } }).Hearken.show('nps'));
    await radios(page).first().waitFor();
    await page.click('#react-button');
    await page.click('#react-button');
    await expect(page.locator('#react-button').textContent()).resolves.toBe('Clicked 2');
    await works();
    await page.click('#react-button');
    await expect(page.locator('#react-button').textContent()).resolves.toBe('Clicked 3');
    // nothing left in the outbox: the collector has every answer this page will send, and it is one
    await page.evaluate(() => (window as unknown as { Hearken: { flush(): Promise<unknown> } }).Hearken.flush());
    expect(server.answers().length).toBe(before + 1);
    expect(said()).toEqual([]);
  });

  it('works on a page with an element whose id is Hearken (which the browser makes window.Hearken), rather than taking it for a copy of itself', async () => {
    await open('/js/id-hearken.html');
    expect(await page.evaluate(() => document.getElementById('Hearken')!.textContent)).toBe('Listen to us');
    await works();
    expect(said()).toEqual([]);
  });

  it('runs once when the script is loaded twice, and says so once', async () => {
    await open('/js/twice.html');
    await works('nps');
    expect(await page.locator('hearken-prompt').count()).toBe(1);
    expect(said()).toEqual(['warning: [hearken] loaded twice: this copy does nothing']);
  });

  for (const how of ['defer', 'async']) {
    it(`works when loaded with ${how} in the head`, async () => {
      await open(`/js/${how}.html`);
      await works();
      expect(said()).toEqual([]);
    });
  }

  it('works when a tag manager injects it after the page has loaded', async () => {
    await open('/js/none.html');
    await page.waitForFunction(() => document.readyState == 'complete');
    await page.click('#own');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.src = '/dist/hearken.js';
      s.setAttribute('data-endpoint', '/collect');
      s.setAttribute('data-survey', 'ces');
      s.setAttribute('data-auto-close-ms', '60000');
      document.body.appendChild(s);
    });
    await radios(page).first().waitFor();
    const comment = `late ${Math.random().toString(36).slice(2)}`;
    await answer(page, 3, comment);
    expect(await waitForAnswer(server, (a) => a.comment == comment)).toMatchObject({ survey: 'ces', score: 3 });
    await page.click('#own');
    await expect(page.locator('#count').textContent()).resolves.toBe('2');
    expect(said()).toEqual([]);
    expect(browser.logs.filter((l) => l.type == 'pageerror')).toEqual([]);
  });
});
