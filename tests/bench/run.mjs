/**
 * `npm run bench`: measures hearken against the widgets people use instead and against the
 * preact + signals floor, in one run, and writes BENCHMARKS.md. hearken is measured on issue 15's page views
 * (scenarios.mjs): (a) a capped visitor's, (b) armed triggers, (c) the NPS prompt — by the files each really
 * downloads under /dist/, their brotli bytes and hearken's main-thread time, judged by targets.mjs.
 *
 *   node tests/bench/run.mjs            # 15 loads per measurement; writes BENCHMARKS.md
 *   node tests/bench/run.mjs --quick    # 5 loads, 200 outbox answers; prints only (add --write to write)
 *   node tests/bench/run.mjs --loads 25 # more loads
 *   node tests/bench/run.mjs --budget 12 # minutes of page loads before stopping early (default 8; 4 with --quick)
 *   node tests/bench/run.mjs --from <results.json>  # writes BENCHMARKS.md again from a run's saved results
 *
 * Needs a built dist/ (`npm run build`), Chromium (/usr/bin/chromium or CHROMIUM_PATH), and the npm
 * registry the first time (the peers are installed into a temporary folder and kept).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../../demo/server/app.mjs';
import { CHROMIUM_PATH, launch, measureHeap, measureLoad } from './browser.mjs';
import { benchCollector, collectorMarkdown, writeCollectorSection } from './collector.mjs';
import { benchDelivery } from './delivery.mjs';
import { blankPage, FLOOR_VISIBLE, hostPage, PROMPT_VISIBLE, SCRIPT_HEADERS } from './pages.mjs';
import { ensurePeers, PEERS, peerFiles } from './peers.mjs';
import { consoleReport, markdownReport } from './report.mjs';
import { bundleEsmAtOnce, bundleEsmSplit, sizesOf, sumSizes } from './sizes.mjs';
import { median } from './stats.mjs';
import { judge } from './targets.mjs';
import { SCENARIOS, VARIANTS, visitorState } from './scenarios.mjs';
import { PLATFORM, platformState } from './platform.mjs';
import { QUESTION_ALONE, QUESTION_ALONE_CODE, QUESTION_MARKUP, captureQuestion, questionMarkupCode } from './question-alone.mjs';
import { FLOOR_SPLIT, floorSplitCode } from './floor-split.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(REPO, 'dist');

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const loadsArg = args.indexOf('--loads');
const LOADS = loadsArg >= 0 ? Math.max(1, Number(args[loadsArg + 1]) || 15) : quick ? 5 : 15;
const WRITE = !quick || args.includes('--write') || args.includes('--from');
const ANSWERS = quick ? 200 : 1000;
const budgetArg = args.indexOf('--budget');
/** Page loads stop starting new rounds after this long (at least one round runs). */
const BUDGET_MS = (budgetArg >= 0 ? Number(args[budgetArg + 1]) || 8 : quick ? 4 : 8) * 60_000;
/** The whole run is stopped after this long, whatever it is doing. */
const WATCHDOG_MS = BUDGET_MS + 10 * 60_000;
const HEAP_LOADS = 3;
const THROTTLES = [1, 4];
const fromArg = args.indexOf('--from');
/** Every run saves its results here (to write the report again with `--from`). */
const RESULTS_JSON = join(tmpdir(), 'hearken-bench-results.json');
const log = (/** @type {string} */ line) => console.log(line);

/** @type {Array<() => Promise<unknown>>} */
const cleanups = [];
async function cleanup() {
  while (cleanups.length) await /** @type {() => Promise<unknown>} */ (cleanups.pop())().catch(() => {});
}
const watchdog = setTimeout(() => {
  console.error(`[hearken] the bench ran longer than ${WATCHDOG_MS / 60_000} minutes: stopping`);
  cleanup().finally(() => process.exit(2));
}, WATCHDOG_MS);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => cleanup().finally(() => process.exit(130)));

/** The .js files of a folder of dist/ ('' for dist/ itself), as paths relative to dist/. */
const jsFiles = (/** @type {string} */ dir) => readdirSync(join(DIST, dir)).filter((f) => f.endsWith('.js')).map((f) => (dir ? `${dir}/${f}` : f));

/**
 * Reads dist/ once, so a rebuild during the run cannot mix two builds: the script tag's files (every .js of
 * dist/ and dist/locales/) are served from memory, and the ESM files are copied to a temporary folder for esbuild.
 */
