/**
 * Turns one run's results into the tables printed on the console and into BENCHMARKS.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CAPPED_RATIO, CARRIES, FLOOR_RATIO, GROUPS } from './targets.mjs';
import { KB } from './scenarios.mjs';

const int = (/** @type {number} */ n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
const ms = (/** @type {number | undefined} */ n) => (n !== undefined && Number.isFinite(n) ? n.toFixed(1) : '—');
const times = (/** @type {number} */ a, /** @type {number} */ b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

/**
 * A markdown table with padded columns (readable as plain text too).
 * @param {string[]} head
 * @param {string[][]} rows
 * @param {string} align one letter per column: `l` or `r`
 */
export function table(head, rows, align) {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => (align[i] == 'r' ? c.padStart(width[i]) : c.padEnd(width[i]))).join(' | ')} |`;
  const rule = `|${width.map((w, i) => (align[i] == 'r' ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/** hearken's page views (a), (b), (c) from the run's results. */
const scenarios = (/** @type {any} */ r) => /** @type {any[]} */ (r.bytes.scenarios || []);
const scenarioBytes = (/** @type {any} */ r, /** @type {string} */ id) => scenarios(r).find((s) => s.id == id)?.sizes.brotli;
const fileList = (/** @type {any[]} */ files) => files.map((f) => '`' + f.path.replace(/^\/dist\//, '') + '`').join(' + ') || 'none';

function bytesTable(/** @type {any} */ r) {
  const h = r.bytes.hearken;
  const capped = scenarioBytes(r, 'hearken-capped');
  const prompt = scenarioBytes(r, 'hearken-prompt');
  const row = (/** @type {string} */ what, /** @type {string} */ files, /** @type {any} */ s, /** @type {boolean} */ ratio) => [
    what,
    files,
    int(s.raw),
    int(s.gzip),
    int(s.brotli),
    ratio ? times(s.brotli, capped) : '',
    ratio ? times(s.brotli, prompt) : '',
  ];
  // hearken.js first (every page loads it), then the files it may load
  const main = Object.keys(h.files)
    .filter((f) => !f.startsWith('locales/'))
    .sort((x, y) => (x == 'hearken.js' ? -1 : y == 'hearken.js' ? 1 : x.localeCompare(y)));
  // each locale has its NPS question's texts (on the prompt path), a CSAT and a CES question's (-csat.js, -ces.js) and
  // its later steps' texts (-later.js, after the question)
  const locales = Object.keys(h.files).filter((f) => f.startsWith('locales/'));
  const partOf = (/** @type {string} */ f) => (/-(later|csat|ces)\.js$/.exec(f) || ['', ''])[1];
  /** @param {string} part */
  const largestOf = (part) => locales.filter((f) => partOf(f) == part).sort((x, y) => h.files[y].brotli - h.files[x].brotli);
  /** @type {Record<string, string>} */
  const TEXTS = { '': 'NPS question texts (on the prompt path)', csat: 'CSAT question texts', ces: 'CES question texts', later: 'texts of the steps after the question' };
  const rows = [
    ...main.map((f) => row(`hearken file: ${CARRIES[/** @type {keyof typeof CARRIES} */ (f)] || 'loaded by hearken.js when needed'}`, '`dist/' + f + '`', h.files[f], false)),
    ...Object.entries(TEXTS).flatMap(([part, what]) => {
      const list = largestOf(part);
      return list.length ? [row(`hearken file: one locale's ${what}, the largest of ${list.length}`, '`dist/' + list[0] + '`', h.files[list[0]], false)] : [];
    }),
    ...scenarios(r).map((s) => row(`**hearken ${s.label.split(':')[0]}**: the files it downloaded`, fileList(s.files), s.sizes, false)),
    ...(r.bytes.variants || []).map((/** @type {any} */ v) => row(`hearken ${v.label}`, fileList(v.files), v.sizes, false)),
    row('hearken ESM `import { createHearken }`: what a page loads at once with esbuild\'s code splitting (the light part, which applies the script tag\'s rules to the options, and the shared chunks `index.js` re-exports the scoring helpers from, which esbuild keeps; Rollup, as in Vite, leaves them out: next row)', h.esmInitial.files.map((/** @type {string} */ f) => '`' + f + '`').join(' + '), h.esmInitial, false),
    row('hearken ESM `import { createHearken }`, tree-shaken as an app bundles it, its dynamic imports left out (size-limit\'s measure): all that a page view that cannot ask adds', '`entry.js`', h.esmAtOnce, false),
    row('hearken ESM `import { createHearken }` and the triggers\' chunk, bundled the same way: what a page view armed with a trigger (a scroll, exit intent, an event, a long delay) adds until one fires', '`entry.js`', h.esmArmed, false),
    ...(h.esmFirst ? [row('hearken ESM `import { createHearken }` and the options\' checks\' chunk, bundled the same way: what a first page view that cannot ask adds (the options are checked once, without the widget)', '`entry.js`', h.esmFirst, false)] : []),
    row('hearken ESM: the chunks it imports when needed (the widget when a prompt may show or answers wait; the UI, locales, pipelines)', h.esmLazy.files.map((/** @type {string} */ f) => '`' + f + '`').join(' + '), h.esmLazy, false),
    ...r.bytes.peers.map((/** @type {any} */ p) => row(p.floor ? `**${p.label}**` : p.label, p.what, p.sizes, true)),
  ];
  return table(['what a page loads', 'files', 'raw B', 'gzip B', 'brotli B', '÷ hearken (a)', '÷ hearken (c)'], rows, 'llrrrrr');
}

function timingTable(/** @type {any} */ r, /** @type {string} */ t, /** @type {boolean} */ withHeap) {
  /** @type {string[][]} */
  const rows = [];
  const floor = r.timing[t].floor;
  for (const s of r.subjects) {
    const m = r.timing[t][s.id];
    if (!m) continue;
    const parts = Object.entries(m.parts);
    const evalText = parts.length > 1 ? `${ms(m.evalMs)} (${parts.map(([p, v]) => `${p.split('/').pop()} ${ms(/** @type {number} */ (v))}`).join(' + ')})` : ms(m.evalMs);
    const render = Number.isFinite(m.busyMs) ? ms(m.busyMs) : '';
    rows.push([
      s.id == 'floor' || s.id == 'floor-render' ? `**${s.label}**` : s.label,
      evalText,
      Number.isFinite(m.ownMs) ? ms(m.ownMs) : '',
      render,
      Number.isFinite(m.wallMs) ? ms(m.wallMs) : '',
      m.longLoads ? `${m.longLoads}/${m.n} loads (max ${ms(m.longMax)})` : `0/${m.n}`,
      ...(withHeap ? [r.heap[s.id] !== undefined ? int(r.heap[s.id] / 1024) : '—'] : []),
      times(m.evalMs, floor?.evalMs),
      Number.isFinite(m.ownMs) ? times(m.ownMs, floor?.evalMs) : '',
      render ? times(m.busyMs, r.timing[t]['floor-render']?.busyMs) : '',
      m.errors.length ? `${m.errors.length} failed: ${m.errors[0]}` : '',
    ]);
  }
  const head = [
    'page',
    'evaluation ms',
    "hearken's JS ms",
    'eval + first render ms',
    'to visible ms (wall)',
    'long tasks',
    ...(withHeap ? ['JS heap added KB'] : []),
    'eval ÷ floor eval',
    "hearken's JS ÷ floor eval",
    'eval + render ÷ floor eval + render',
    'errors',
  ];
  const keep = head.map((_, i) => i < 2 || rows.some((row) => row[i] !== ''));
  return table(
    head.filter((_, i) => keep[i]),
    rows.map((row) => row.filter((_, i) => keep[i])),
    head.map((_, i) => (i == 0 || i == head.length - 1 ? 'l' : 'r')).filter((_, i) => keep[i]).join(''),
  );
}

function deliveryTable(/** @type {any} */ r) {
  const d = r.delivery;
  return table(
    ['outbox add, median µs/answer', 'first 100 adds', 'last 100 adds', `flush of ${int(d.count)} pending, ms`, 'requests', 'stored by the collector', 'left in the outbox', 'problems'],
    [[int(d.addMedianUs), int(d.addFirstUs), int(d.addLastUs), int(d.flushMs), int(d.requests), int(d.stored), int(d.left), d.problems.length ? d.problems.slice(0, 3).join('; ') : 'none']],
    'rrrrrrrl',
  );
}

function targetsTable(/** @type {import('./targets.mjs').Verdict[]} */ verdicts) {
  return table(
    ['target', 'measured', 'result', 'missed by'],
    verdicts.map((v) => [v.target, v.measured, v.pass ? 'pass' : '**MISS**', v.miss || '']),
    'llll',
  );
}

const throttleName = (/** @type {string} */ t) => (t == '1' ? 'no CPU throttling' : `${t}× CPU throttling (CDP Emulation.setCPUThrottlingRate)`);

/**
 * The console summary.
 * @param {any} r
 * @param {import('./targets.mjs').Verdict[]} verdicts
 */
export function consoleReport(r, verdicts) {
  const out = ['Bytes', bytesTable(r), ''];
  for (const t of Object.keys(r.timing)) out.push(`Main thread, ${throttleName(t)}, median of ${r.loads} fresh loads`, timingTable(r, t, t == '1'), '');
  out.push('Delivery (Chromium, IndexedDB on disk, local collector)', deliveryTable(r), '', 'Targets', targetsTable(verdicts));
  const missed = verdicts.filter((v) => !v.pass).length;
  out.push('', missed ? `${missed} of ${verdicts.length} targets missed` : `all ${verdicts.length} targets met`);
  return out.join('\n');
}

/**
 * BENCHMARKS.md.
 * @param {any} r
 * @param {import('./targets.mjs').Verdict[]} verdicts
 */
export function markdownReport(r, verdicts) {
  const m = r.machine;
  const misses = verdicts.filter((v) => !v.pass);
  const out = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` (tests/bench/run.mjs) on ${r.date.slice(0, 10)}: ${m.cpus} × ${m.model}, Node ${m.node}, Chromium ${m.chromium} headless; ` +
      `${r.loads} fresh page loads per measurement${r.quick ? ' (quick run)' : ''}${r.loads < r.loadsAsked ? ` (of ${r.loadsAsked} asked: the ${r.budgetMinutes}-minute budget for page loads ran out)` : ''}; the run took ${r.seconds} s. ` +
      `Load average ${m.loadStart.toFixed(2)} at the start and ${m.loadEnd.toFixed(2)} at the end: other processes shared the machine, so absolute times are noisy — ` +
      'compare the ratios, which come from the same run with the pages taking turns.',
    '',
    '## Bytes',
    '',
    'What a page downloads. gzip = level 9, brotli = quality 11, each file compressed on its own and summed. Module packages are bundled with esbuild (minify, iife, es2017); the hearken ESM row bundles `export { createHearken } from "hearken"` (esbuild, minify, esm, splitting) and splits what a page loads at once from the chunks it imports when needed. The peers are the packages and files that the team\'s survey of them (shared/peers.md) measured, installed and measured again in this run. `÷` columns: how many times hearken\'s brotli bytes fit in the peer\'s.',
    '',
    bytesTable(r),
    '',
    `Every page loads dist/hearken.js; what else it downloads depends on the page view. The rows (a), (b) and (c) are what the bench's pages really requested under /dist/ (the page's resource timing; (c) until the question was on screen), with each file's sizes from this build, summed: not a list of files per path, so they follow however the build splits. ` +
      `${scenarios(r).map((s) => s.label).join('; ')}. ` +
      `The budgets are in kB of ${int(KB)} B, as size-limit 12 counts (bytes-iec: \`kB\` = 1,000 B). "(c)" (${int(scenarioBytes(r, 'hearken-prompt'))} B brotli) is the fair comparison with the peers' rows, which are what a page downloads to show their survey or feedback form; "(a)" is what most page views of a returning visitor cost.`,
    '',
    '## Main thread',
    '',
  ];
  for (const t of Object.keys(r.timing)) {
    out.push(`### ${throttleName(t)[0].toUpperCase() + throttleName(t).slice(1)}`, '', `Median of ${r.loads} fresh page loads each${t == '1' ? `; JS heap added is the median of ${r.heapLoads} loads` : ''}.`, '', timingTable(r, t, t == '1'), '');
  }
  const ipc = Object.keys(r.timing)
    .map((t) => {
      const c = r.timing[t]['hearken-capped'];
      const p = r.timing[t]['hearken-prompt'];
      return c && p && Number.isFinite(c.ipcMs) ? `${ms(c.ipcMs)} ms on a capped visitor's page view and ${ms(p.ipcMs)} ms with the prompt (${t}× CPU)` : '';
    })
    .filter(Boolean);
  if (ipc.length) out.push(`Of hearken's evaluation, the median time spent waiting for synchronous IPC to the browser process (the first storage access check and loading localStorage, trace category \`mojom\`) was ${ipc.join('; ')}.`, '');
  out.push(
    '## Delivery',
    '',
    `hearken's outbox (src/outbox/delivery.ts) and fetch transport, bundled from src/ with esbuild, in Chromium with a persistent profile (IndexedDB on disk), against the demo collector (demo/server) on 127.0.0.1. ${int(r.delivery.count)} answers are added one at a time (each \`add\` resolves once the answer is stored; the outbox doing this one sends nothing), then a second outbox over the same store flushes them all with one \`flush()\`.`,
    '',
    deliveryTable(r),
    '',
    `The first 100 adds (an almost empty outbox, the usual case) took ${int(r.delivery.addFirstUs)} µs each, the last 100 (with ${int(r.delivery.count - 100)} waiting) ${int(r.delivery.addLastUs)} µs.`,
    '',
    '## Ratios (same run)',
    '',
    ...ratioLines(r),
    '',
    '## Targets',
    '',
    targetsTable(verdicts),
    '',
  );
  if (misses.length) {
    out.push('## Why', '', 'For each group of targets missed: by how much, what the numbers show, and why.', '');
    for (const [group, title] of Object.entries(GROUPS)) {
      const missed = misses.filter((v) => v.group == group);
      if (!missed.length) continue;
      out.push(`### ${title}`, '', ...missed.map((v) => `- ${v.target}: missed by ${v.miss}.`), '');
      for (const why of new Set(missed.map((v) => v.why).filter(Boolean))) out.push(/** @type {string} */ (why), '');
      // the reasons, kept in tests/bench/why/<group>.md so that every run writes them again
      const reasons = join(dirname(fileURLToPath(import.meta.url)), 'why', group + '.md');
      out.push(existsSync(reasons) ? readFileSync(reasons, 'utf8').trim() : '<!-- why, and what would close the gap: tests/bench/why/' + group + '.md -->', '');
    }
  }
  out.push(
    '## Method',
    '',
    `- **Fresh loads.** One headless Chromium (playwright-core, ${'`'}/usr/bin/chromium${'`'}, the flags of tests/e2e/harness/browser.ts); every load gets a new browser context (empty HTTP cache, no V8 code cache, empty storage unless said otherwise), a 1280×800 viewport, and the page from the demo server on 127.0.0.1. Pages take turns load by load. Each page holds only the measured script(s) at the end of \`<body>\`, plus a small inline probe in \`<head>\` (not counted).`,
    '- **Evaluation** is read from a Chromium trace of the load (categories `devtools.timeline`, `v8`, `toplevel`, `blink.user_timing`), as DevTools\' Performance panel shows it: the main-thread time of the `EvaluateScript` events of the script\'s URL (with any `v8.compile` of it, which is normally inside). Parsing that Chromium does on a background thread while the file streams in is not main-thread time and is not counted. Several files (PostHog\'s two, each file hearken\'s page downloaded) are summed.',
    "- **hearken's page views.** (a) and (b) are blank pages with the script tag (`data-endpoint`, `data-survey=\"nps\"`; (b) adds `data-delay=\"600000\"`, so its trigger is armed but does not fire); (c) is the shop page below. A returning visitor's storage is made as a visitor makes it: one page view of the same page in a new context, until the full script has stored `hearken:checked` (the attributes it found right), then `hearken:history` seeded with an NPS answer 7 days ago for (a); the measured loads start from that localStorage (Playwright `storageState`) in new contexts, so their HTTP and code caches are still empty. (c) is a first page view (empty storage). The bytes-only rows load once from the other state.",
    "- **Which files**: every URL under `/dist/` in the page's resource timing — for (c) read in the task after the frame that showed the question, for (a) and (b) 1 s after the page's load (a file loaded later on a timer or when idle still counts). Their brotli bytes are taken from the dist/ snapshot the server serves. If loads disagreed, the most common list is used and the others are named under Why.",
    "- **hearken's JS** (main-thread time of (a) and (b), the column \"hearken's JS ms\"): from the start of hearken.js's evaluation to the end of the trace (1 s after load), the union of the outermost JavaScript runs (`EvaluateScript`, `v8.callFunction`, `v8.run`, `FunctionCall`) that name a hearken file or name no script at all (a script element's load listener, an IndexedDB callback: nothing else runs unnamed on these blank pages); runs naming only the probe are left out. It includes the synchronous storage IPC inside them. For (c) it runs until the question is on screen.",
    "- **Platform rows** (`platform: …`, tests/bench/platform.mjs): tiny scripts on the same blank page, measured as hearken's JS is (their evaluation and callbacks): an empty script, a script whose one statement reads localStorage (the page's first access), and a script that opens an IndexedDB database and reads one record from it (seeded beforehand in the context's storage, so nothing is created). They are what the browser charges any light start for its evaluation and one storage read, and are compared with (a)'s limit under Why.",
    '- **Evaluation + first render** (hearken\'s NPS prompt, and the floor) is measured on a small shop page (headings and paragraphs) that has already loaded and rendered: the page adds the script with a script element in the task after the frame that follows `load`, so the page\'s own first layout, paint and font set-up are not counted as the script\'s. It is the main-thread busy time — the union of top-level tasks in the trace — from the start of the script\'s evaluation to the first frame holding the element. The probe watches the DOM (and the open shadow root of `<hearken-prompt>`) with a MutationObserver; when the element is there (`[role="dialog"]` in the prompt\'s shadow root; the floor\'s button), it marks `bench:frame` in a callback of the next animation frame and `bench:visible` in the task after that frame; the window ends with the end of that frame\'s task (its animation-frame callbacks, style, layout, paint and commit), so that frame is included and the tasks a page queued for after it (hearken fetches the steps after the score there) are not. hearken runs with `data-survey="nps"`, no delay, and loads its other files from the same server; "to visible (wall)" is the wall-clock length of the same window (it also includes fetching those files and waiting).',
    "- **hearken's question step alone** (tests/bench/question-alone.mjs): on the same shop page, a bootstrap script fetches `hearken-ui.js` and `locales/en.js` side by side and draws the NPS question with the UI's kit, with nothing of hearken before it (no hearken.js, full script, rules, storage or outbox), measured as (c) is. It is not a way hearken loads: it is the least (c) could cost with this UI, and says under Why how much of (c)'s gap to the floor is the UI itself.",
    "- **hearken's question markup alone** (tests/bench/question-alone.mjs): the dialog the question-alone page drew in this run, read once (the `<hearken-prompt>` host's attributes, its shadow root's markup and the question's stylesheet), set on the same shop page by one script that makes the host, adopts the stylesheet and sets the markup at once, with no hearken code, no file to fetch and no event handler; measured as (c) is. It is what the browser charges for the question's dialog itself, and tells the question alone's cost apart into that dialog and hearken's JavaScript (under Why).",
    "- **floor split as hearken's prompt path** (tests/bench/floor-split.mjs): on the same shop page, a first script reads localStorage (the keys hearken.js reads: what waits, and the re-survey history; the storage is empty, so a prompt may show) and adds a script element for the floor's bundle, which renders its component; measured as the floor is, from the first script's start. It is what issue 15's split (a light start that reads storage, then the UI from a second file) costs by itself, before any rule, check, text or code of a widget's own, and says under Why how much of (c)'s 1.5× limit that leaves.",
    '- **Long tasks**: top-level main-thread tasks over 50 ms (the Long Tasks API\'s definition) overlapping that window, from the trace; the table counts the loads that had at least one.',
    '- **Layout shift**: a `layout-shift` PerformanceObserver (buffered) on that shop page, summed from the start until 300 ms after the prompt\'s first frame.',
    `- **JS heap added**: CDP \`Performance.getMetrics\` JSHeapUsedSize after two \`HeapProfiler.collectGarbage\`, on a blank page before and after adding the script(s) with a script element (hearken: until the prompt shows, + 300 ms), minus the same for an empty script; median of ${r.heapLoads} loads.`,
    '- **CPU throttling**: CDP `Emulation.setCPUThrottlingRate` with rate 4, set before navigating (it slows the renderer\'s main thread; network is not throttled).',
    '- **Floor**: preact + @preact/signals (the versions hearken uses), one component showing a signal, rendered into a div it adds, bundled with esbuild (minify, iife, es2017).',
    '- Files shipped as they are (PostHog, Formbricks, Typeform) match shared/peers.md to the byte; the bundles (Sentry, the floor, preact, signals-core) come out a little different from it (esbuild 0.28 from this project, and the entries written here), so only this run\'s numbers are compared.',
    '- **Peers**: PostHog loads `array.js` and `surveys.js` (no `init`), Sentry\'s bundle runs `Sentry.init({integrations:[feedbackIntegration()]})` without a DSN, as shared/peers.md did; no peer shows a survey (they need their own servers), so only their evaluation is measured.',
    `- dist/ is read once at the start (a rebuild during the run cannot mix two builds). The budgets are in kB of ${int(KB)} B, as size-limit 12 counts them (bytes-iec). (a)'s time target compares hearken's JS with ${CAPPED_RATIO}× the floor's evaluation (blank page); (c)'s with ${FLOOR_RATIO}× the floor's evaluation + first render (shop page), both measured in this run.`,
    '',
    'Run: `npm run bench` (builds, then about 5–10 minutes on 2 cores); `node tests/bench/run.mjs --quick` for 5 loads and 200 outbox answers (prints only; `--write` to write this file); `--loads N` to change the number of loads. The peers are installed on first use into `<tmp>/hearken-bench-peers` (npm registry) and kept.',
    '',
  );
  return out.join('\n');
}

function ratioLines(/** @type {any} */ r) {
  const lines = [];
  const capped = scenarioBytes(r, 'hearken-capped');
  const prompt = scenarioBytes(r, 'hearken-prompt');
  const floorBytes = r.bytes.peers.find((/** @type {any} */ p) => p.floor);
  for (const p of r.bytes.peers.filter((/** @type {any} */ p) => p.timed && !p.floor)) {
    const bits = [`${p.label}: ${times(p.sizes.brotli, prompt)} the brotli bytes of hearken (c) to show the prompt (${times(p.sizes.brotli, capped)} of a capped visitor's page view (a))`];
    for (const t of Object.keys(r.timing)) {
      const a = r.timing[t][p.id];
      const own = r.timing[t]['hearken-capped'];
      if (a && own) bits.push(`evaluation ${times(a.evalMs, own.ownMs)} hearken's JS on (a) (${t}× CPU)`);
    }
    lines.push('- ' + bits.join('; ') + '.');
  }
  if (floorBytes) {
    const bits = [`hearken (c) to show the prompt is ${times(prompt, floorBytes.sizes.brotli)} the floor's brotli bytes, (a) ${times(capped, floorBytes.sizes.brotli)}`];
    for (const t of Object.keys(r.timing)) {
      const p = r.timing[t]['hearken-prompt'];
      const a = r.timing[t]['hearken-capped'];
      const floor = r.timing[t].floor;
      const render = r.timing[t]['floor-render'];
      if (p && floor) bits.push(`(c) evaluation + first render ${times(p.busyMs, floor.evalMs)} the floor's evaluation${render ? ` and ${times(p.busyMs, render.busyMs)} its evaluation + first render` : ''}${a ? `, (a) hearken's JS ${times(a.ownMs, floor.evalMs)} the floor's evaluation` : ''} (${t}× CPU)`);
    }
    lines.push('- ' + bits.join('; ') + '.');
  }
  return lines;
}
