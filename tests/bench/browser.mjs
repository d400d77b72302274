/**
 * Headless Chromium for the bench: one browser, and a fresh context (empty cache, no V8 code cache,
 * fresh storage) for every page load, so each load is a first visit.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { busyTime, longTasks, ownJsTime, parseTrace, scriptTime, taskEndAt, TRACE_CATEGORIES } from './trace.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where Chromium is looked for: `CHROMIUM_PATH`, else Debian's (as tests/e2e/harness/browser.ts). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The flags of tests/e2e/harness/browser.ts (repeated: that file is TypeScript and imports vitest). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** playwright-core's chromium, from the project's node_modules. */
export async function chromium() {
  return (await import(join(REPO, 'node_modules', 'playwright-core', 'index.mjs'))).chromium;
}

/** Launches the bench's browser. */
export async function launch() {
  return (await chromium()).launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * What one page load measured.
 * @typedef {object} LoadResult
 * @property {Record<string, number>} evalMs main-thread evaluation of each measured script, by path
 * @property {number} evalTotal their sum
 * @property {number} ipcMs of which waiting for IPC calls to the browser process (storage access, localStorage)
 * @property {number} [busyMs] main-thread busy time from the first measured script's evaluation to the end of the
 *   frame that first showed the awaited element (pages with `visible` only)
 * @property {number} [wallMs] wall-clock time of the same window
 * @property {Array<{ ms: number, what: string }>} longTasks the long tasks (over 50 ms) overlapping the window from
 *   the first measured script's evaluation to its end (the frame that showed the element, or the probe's
 *   `bench:done`): duration, and the biggest work inside
 * @property {number} shift sum of layout-shift values (without recent input)
 * @property {string[]} [files] (with `requested`) the paths under `requested` that the page downloaded: until the
 *   awaited element showed (pages with `visible`), else until the end of the load and its settling
 * @property {number} [ownMs] (with `requested`) main-thread time of those files' JavaScript, from the first measured
 *   script's evaluation to the frame with the element (pages with `visible`) or to the end (see trace.mjs ownJsTime)
 */

/**
 * Loads `url` in a fresh context, traced, optionally with the CPU slowed down, and measures it.
 * @param {import('playwright-core').Browser} browser
 * @param {object} o
 * @param {string} o.url
 * @param {string} o.origin the server's origin (picks the page's renderer in the trace)
 * @param {string[]} o.scripts paths of the scripts to measure, the first being where the window starts
 * @param {boolean} [o.visible] the page marks `bench:visible` (else `bench:done`)
 * @param {number} [o.throttle] CPU slow-down factor (CDP Emulation.setCPUThrottlingRate); 1 = none
 * @param {number} [o.settleMs] how long to keep watching for layout shifts and long tasks once done
 * @param {string} [o.requested] a path prefix (`/dist/`): the scripts the page downloads under it are measured
 *   too, whatever they are (found by the page's resource timing), besides `scripts`
 * @param {any} [o.storageState] what the context starts with (Playwright's storageState: cookies, localStorage)
 * @returns {Promise<LoadResult>}
 */
