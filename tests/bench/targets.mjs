/**
 * The issue's targets, judged from one run's results: each passes or misses, and a miss says by how much.
 */

import { KB } from './scenarios.mjs';

/** How many times smaller than Sentry's feedback (browser SDK + feedbackIntegration) hearken should be. */
export const SENTRY_RATIO = 3.8;
/** How many times smaller than PostHog's surveys hearken should be. */
export const POSTHOG_RATIO = 11;
/** (c) Evaluation + first render of the NPS prompt, at most this times the floor's own evaluation + first render. */
export const FLOOR_RATIO = 1.5;
/** (a) A capped visitor's main-thread time, at most this times the floor's evaluation. */
export const CAPPED_RATIO = 0.5;

/**
 * @typedef {object} Verdict
 * @property {string} target what was asked
 * @property {string} measured what this run measured
 * @property {boolean} pass
 * @property {string} [miss] by how much it missed
 * @property {string} [why] a first draft of why, from the numbers
 * @property {string} group targets about the same thing share one "Why" in BENCHMARKS.md
 */

/**
 * A row's median in ms: `busyMs` (main-thread busy time until its element is on screen) or `ownMs` (its own JS's time),
 * `undefined` when the run has no such row or figure.
 */
function rowMs(/** @type {Record<string, any>} */ timing, /** @type {string} */ id, /** @type {'busyMs' | 'ownMs'} */ field = 'busyMs') {
  const value = timing[id]?.[field];
  return Number.isFinite(value) ? /** @type {number} */ (value) : undefined;
}

/** What a page's first storage read costs by itself: the cheaper platform row (localStorage or IndexedDB), if both ran. */
function cheapestRead(/** @type {Record<string, any>} */ timing) {
  const local = rowMs(timing, 'platform-local-storage', 'ownMs');
  const idb = rowMs(timing, 'platform-indexeddb', 'ownMs');
  return local === undefined || idb === undefined ? undefined : Math.min(local, idb);
}

/**
 * What the browser itself costs on the same blank page (tests/bench/platform.mjs), said beside (a)'s limit: an
 * empty script, and one storage read each way. `''` when the run has no such rows.
 * @param {Record<string, any>} timing one throttling's summaries
 * @param {number} limit (a)'s limit in ms
 */
function platformCosts(timing, limit) {
  const empty = rowMs(timing, 'platform-empty', 'ownMs');
  const least = cheapestRead(timing);
  if (empty === undefined || least === undefined) return '';
  const local = rowMs(timing, 'platform-local-storage', 'ownMs');
  const idb = rowMs(timing, 'platform-indexeddb', 'ownMs');
  return (
    ` On the same blank page, the browser's own costs were: an empty script ${ms(empty)}; a script that only reads localStorage once ${ms(local)}; ` +
    `one that opens an IndexedDB database and reads one record ${ms(idb)} (its callbacks included). ` +
    `A light start that reads stored state the cheaper way pays at least ${ms(least)}, ${(least / limit).toFixed(2)}× the limit of ${ms(limit)}, before any code of its own.`
  );
}

/** Whether a row's time `t` is within (c)'s limit or over it, for the sentences beside (c)'s time. */
function againstLimit(/** @type {number} */ t, /** @type {number} */ limit) {
  return `${t <= limit ? 'within' : 'over'} the limit of ${ms(limit)}`;
}

/**
 * What the question step drawn alone cost (tests/bench/question-alone.mjs), said beside (c)'s time, and what the same
 * question's markup cost set by one script with no hearken code: the first is the least (c) costs with this UI, the
 * second what the browser charges for the dialog itself, so that the gap to the floor is told apart into the dialog
 * and hearken's JavaScript. `''` when the run has no such row.
 * @param {Record<string, any>} timing one throttling's summaries
 * @param {number} prompt (c)'s evaluation + first render, ms
 * @param {number} floor the floor's evaluation + first render, ms
 * @param {number} limit (c)'s limit, ms
 */