function snapshotDist() {
  const names = [...jsFiles(''), ...jsFiles('locales'), ...jsFiles('chunks')];
  for (let attempt = 0; attempt < 5; attempt++) {
    const stamp = () => names.map((n) => statSync(join(DIST, n)).mtimeMs).join();
    const before = stamp();
    const files = new Map(names.map((n) => [n, readFileSync(join(DIST, n))]));
    if (stamp() == before && [...files.values()].every((b) => b.length > 0)) return files;
  }
  throw new Error('[hearken] dist/ kept changing while being read: is a build running?');
}

/** Sizes of hearken's files (each file of dist/ a page may download: the script tag's) and of the ESM `createHearken` bundle. */
async function hearkenBytes(/** @type {Map<string, Buffer>} */ dist) {
  const dir = mkdtempSync(join(tmpdir(), 'hearken-bench-esm-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  for (const sub of ['chunks', 'locales']) mkdirSync(join(dir, 'dist', sub), { recursive: true });
  for (const [name, code] of dist) writeFileSync(join(dir, 'dist', name), code);
  // the package's own sideEffects, as a bundler sees them when it imports hearken from node_modules
  const { sideEffects } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'hearken-bench-esm', type: 'module', sideEffects }));
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, `export { createHearken } from './dist/index.js';\n`);
  // the ESM build imports preact, @preact/signals and @preact/signals-core: they resolve from the project's node_modules
  const esm = await bundleEsmSplit(entry, [join(REPO, 'node_modules')]);
  const atOnce = await bundleEsmAtOnce(entry, [join(REPO, 'node_modules')]);
  // and with the triggers' chunk, which a page view where only a trigger says when imports besides
  const armed = await bundleEsmAtOnce(entry, [join(REPO, 'node_modules')], /\/armed\.js$/);
  // and with the options' checks' chunk, which a first page view that cannot ask imports besides (not the widget's)
  const first = await bundleEsmAtOnce(entry, [join(REPO, 'node_modules')], /\/check-options\.js$/);
  /** @type {Record<string, import('./sizes.mjs').Sizes>} */
  const files = {};
  for (const [name, code] of dist) if (/^hearken[\w-]*\.js$|^locales\//.test(name)) files[name] = sizesOf(code);
  return {
    files,
    esmInitial: { ...sumSizes(esm.initial.map((f) => f.code)), files: esm.initial.map((f) => basename(f.path)) },
    esmLazy: { ...sumSizes(esm.lazy.map((f) => f.code)), files: esm.lazy.map((f) => basename(f.path)) },
    // the light part alone, as an app's bundler (and size-limit) tree-shakes it: the npm entry's (a)
    esmAtOnce: sizesOf(atOnce),
    // the same with the triggers' chunk: the npm entry's (b)
    esmArmed: sizesOf(armed),
    // the same with the options' checks' chunk: the npm entry's (a) on a first page view
    esmFirst: sizesOf(first),
  };
}

/**
 * What the browser part loads: per subject, the page, the scripts measured, and how heap is measured.
 * @typedef {{ id: string, label: string, url: string, scripts: string[], visible?: string, settleMs?: number,
 *   heap?: Array<{ src: string, attrs?: Record<string, string> }>, requested?: string,
 *   state?: import('./scenarios.mjs').VisitorState, seeded?: boolean, storageState?: any }} Subject
 */

/**
 * What a page view downloaded of hearken, from its loads: the file list most loads had (and the others, if any
 * differed), with each file's sizes from the dist/ snapshot and their sum (each file compressed on its own).
 * @param {import('./browser.mjs').LoadResult[]} loads
 * @param {Map<string, Buffer>} dist
 */