export async function measureLoad(browser, o) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, storageState: o.storageState });
  let tracing = false;
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.throttle || 1 });
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
    // the probe says when it is done on the console: nothing polls the page while it is measured
    const done = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('[hearken-bench] bench:'), timeout: 60_000 });
    await page.goto(o.url, { waitUntil: 'commit', timeout: 60_000 });
    await done;
    if (o.settleMs) await page.waitForTimeout(o.settleMs);
    const json = await browser.stopTracing();
    tracing = false;
    // read once the trace is stopped: this evaluation is not the page's work
    const probe = await page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      return { shift: b.shift, resources: /** @type {string[]} */ (b.resources || performance.getEntriesByType('resource').map((e) => e.name)) };
    });
    const trace = parseTrace(json, o.origin);
    const files = o.requested ? requestedPaths(probe.resources, o.origin, o.requested) : undefined;
    /** @type {Record<string, number>} */
    const evalMs = {};
    let start;
    let ipcMs = 0;
    for (const path of files ? [...new Set(o.scripts.concat(files.filter((f) => f.endsWith('.js'))))] : o.scripts) {
      const t = scriptTime(trace, path);
      if (t.start === undefined) {
        // a downloaded file may not have run yet when the element showed: it did not help to show it
        if (!o.scripts.includes(path)) continue;
        throw new Error(`[hearken] ${path} was not evaluated on ${o.url}`);
      }
      evalMs[path] = t.ms;
      ipcMs += t.ipcMs;
      if (path == o.scripts[0]) start = t.start;
    }
    // a page with an element to show: until the end of the frame that first showed it (not the task after it, where
    // the probe marks bench:visible, nor the tasks the page queued meanwhile for after that frame)
    const frame = o.visible ? trace.mark('bench:frame') : undefined;
    const end = (frame !== undefined && taskEndAt(trace, frame)) || trace.mark(o.visible ? 'bench:visible' : 'bench:done');
    if (end === undefined || start === undefined) throw new Error(`[hearken] no bench mark in the trace of ${o.url}`);
    /** @type {LoadResult} */
    const result = {
      evalMs,
      evalTotal: Object.values(evalMs).reduce((a, b) => a + b, 0),
      ipcMs,
      longTasks: longTasks(trace, start, end),
      shift: probe.shift,
    };
    if (files) {
      result.files = files;
      result.ownMs = ownJsTime(trace, start, o.visible ? end : Infinity, (url) => files.some((f) => url.endsWith(f)));
    }
    if (o.visible) {
      result.busyMs = busyTime(trace, start, end);
      result.wallMs = (end - start) / 1000;
    }
    return result;
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await context.close().catch(() => {});
  }
}

/** The paths under `prefix` of the resource URLs of `origin`, in the order they were fetched, once each. */
function requestedPaths(/** @type {string[]} */ urls, /** @type {string} */ origin, /** @type {string} */ prefix) {
  const paths = urls.filter((u) => u.startsWith(origin)).map((u) => u.slice(origin.length).split('?')[0]);
  return [...new Set(paths.filter((p) => p.startsWith(prefix)))];
}

/**
 * JS heap a script adds to a blank page: the page's `JSHeapUsedSize` (CDP Performance.getMetrics) after a
 * full GC (HeapProfiler.collectGarbage), before the scripts are added and once they ran (and, for
 * `visible`, once the element showed and `settleMs` passed).
 * @param {import('playwright-core').Browser} browser
 * @param {object} o
 * @param {string} o.blankUrl a blank page of the server
 * @param {Array<{ src: string, attrs?: Record<string, string> }>} o.scripts added in order, each awaited
 * @param {string} [o.visible] source of a function returning the element to wait for
 * @param {number} [o.settleMs]
 * @param {any} [o.storageState] what the context starts with (as measureLoad)
 * @returns {Promise<number>} bytes added
 */
export async function measureHeap(browser, o) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, storageState: o.storageState });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(o.blankUrl);
    await page.evaluate(() => 0); // Playwright's own in-page helpers exist before the first reading
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return /** @type {number} */ (metrics.find((m) => m.name == 'JSHeapUsedSize')?.value);
    };
    const before = await heap();
    // one evaluate adds the scripts and waits for the element (by animation frames): Playwright's own
    // waitForFunction would add its poller to the heap being measured
    await page.evaluate(
      ({ scripts, visible }) =>
        scripts
          .reduce(
            (done, s) =>
              done.then(
                () =>
                  new Promise((ok, fail) => {
                    const el = document.createElement('script');
                    Object.entries(s.attrs || {}).forEach(([k, v]) => el.setAttribute(k, v));
                    el.src = s.src;
                    el.onload = () => ok(undefined);
                    el.onerror = () => fail(new Error('could not load ' + s.src));
                    document.body.appendChild(el);
                  }),
              ),
            Promise.resolve(),
          )
          .then(() => {
            if (!visible) return;
            const found = new Function('return (' + visible + ')()');
            const end = Date.now() + 30_000;
            return new Promise((ok, fail) => {
              const look = () => (found() ? ok(undefined) : Date.now() > end ? fail(new Error('never became visible')) : requestAnimationFrame(look));
              look();
            });
          }),
      { scripts: o.scripts, visible: o.visible || '' },
    );
    if (o.settleMs) await page.waitForTimeout(o.settleMs);
    return (await heap()) - before;
  } finally {
    await context.close().catch(() => {});
  }
}