function questionAlone(timing, prompt, floor, limit) {
  const alone = rowMs(timing, 'hearken-question-alone');
  if (alone === undefined) return '';
  const markup = rowMs(timing, 'hearken-question-markup');
  const within = (/** @type {number} */ t) => `${(t / floor).toFixed(2)}× the floor's (${againstLimit(t, limit)})`;
  return (
    ` Drawn alone — hearken-ui.js and locales/en.js fetched side by side and drawn by the UI's kit, with no hearken.js, full script, rules or storage before it — the question took ${ms(alone)}, ` +
    `${within(alone)}: that is the least the prompt costs as it is drawn today; ` +
    `the other ${ms(Math.max(0, prompt - alone))} of (c) are what comes before the drawing.` +
    (markup !== undefined
      ? ` The same dialog — its markup and stylesheet in a shadow root, eleven radio buttons against the floor's one button — set by one script with no hearken code took ${ms(markup)}, ` +
        `${within(markup)}: the other ${ms(Math.max(0, alone - markup))} of the question alone are hearken's JavaScript on the way to it ` +
        `(its two files' tasks, the kit, drawing the dialog element by element, the bottom-bar measure), not the dialog's size; ` +
        `${markup <= limit ? `what the limit leaves beside the dialog is ${ms(limit - markup)} for all of hearken's code, ${firstRead(timing)}and hearken.js by itself takes ${ms(rowMs(timing, 'hearken-capped', 'ownMs') ?? NaN)} on a capped visitor's page view (a)` : 'the dialog alone is over the limit'}.`
      : '')
  );
}

/**
 * What the floor costs split as hearken's prompt path is (tests/bench/floor-split.mjs: a first script that reads
 * localStorage, then the floor's bundle from a second file), said beside (c)'s time: how much of the room the 1.5× limit
 * leaves above the floor the split alone takes, before any code of a widget's own, and (c) against that split floor.
 * `''` when the run has no such row.
 * @param {Record<string, any>} timing one throttling's summaries
 * @param {number} prompt (c)'s evaluation + first render, ms
 * @param {number} floor the floor's evaluation + first render, ms
 * @param {number} limit (c)'s limit, ms
 */
function floorSplit(timing, prompt, floor, limit) {
  const split = rowMs(timing, 'floor-split');
  if (split === undefined) return '';
  const room = limit - floor;
  const cost = Math.max(0, split - floor);
  return (
    ` Split as hearken's prompt path is — a first script that reads localStorage, then the floor's bundle from a second file, with no rule, check or text — the floor itself took ${ms(split)}, ` +
    `${(split / floor).toFixed(2)}× its own (${againstLimit(split, limit)}): the split alone takes ${ms(cost)} of the ${ms(room)} the limit leaves above the floor (${Math.round((cost / room) * 100)} %), ` +
    `and (c) took ${(prompt / split).toFixed(2)}× that split floor.`
  );
}

/**
 * The first storage read's cost (`cheapestRead`), which a prompt that keeps re-survey and dismiss waits makes before it
 * shows, as a clause; `''` when the run has no such rows.
 */
function firstRead(/** @type {Record<string, any>} */ timing) {
  const read = cheapestRead(timing);
  return read === undefined ? '' : `of which the page's first storage read, which a prompt that keeps re-survey waits makes before it shows, takes ${ms(read)} by itself (the cheaper platform row), `;
}

/** Titles of the groups, for BENCHMARKS.md's "Why" section. */
export const GROUPS = {
  'bytes-capped': "(a) Bytes of a capped visitor's page view",
  'bytes-armed': '(b) Bytes of a page with armed triggers',
  'bytes-prompt': '(c) Bytes to show the NPS prompt',
  'time-capped': "(a) Main-thread time of a capped visitor's page view",
  render: '(c) Evaluation + first render',
  long: 'Long tasks',
  peers: 'Bytes against the peers',
  shift: 'Layout shift',
};

/** What each file of dist/ carries at this build, for the bytes table and the "why" of a budget missed (a file not listed is named only). */
export const CARRIES = {
  'hearken.js': 'the light start: window.Hearken (a queue), the cheap rules, the waiting-answers marker',
  'hearken-triggers.js': 'the triggers (scroll, exit intent, an event, a long delay) of a page that may ask later, armed without the full script',
  'hearken-checks.js': 'the attribute checks alone, without the words of their errors, run once on a first page view that may stay light',
  'hearken-messages.js': "the words of the option checks' errors (what a good value looks like, did you mean…?), loaded only when one is wrong",
  'hearken-core.js': 'the full script without the question (answers waiting, data-debug, a page-view count): the attribute checks, every rule and trigger, the widget (asking, prompts, commit), the loaders of the other files',
  'hearken-delivery.js': 'the outbox with its storage backends, lock and beacon path, the transports (loaded once the question is on screen, or at once when answers of an earlier page wait)',
  'hearken-ui.js': "the prompt's question step, drawn without preact or signals: its state is cells, a value and who follows it (its texts are a locale file, English's too); loaded by hearken-core.js when a prompt shows",
  'hearken-prompt.js': 'hearken-core.js and hearken-ui.js in one file, what they share once: loaded by hearken.js when a prompt may show',
  'hearken-follow-up.js': 'preact, @preact/signals and the steps after the score drawn with them: comment, reasons, contact request, thank-you (loaded once the question is on screen)',
  'hearken-pipelines.js': 'the segment and posthog transports',
};

