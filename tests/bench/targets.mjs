/**
 * The targets, judged from one run's results: each passes or misses, and a miss says by how much.
 */

/** 12 KB, as size-limit counts it (1 KB = 1,024 bytes). */
export const CORE_LIMIT = 12 * 1024;
/** How many times smaller than Sentry's feedback (browser SDK + feedbackIntegration) hearken should be. */
export const SENTRY_RATIO = 3.8;
/** How many times smaller than PostHog's surveys hearken should be. */
export const POSTHOG_RATIO = 11;
/** Evaluation + first render of the prompt, at most this times the floor bundle's evaluation. */
export const FLOOR_RATIO = 1.5;

/**
 * @typedef {object} Verdict
 * @property {string} target what was asked
 * @property {string} measured what this run measured
 * @property {boolean} pass
 * @property {string} [miss] by how much it missed
 * @property {string} [why] a first draft of why, from the numbers
 * @property {string} group targets about the same thing share one "Why" in BENCHMARKS.md
 */

/** Titles of the groups, for BENCHMARKS.md's "Why" section. */
export const GROUPS = {
  'bytes-core': 'Bytes of dist/hearken.js',
  'bytes-prompt': 'Bytes to show a prompt',
  render: 'Evaluation + first render',
  long: 'Long tasks',
  shift: 'Layout shift',
};

const B = (/** @type {number} */ n) => Math.round(n).toLocaleString('en-US') + ' B';
const ms = (/** @type {number} */ n) => n.toFixed(1) + ' ms';
const pct = (/** @type {number} */ over, /** @type {number} */ of) => `${((over / of) * 100).toFixed(0)}%`;

/**
 * Judges the targets.
 * @param {any} r the run's results (see run.mjs)
 * @returns {Verdict[]}
 */