function filesBytes(loads, dist) {
  /** @type {Map<string, number>} */
  const lists = new Map();
  for (const l of loads) {
    const key = (l.files || []).join(' ');
    lists.set(key, (lists.get(key) || 0) + 1);
  }
  const ranked = [...lists.entries()].sort((a, b) => b[1] - a[1]);
  const files = ranked.length ? ranked[0][0].split(' ').filter(Boolean) : [];
  const code = (/** @type {string} */ path) => dist.get(path.replace(/^\/dist\//, '')) || Buffer.alloc(0);
  return {
    files: files.map((path) => ({ path, ...sizesOf(code(path)) })),
    sizes: sumSizes(files.map(code)),
    loads: loads.length,
    others: ranked.slice(1).map(([key, n]) => ({ files: key.split(' ').filter(Boolean), loads: n, brotli: sumSizes(key.split(' ').filter(Boolean).map(code)).brotli })),
  };
}

/** Summarises the loads of one subject under one throttling. */
function summarise(/** @type {import('./browser.mjs').LoadResult[]} */ loads, /** @type {string[]} */ errors) {
  const pick = (/** @type {(l: import('./browser.mjs').LoadResult) => number | undefined} */ f) => median(/** @type {number[]} */ (loads.map(f).filter((v) => v !== undefined)));
  /** @type {Record<string, number>} */
  const parts = {};
  for (const path of new Set(loads.flatMap((l) => Object.keys(l.evalMs)))) parts[path] = pick((l) => l.evalMs[path]);
  return {
    n: loads.length,
    evalMs: pick((l) => l.evalTotal),
    ipcMs: pick((l) => l.ipcMs),
    parts,
    busyMs: pick((l) => l.busyMs),
    ownMs: pick((l) => l.ownMs),
    wallMs: pick((l) => l.wallMs),
    longLoads: loads.filter((l) => l.longTasks.length).length,
    longMax: Math.max(0, ...loads.flatMap((l) => l.longTasks.map((t) => t.ms))),
    longWhat: loads.flatMap((l) => l.longTasks).sort((a, b) => b.ms - a.ms)[0]?.what,
    shiftMax: Math.max(0, ...loads.map((l) => l.shift)),
    errors,
  };
}

async function main() {
  const started = Date.now();
  const loadStart = loadavg()[0];
  log(`[hearken] bench: ${LOADS} fresh page loads per measurement${quick ? ' (quick)' : ''}; CPU ${cpus().length}× ${cpus()[0]?.model}; load average ${loadStart.toFixed(2)}`);

  let dist;
  try {
    dist = snapshotDist();
  } catch (e) {
    throw new Error(`[hearken] dist/ is missing or incomplete: run \`npm run build\` first (${/** @type {Error} */ (e).message})`);
  }
  ensurePeers(log);

  log('[hearken] measuring bytes…');
  const hearken = await hearkenBytes(dist);
  /** @type {Map<string, Array<{ name: string, code: Buffer }>>} */
  const files = new Map();
  const peers = [];
  for (const p of PEERS) {
    const f = await peerFiles(p);
    files.set(p.id, f);
    peers.push({ id: p.id, label: p.label, what: p.what, sizes: sumSizes(f.map((x) => x.code)), timed: !!p.timed, floor: !!p.floor });
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'hearken-bench-data-'));
  const server = await startDemoServer({ port: 0, dataDir, quiet: true });
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  cleanups.push(() => server.close());
  for (const [name, code] of dist) server.page('/dist/' + name, code, SCRIPT_HEADERS);
  server.page('/bench/blank.html', '<!doctype html><html lang="en"><meta charset="utf-8"><title>blank</title><body></body></html>');
  server.page('/bench/empty.js', '', SCRIPT_HEADERS);

  /** @type {Subject[]} */
  const subjects = [];
  // issue 15's page views: (a) and (b) on a blank page (as the floor's evaluation), (c) on a rendered one
  for (const sc of SCENARIOS) {
    const tag = { src: '/dist/hearken.js', attrs: sc.attrs };
    const url = `/bench/${sc.id}.html`;
    server.page(url, sc.visible ? hostPage(tag, sc.visible) : blankPage([tag]));
    // (a) and (b) settle for a second: a file loaded late (when idle, on a timer) is still a file the page downloads
    subjects.push({ id: sc.id, label: sc.label, url, scripts: ['/dist/hearken.js'], requested: '/dist/', visible: sc.visible, settleMs: sc.visible ? 300 : 1000, heap: [tag], state: sc.state });
  }
  /**
   * A row measured on the rendered shop page, as (c) is: its page `/bench/<id>.html` adds `scripts[0]`, and the row
   * ends with the frame where `visible` finds its element. `more`: the row's other fields (which files count, settling).
   */
  const onShopPage = (/** @type {{ id: string, label: string }} */ row, /** @type {string[]} */ scripts, /** @type {string} */ visible, /** @type {Partial<Subject>} */ more = {}) => {
    const url = `/bench/${row.id}.html`;
    server.page(url, hostPage({ src: scripts[0] }, visible));
    subjects.push({ id: row.id, label: row.label, url, scripts, visible, ...more });
  };
  // the question step drawn alone, on (c)'s page: the least (c) could cost with this UI
  server.page(QUESTION_ALONE.path, QUESTION_ALONE_CODE, SCRIPT_HEADERS);
  onShopPage(QUESTION_ALONE, [QUESTION_ALONE.path], PROMPT_VISIBLE, { requested: '/dist/', settleMs: 300 });
  // and its markup alone, set by one script (its code is made once the browser drew the question: see below)
  onShopPage(QUESTION_MARKUP, [QUESTION_MARKUP.path], PROMPT_VISIBLE, { settleMs: 300 });
  // what the browser itself costs such a script, on the same blank page: the floor under (a)'s time
  for (const p of PLATFORM) {
    const path = `/bench/platform/${p.id}.js`;
    server.page(path, p.code, SCRIPT_HEADERS);
    server.page(`/bench/${p.id}.html`, blankPage([path]));
    subjects.push({ id: p.id, label: p.label, url: `/bench/${p.id}.html`, scripts: [path], requested: path, settleMs: 1000, seeded: p.seeded });
  }
  for (const p of PEERS.filter((p) => p.timed)) {
    const scripts = /** @type {Array<{ name: string, code: Buffer }>} */ (files.get(p.id))
      .filter((f) => f.name.endsWith('.js'))
      .map((f) => {
        const path = `/peers/${p.id}/${basename(f.name)}`;
        server.page(path, f.code, SCRIPT_HEADERS);
        return path;
      });
    server.page(`/bench/${p.id}.html`, blankPage(scripts));
    subjects.push({ id: p.id, label: p.floor ? 'floor: preact + @preact/signals, one component using a signal' : p.label, url: `/bench/${p.id}.html`, scripts, heap: scripts.map((src) => ({ src })) });
    if (p.floor) {
      onShopPage({ id: 'floor-render', label: 'floor on a rendered page, until its component is on screen' }, scripts, FLOOR_VISIBLE);
      // and split as hearken's prompt path is: a first script that reads storage, then the floor's bundle
      server.page(FLOOR_SPLIT.path, floorSplitCode(scripts[0]), SCRIPT_HEADERS);
      onShopPage(FLOOR_SPLIT, [FLOOR_SPLIT.path, ...scripts], FLOOR_VISIBLE);
    }
  }

  const browser = await launch();
  cleanups.push(() => browser.close());
  log(`[hearken] Chromium ${browser.version()} at ${CHROMIUM_PATH}`);
  {
    // the question's markup as this build draws it, read from the question-alone page
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/bench/${QUESTION_ALONE.id}.html`);
    server.page(QUESTION_MARKUP.path, questionMarkupCode(await captureQuestion(page)), SCRIPT_HEADERS);
    await context.close();
  }
  log('[hearken] making the returning visitors\' storage (one page view each, then the history)…');
  for (const s of subjects) if (s.state) s.storageState = await visitorState(browser, server.url + s.url, s.state);
  for (const s of subjects) if (s.seeded) s.storageState = await platformState(browser, server.url + '/bench/blank.html');

  /** @type {Record<string, Record<string, import('./browser.mjs').LoadResult[]>>} */
  const loads = Object.fromEntries(THROTTLES.map((t) => [t, Object.fromEntries(subjects.map((s) => [s.id, []]))]));
  /** @type {Record<string, Record<string, string[]>>} */
  const errors = Object.fromEntries(THROTTLES.map((t) => [t, Object.fromEntries(subjects.map((s) => [s.id, []]))]));
  const t0 = Date.now();
  const deadline = t0 + BUDGET_MS;
  let rounds = 0;
  // rounds of every page under every throttling, so a busy moment of the machine (or the time budget)
  // does not land on one page or one throttling only
  while (rounds < LOADS && (rounds < 1 || Date.now() < deadline)) {
    for (const throttle of THROTTLES) {
      for (const s of subjects) {
        for (let attempt = 0; attempt < 2; attempt++) {
          try {
            loads[throttle][s.id].push(await measureLoad(browser, { url: server.url + s.url, origin: server.url, scripts: s.scripts, visible: !!s.visible, throttle, settleMs: s.settleMs, requested: s.requested, storageState: s.storageState }));
            break;
          } catch (e) {
            errors[throttle][s.id].push(String(/** @type {Error} */ (e).message || e).split('\n')[0]);
          }
        }
      }
    }
    rounds++;
    process.stdout.write(`\r[hearken] round ${rounds}/${LOADS}: ${subjects.length} pages × ${THROTTLES.map((t) => `${t}×`).join(' and ')} CPU (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  process.stdout.write('\n');
  if (rounds < LOADS) log(`[hearken] the ${BUDGET_MS / 60_000}-minute budget for page loads ran out after ${rounds} of ${LOADS} rounds (a busy machine?): the medians are of ${rounds} loads`);
  /** @type {Record<string, Record<string, ReturnType<typeof summarise>>>} */
  const timing = Object.fromEntries(THROTTLES.map((t) => [t, Object.fromEntries(subjects.map((s) => [s.id, summarise(loads[t][s.id], errors[t][s.id])]))]));

  log('[hearken] the page views from the other visitor state (bytes only)…');
  const variants = [];
  for (const v of VARIANTS) {
    const s = /** @type {Subject} */ (subjects.find((x) => x.id == v.of));
    // a variant with attributes of its own gets a page of its own, like its scenario's
    const url = v.attrs ? `/bench/${v.of}-${v.suffix}.html` : s.url;
    if (v.attrs) server.page(url, blankPage([{ src: '/dist/hearken.js', attrs: v.attrs }, ...(v.page ? [{ inline: v.page }] : [])]));
    const storageState = await visitorState(browser, server.url + url, v.state);
    const load = await measureLoad(browser, { url: server.url + url, origin: server.url, scripts: s.scripts, visible: !!s.visible, settleMs: s.settleMs, requested: s.requested, storageState });
    variants.push({ id: [v.of, v.state, v.suffix].filter(Boolean).join('-'), label: v.label, of: v.of, ownAttributes: !!v.attrs, ...filesBytes([load], dist) });
  }

  log('[hearken] measuring JS heap…');
  /** @type {Record<string, number>} */
  const heap = {};
  const blankUrl = server.url + '/bench/blank.html';
  // an empty script measured the same way: what adding a script element costs by itself
  const controls = [];
  for (let i = 0; i < HEAP_LOADS; i++) controls.push(await measureHeap(browser, { blankUrl, scripts: [{ src: '/bench/empty.js' }] }));
  const control = median(controls);
  for (const s of subjects) {
    if (!s.heap) continue;
    const samples = [];
    for (let i = 0; i < HEAP_LOADS; i++) samples.push(await measureHeap(browser, { blankUrl, scripts: s.heap, visible: s.visible, settleMs: s.visible ? s.settleMs : 0, storageState: s.storageState }));
    heap[s.id] = median(samples) - control;
  }

  log(`[hearken] measuring delivery: ${ANSWERS} answers into the outbox, then one flush…`);
  const delivery = await benchDelivery(server, ANSWERS);
  log('[hearken] measuring the collector kit: answers stored per second at 1, 10 and 100 clients…');
  const collector = await benchCollector({ seconds: quick ? 1 : 3, log });

  const results = {
    date: new Date().toISOString(),
    quick,
    loads: rounds,
    loadsAsked: LOADS,
    budgetMinutes: BUDGET_MS / 60_000,
    heapLoads: HEAP_LOADS,
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model || 'unknown',
      node: process.version,
      chromium: browser.version(),
      loadStart,
      loadEnd: loadavg()[0],
    },
    bytes: { hearken, peers, scenarios: SCENARIOS.map((sc) => ({ id: sc.id, letter: sc.letter, label: sc.label, limit: sc.limit, ...filesBytes(THROTTLES.flatMap((t) => loads[t][sc.id]), dist) })), variants },
    subjects: subjects.map((s) => ({ id: s.id, label: s.label })),
    timing,
    heap,
    delivery,
    collector,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(RESULTS_JSON, JSON.stringify(results, null, 1));
  report(results, `results saved to ${RESULTS_JSON}`);
}

/** Prints the tables and (unless a quick run) writes BENCHMARKS.md. */
function report(/** @type {any} */ results, /** @type {string} */ note) {
  const verdicts = judge(results);
  log('');
  log(consoleReport(results, verdicts));
  if (results.collector) log(collectorMarkdown(results.collector));
  if (WRITE) {
    writeFileSync(join(REPO, 'BENCHMARKS.md'), markdownReport(results, verdicts));
    if (results.collector) writeCollectorSection(collectorMarkdown(results.collector));
    log(`[hearken] wrote BENCHMARKS.md; ${note}`);
  } else log(`[hearken] quick run: BENCHMARKS.md not written (add --write); ${note}`);
}

(fromArg >= 0 ? Promise.resolve().then(() => report(JSON.parse(readFileSync(args[fromArg + 1], 'utf8')), `from ${args[fromArg + 1]}`)) : main())
  .then(cleanup, async (e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exitCode = 1;
    await cleanup();
  })
  .finally(() => clearTimeout(watchdog));