const B = (/** @type {number} */ n) => Math.round(n).toLocaleString('en-US') + ' B';
const ms = (/** @type {number} */ n) => n.toFixed(1) + ' ms';
const pct = (/** @type {number} */ over, /** @type {number} */ of) => `${((over / of) * 100).toFixed(0)}%`;
const name = (/** @type {string} */ path) => path.replace(/^\/dist\//, '');
const throttleLabel = (/** @type {string} */ t) => (t == '1' ? 'no CPU throttling' : `${t}× CPU throttling`);

/** The files a page view downloaded, with their brotli bytes and what they carry. */
function filesWhy(/** @type {any} */ sc) {
  const parts = sc.files.map((/** @type {any} */ f) => `${name(f.path)} ${B(f.brotli)}${CARRIES[/** @type {keyof typeof CARRIES} */ (name(f.path))] ? ` (${CARRIES[/** @type {keyof typeof CARRIES} */ (name(f.path))]})` : ''}`);
  const others = sc.others.length ? ` In ${sc.others.map((/** @type {any} */ o) => `${o.loads} of ${sc.loads} loads it downloaded ${o.files.map(name).join(' + ') || 'nothing'} (${B(o.brotli)})`).join('; ')} instead.` : '';
  const most = sc.loads - sc.others.reduce((/** @type {number} */ a, /** @type {any} */ o) => a + o.loads, 0);
  return `This page view downloaded ${parts.join(' + ') || 'no file of hearken'}: ${B(sc.sizes.brotli)} brotli in all (${most} of ${sc.loads} loads).${others}`;
}

/**
 * The verdict on the bytes a page view downloaded (`measured`: a scenario's or a variant's results), against `limit`.
 * @param {any} measured
 * @param {string} what the page view, as the target names it
 * @param {number} limit brotli bytes allowed
 * @param {string} group
 * @returns {Verdict}
 */
function bytesVerdict(measured, what, limit, group) {
  const b = measured.sizes.brotli;
  return {
    target: `${what}: hearken files downloaded ≤ ${limit / KB} kB brotli (${B(limit)})`,
    measured: `${B(b)}: ${measured.files.map((/** @type {any} */ f) => name(f.path)).join(' + ') || 'nothing'}`,
    pass: b <= limit,
    miss: b > limit ? `${B(b - limit)} over (${pct(b - limit, limit)})` : undefined,
    why: filesWhy(measured),
    group,
  };
}

/**
 * (c) in every language, from the build's file sizes: the bench's page shows the prompt in English, and a prompt in
 * another language downloads that language's `locales/<tag>.js` in place of `locales/en.js`. Held to (c)'s budget;
 * `undefined` when the run has no (c) or no locale files.
 * @param {any} r
 * @param {any} prompt (c)'s scenario
 * @returns {Verdict | undefined}
 */
function everyLanguage(r, prompt) {
  const files = (r.bytes.hearken || {}).files || {};
  // a prompt's question texts: locales/<tag>.js, not the CSAT, CES or later ones (<tag>-csat.js, -ces.js, -later.js)
  const own = Object.keys(files).filter((f) => /^locales\/[\w-]+\.js$/.test(f) && !/-(later|csat|ces)\.js$/.test(f));
  const english = prompt && prompt.files.find((/** @type {any} */ f) => name(f.path) == 'locales/en.js');
  if (!english || !own.length) return undefined;
  const rest = prompt.sizes.brotli - english.brotli;
  const sorted = own.sort((x, y) => files[y].brotli - files[x].brotli);
  const largest = sorted[0];
  const total = (/** @type {string} */ f) => rest + files[f].brotli;
  const over = sorted.filter((f) => total(f) > prompt.limit);
  return {
    target: `(c) in every one of the ${own.length} languages (its locales/<tag>.js in place of English's): hearken files ≤ ${prompt.limit / KB} kB brotli (${B(prompt.limit)})`,
    measured: `${B(total(sorted[sorted.length - 1]))}–${B(total(largest))}; the largest, ${largest}: ${B(rest)} + ${B(files[largest].brotli)}`,
    pass: !over.length,
    miss: over.length ? `${over.length} over, by up to ${B(total(largest) - prompt.limit)}: ${over.map((f) => f.slice(8, -3)).join(', ')}` : undefined,
    why: `The files of (c) but English's texts, ${B(rest)}, and one language's question texts: ${B(files[sorted[sorted.length - 1]].brotli)} to ${B(files[largest].brotli)} (English's ${B(english.brotli)}). A CSAT or CES prompt's texts are files of their own (locales/<tag>-csat.js, -ces.js), as are those of the steps after the score (-later.js): none is on this path.`,
    group: 'bytes-prompt',
  };
}

/**
 * Judges the targets.
 * @param {any} r the run's results (see run.mjs)
 * @returns {Verdict[]}
 */
export function judge(r) {
  /** @type {Verdict[]} */
  const out = [];
  const scenario = (/** @type {string} */ id) => (r.bytes.scenarios || []).find((/** @type {any} */ s) => s.id == id);

  for (const sc of r.bytes.scenarios || []) {
    out.push(bytesVerdict(sc, sc.label.split(':')[0], sc.limit, 'bytes-' + sc.id.replace('hearken-', '')));
    // the same page view with other attributes (another trigger) or from the other visitor state is held to the same budget
    for (const v of (r.bytes.variants || []).filter((/** @type {any} */ v) => v.of == sc.id))
      out.push(bytesVerdict(v, v.label.split(' (')[0], sc.limit, 'bytes-' + sc.id.replace('hearken-', '')));
  }

  // (a) for the npm entry: a page view that cannot ask downloads what an app's bundler adds at once for
  // `import { createHearken }` (run.mjs's esmAtOnce: tree-shaken, its dynamic imports left out, as size-limit
  // measures); the widget's chunk comes only when it may ask
  const esm = r.bytes.hearken && r.bytes.hearken.esmAtOnce;
  const capped = scenario('hearken-capped');
  if (esm && capped)
    out.push({
      target: `(a) npm: \`import { createHearken }\` on a page view that cannot ask: hearken code downloaded ≤ ${capped.limit / KB} kB brotli (${B(capped.limit)})`,
      measured: `${B(esm.brotli)}: what esbuild bundles at once (minified, tree-shaken, the dynamic imports left out)`,
      pass: esm.brotli <= capped.limit,
      miss: esm.brotli > capped.limit ? `${B(esm.brotli - capped.limit)} over (${pct(esm.brotli - capped.limit, capped.limit)})` : undefined,
      why: `What an app bundled with esbuild loads at once from \`import { createHearken }\`: the light part (the stub, the script tag's gate on the options, the visitor's stored state). The widget's chunk, and the UI's, come only when a prompt may show, answers wait, or the app calls the API.`,
      group: 'bytes-capped',
    });

  // (a) for the npm entry on a first page view: the same with the options' checks' chunk (run.mjs's esmFirst), which
  // checks new options once without the widget, as hearken-checks.js does for the script tag
  const esmFirst = r.bytes.hearken && r.bytes.hearken.esmFirst;
  if (esmFirst && capped)
    out.push({
      target: `(a) npm: \`import { createHearken }\` on a first page view that cannot ask (options not found right before): hearken code downloaded ≤ ${capped.limit / KB} kB brotli (${B(capped.limit)})`,
      measured: `${B(esmFirst.brotli)}: what esbuild bundles at once and the options' checks' chunk (minified, tree-shaken, the other dynamic imports left out)`,
      pass: esmFirst.brotli <= capped.limit,
      miss: esmFirst.brotli > capped.limit ? `${B(esmFirst.brotli - capped.limit)} over (${pct(esmFirst.brotli - capped.limit, capped.limit)})` : undefined,
      why: `What an app bundled with esbuild loads from \`import { createHearken }\` on a first page view that cannot ask: the light part and the chunk of the options' checks, which remembers them right so that later page views import nothing more. The widget's chunk comes only when they are wrong (to report them) or a prompt may show.`,
      group: 'bytes-capped',
    });

  // (b) for the npm entry: the same with the triggers' chunk (run.mjs's esmArmed), which a page view where only a
  // trigger says when imports besides; the widget's chunk comes when one fires
  const esmArmed = r.bytes.hearken && r.bytes.hearken.esmArmed;
  const armed = scenario('hearken-armed');
  if (esmArmed && armed)
    out.push({
      target: `(b) npm: \`import { createHearken }\` on a page view armed with a trigger: hearken code downloaded ≤ ${armed.limit / KB} kB brotli (${B(armed.limit)})`,
      measured: `${B(esmArmed.brotli)}: what esbuild bundles at once and the triggers' chunk (minified, tree-shaken, the other dynamic imports left out)`,
      pass: esmArmed.brotli <= armed.limit,
      miss: esmArmed.brotli > armed.limit ? `${B(esmArmed.brotli - armed.limit)} over (${pct(esmArmed.brotli - armed.limit, armed.limit)})` : undefined,
      why: `What an app bundled with esbuild loads from \`import { createHearken }\` on a page view where only a trigger (a scroll, exit intent, an event, a long delay) says when a prompt comes, options found right before: the light part and the triggers' chunk. The widget's chunk comes when one fires.`,
      group: 'bytes-armed',
    });

  const languages = everyLanguage(r, scenario('hearken-prompt'));
  if (languages) out.push(languages);

  for (const t of Object.keys(r.timing)) {
    const capped = r.timing[t]['hearken-capped'];
    const floor = r.timing[t].floor;
    if (!capped || !floor || !Number.isFinite(capped.ownMs) || !Number.isFinite(floor.evalMs)) continue;
    const limit = floor.evalMs * CAPPED_RATIO;
    const parts = Object.entries(capped.parts).map(([p, v]) => `evaluating ${name(p)} took ${ms(/** @type {number} */ (v))}`);
    out.push({
      target: `(a) capped visitor's main-thread time ≤ ${CAPPED_RATIO}× the floor's evaluation (${throttleLabel(t)})`,
      measured: `${ms(capped.ownMs)} = ${(capped.ownMs / floor.evalMs).toFixed(2)}× the floor's ${ms(floor.evalMs)}`,
      pass: capped.ownMs <= limit,
      miss: capped.ownMs > limit ? `${ms(capped.ownMs - limit)} over (limit ${ms(limit)})` : undefined,
      why:
        `Median main-thread time of hearken's JavaScript on a capped visitor's page view was ${ms(capped.ownMs)} (${throttleLabel(t)}): ${parts.join(', ')}` +
        (capped.ipcMs > 0.05 ? `, of which ${ms(capped.ipcMs)} waiting for synchronous IPC to the browser process (the storage access check and loading localStorage)` : '') +
        `; ${ms(Math.max(0, capped.ownMs - capped.evalMs))} ran after the evaluation. The floor's evaluation was ${ms(floor.evalMs)}.` +
        platformCosts(r.timing[t], limit),
      group: 'time-capped',
    });
  }

  for (const t of Object.keys(r.timing)) {
    const prompt = r.timing[t]['hearken-prompt'];
    const floorRender = r.timing[t]['floor-render'];
    if (!prompt || !floorRender || !Number.isFinite(prompt.busyMs) || !Number.isFinite(floorRender.busyMs)) continue;
    const limit = floorRender.busyMs * FLOOR_RATIO;
    const label = throttleLabel(t);
    const verdict = /** @type {Verdict} */ ({
      target: `(c) evaluation + first render of the NPS prompt ≤ ${FLOOR_RATIO}× the floor's evaluation + first render (${label})`,
      measured: `${ms(prompt.busyMs)} = ${(prompt.busyMs / floorRender.busyMs).toFixed(2)}× the floor's ${ms(floorRender.busyMs)}`,
      pass: prompt.busyMs <= limit,
      group: 'render',
    });
    if (!verdict.pass) {
      const evals = Object.entries(prompt.parts);
      const evalSum = evals.reduce((a, [, v]) => a + /** @type {number} */ (v), 0);
      verdict.miss = `${ms(prompt.busyMs - limit)} over (limit ${ms(limit)})`;
      const ipc = prompt.ipcMs > 0.5 ? ` (of which ${ms(prompt.ipcMs)} waiting for synchronous IPC to the browser process: storage access checks and loading localStorage)` : '';
      verdict.why =
        `Median main-thread time from the start of hearken.js to the first frame with the dialog was ${ms(prompt.busyMs)} (${label}): ` +
        `evaluating the files it downloaded took ${ms(evalSum)} (${evals.map(([p, v]) => `${name(p)} ${ms(/** @type {number} */ (v))}`).join(', ')})${ipc}; ` +
        `the remaining ${ms(Math.max(0, prompt.busyMs - evalSum))} went to the work after the evaluations (rules, storage, loading the next files), resolving and rendering the prompt, and its style, layout and paint. ` +
        `The floor's own evaluation + first render, measured the same way, was ${ms(floorRender.busyMs)}.` +
        questionAlone(r.timing[t], prompt.busyMs, floorRender.busyMs, limit) +
        floorSplit(r.timing[t], prompt.busyMs, floorRender.busyMs, limit);
    }
    out.push(verdict);
  }

  for (const t of Object.keys(r.timing)) {
    const label = throttleLabel(t);
    const s = r.timing[t]['hearken-prompt'];
    const floor = r.timing[t]['floor-render'];
    if (!s) continue;
    const what = 'from the start of hearken.js until the NPS prompt is on screen';
    out.push({
      target: `(c) no long task (> 50 ms) ${what} (${label})`,
      measured: s.longLoads ? `${s.longLoads} of ${s.n} loads had one (longest ${ms(s.longMax)})` : `none in ${s.n} loads`,
      pass: s.longLoads == 0,
      miss: s.longLoads ? `${s.longLoads}/${s.n} loads; longest task ${ms(s.longMax)}, ${ms(s.longMax - 50)} over 50 ms` : undefined,
      why: s.longLoads
        ? `${label[0].toUpperCase() + label.slice(1)}: the longest task (${ms(s.longMax)}) was mostly ${s.longWhat}` +
          (floor && floor.longLoads ? `; the floor on the same rendered page had a long task in ${floor.longLoads} of ${floor.n} loads too (longest ${ms(floor.longMax)}).` : `; the floor on the same rendered page had none in ${floor ? floor.n : 0} loads.`)
        : undefined,
      group: 'long',
    });
  }

  // the earlier targets against the peers, now for what a page really downloads: (a) on every page, (c) to ask
  const peer = (/** @type {string} */ id) => r.bytes.peers.find((/** @type {any} */ p) => p.id == id)?.sizes.brotli;
  for (const sc of [scenario('hearken-capped'), scenario('hearken-prompt')].filter(Boolean)) {
    for (const [peerName, size, ratio] of /** @type {Array<[string, number | undefined, number]>} */ ([
      ["Sentry's feedback (browser SDK + feedbackIntegration)", peer('sentry'), SENTRY_RATIO],
      ["PostHog's surveys", peer('posthog'), POSTHOG_RATIO],
    ])) {
      if (!size) continue;
      const b = sc.sizes.brotli;
      const limit = size / ratio;
      out.push({
        target: `${sc.label.split(':')[0]} ≥ ${ratio}× smaller than ${peerName}`,
        measured: `${(size / b).toFixed(2)}× (${B(size)} / ${B(b)})`,
        pass: b <= limit,
        miss: b > limit ? `${B(b - limit)} too many (≤ ${B(limit)} needed)` : undefined,
        why: `${sc.label.split(':')[0]}: ${filesWhy(sc)}`,
        group: 'peers',
      });
    }
  }

  const shifts = Object.keys(r.timing)
    .map((t) => r.timing[t]['hearken-prompt'])
    .filter(Boolean);
  if (shifts.length) {
    const max = Math.max(...shifts.map((s) => s.shiftMax));
    const n = shifts.reduce((a, s) => a + s.n, 0);
    out.push({
      target: 'zero layout shift on the host page while the floating prompt appears',
      measured: `largest layout-shift sum in ${n} loads: ${max.toFixed(4)}`,
      pass: max == 0,
      miss: max > 0 ? `CLS ${max.toFixed(4)}` : undefined,
      why: max > 0 ? 'The floating prompt should not move the page: something it adds takes space in the page flow (or changes the page\'s own styles).' : undefined,
      group: 'shift',
    });
  }
  return out;
}