export function judge(r) {
  /** @type {Verdict[]} */
  const out = [];
  const peer = (/** @type {string} */ id) => r.bytes.peers.find((/** @type {any} */ p) => p.id == id);
  const sentry = peer('sentry')?.sizes.brotli;
  const posthog = peer('posthog')?.sizes.brotli;

  const h = r.bytes.hearken;
  const floorBytes = r.bytes.peers.find((/** @type {any} */ p) => p.floor)?.sizes.brotli || 0;
  for (const [name, sizes, group] of [
    ['`dist/hearken.js` alone', h.core, 'bytes-core'],
    ['to show a prompt (`hearken.js` + `hearken-ui.js`)', h.prompt, 'bytes-prompt'],
  ]) {
    const b = sizes.brotli;
    const why =
      group == 'bytes-core'
        ? `dist/hearken.js is ${B(h.core.brotli)} brotli (${B(h.core.raw)} minified): config and data-attribute checks, the targeting rules, the outbox with its storage backends and lock, and the transports. To see where its bytes go, bundle src/auto.ts with \`esbuild --bundle --minify --analyze\`.`
        : `To show a prompt a page loads dist/hearken.js (${B(h.core.brotli)} brotli) and then dist/hearken-ui.js (${B(h.ui.brotli)}). hearken-ui.js carries preact and @preact/signals — the floor bundle of them alone is ${B(floorBytes)} — so the prompt UI and the texts of every locale add ${B(h.ui.brotli - floorBytes)} over them. The target of 12 KB for the sum leaves ${B(CORE_LIMIT - floorBytes)} for everything that is not preact + signals; ${B(h.prompt.brotli - floorBytes)} is used.`;
    out.push({
      target: `${name} ≤ 12 KB brotli (${B(CORE_LIMIT)})`,
      measured: B(b),
      pass: b <= CORE_LIMIT,
      miss: b > CORE_LIMIT ? `${B(b - CORE_LIMIT)} over (${pct(b - CORE_LIMIT, CORE_LIMIT)})` : undefined,
      why,
      group,
    });
    for (const [peerName, size, ratio] of /** @type {Array<[string, number | undefined, number]>} */ ([
      ["Sentry's feedback (browser SDK + feedbackIntegration)", sentry, SENTRY_RATIO],
      ["PostHog's surveys", posthog, POSTHOG_RATIO],
    ])) {
      if (!size) continue;
      const limit = size / ratio;
      out.push({
        target: `${name} ≥ ${ratio}× smaller than ${peerName}`,
        measured: `${(size / b).toFixed(2)}× (${B(size)} / ${B(b)})`,
        pass: b <= limit,
        miss: b > limit ? `${B(b - limit)} too many (≤ ${B(limit)} needed)` : undefined,
        why,
        group,
      });
    }
  }

  for (const t of Object.keys(r.timing)) {
    const prompt = r.timing[t]['hearken-prompt'];
    const floor = r.timing[t].floor;
    const floorRender = r.timing[t]['floor-render'];
    if (!prompt || !floor || !Number.isFinite(prompt.busyMs) || !Number.isFinite(floor.evalMs)) continue;
    const limit = floor.evalMs * FLOOR_RATIO;
    const label = t == '1' ? 'no CPU throttling' : `${t}× CPU throttling`;
    const verdict = /** @type {Verdict} */ ({
      target: `evaluation + first render of the NPS prompt ≤ ${FLOOR_RATIO}× the floor's evaluation (${label})`,
      measured: `${ms(prompt.busyMs)} = ${(prompt.busyMs / floor.evalMs).toFixed(2)}× the floor's ${ms(floor.evalMs)}`,
      pass: prompt.busyMs <= limit,
      group: 'render',
    });
    if (!verdict.pass) {
      const parts = prompt.parts;
      const core = parts['/dist/hearken.js'];
      const ui = parts['/dist/hearken-ui.js'];
      verdict.miss = `${ms(prompt.busyMs - limit)} over (limit ${ms(limit)})`;
      const ipc = prompt.ipcMs > 0.5 ? ` (of which ${ms(prompt.ipcMs)} waiting for synchronous IPC to the browser process: storage access checks and loading localStorage)` : '';
      verdict.why =
        `Median main-thread time from the start of hearken.js to the first frame with the dialog was ${ms(prompt.busyMs)} (${label}): ` +
        `evaluating hearken.js took ${ms(core)}${ipc}, hearken-ui.js ${ms(ui)} (preact, signals, UI and texts; the floor bundle alone evaluates in ${ms(floor.evalMs)}), ` +
        `and the remaining ${ms(Math.max(0, prompt.busyMs - core - ui))} went to the work between them (rules, storage, loading the UI script), rendering the prompt, and its style, layout and paint. ` +
        (floorRender ? `The floor's own evaluation + first render, measured the same way, was ${ms(floorRender.busyMs)}, so the prompt costs ${(prompt.busyMs / floorRender.busyMs).toFixed(2)}× that.` : '');
    }
    out.push(verdict);
  }

  for (const t of Object.keys(r.timing)) {
    const label = t == '1' ? 'no CPU throttling' : `${t}× CPU throttling`;
    for (const id of ['hearken-core', 'hearken-prompt']) {
      const s = r.timing[t][id];
      if (!s) continue;
      const what = id == 'hearken-core' ? 'hearken.js evaluation' : 'hearken.js until the NPS prompt is on screen';
      // the same kind of page: a blank one for evaluation, a rendered one for the first render
      const floor = id == 'hearken-core' ? r.timing[t].floor : r.timing[t]['floor-render'] || r.timing[t].floor;
      out.push({
        target: `no long task (> 50 ms): ${what} (${label})`,
        measured: s.longLoads ? `${s.longLoads} of ${s.n} loads had one (longest ${ms(s.longMax)})` : `none in ${s.n} loads`,
        pass: s.longLoads == 0,
        miss: s.longLoads ? `${s.longLoads}/${s.n} loads; longest task ${ms(s.longMax)}, ${ms(s.longMax - 50)} over 50 ms` : undefined,
        why: s.longLoads
          ? `For ${what}, ${label}: the longest task (${ms(s.longMax)}) was mostly ${s.longWhat}; the median evaluation of hearken.js was ${ms(s.parts['/dist/hearken.js'])}` +
            (floor && floor.longLoads ? `; the floor bundle on the same kind of page had a long task in ${floor.longLoads} of ${floor.n} loads too (longest ${ms(floor.longMax)}).` : `; the floor bundle on the same kind of page had none in ${floor ? floor.n : 0} loads.`)
          : undefined,
        group: 'long',
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
