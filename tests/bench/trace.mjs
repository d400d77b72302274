/**
 * Reads a Chromium trace (the JSON Playwright's `browser.stopTracing()` returns) the way DevTools'
 * Performance panel does: main-thread time spent evaluating a script, and main-thread busy time in a window.
 */

/**
 * Trace categories the bench records: script evaluation and compiling, top-level tasks, `performance.mark`,
 * and IPC calls (`mojom`: a synchronous one inside a script's evaluation is main-thread time spent waiting).
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'toplevel', 'blink.user_timing', 'mojom'];

/**
 * @typedef {{ name: string, cat: string, ph: string, pid: number, tid: number, ts: number, dur?: number, args?: any }} TraceEvent
 * @typedef {object} Trace
 * @property {TraceEvent[]} main complete events (`ph: 'X'`) of the page's renderer main thread
 * @property {(name: string) => number | undefined} mark trace time (µs) of the page's `performance.mark(name)`
 */

/** Merged length of intervals `[start, end]`, in the units given. */
function unionLength(/** @type {Array<[number, number]>} */ spans) {
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of spans.slice().sort((a, b) => a[0] - b[0])) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/**
 * Parses a trace and picks the page's main thread: the `CrRendererMain` thread that evaluated a script of `origin`.
 * @param {Buffer | string} json
 * @param {string} origin e.g. `http://127.0.0.1:4321`
 * @returns {Trace}
 */
export function parseTrace(json, origin) {
  const events = /** @type {TraceEvent[]} */ (JSON.parse(json.toString()).traceEvents || []);
  const mains = new Set(events.filter((e) => e.name == 'thread_name' && e.args && e.args.name == 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const counts = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    const url = e.args && e.args.data && e.args.data.url;
    if (mains.has(key) && e.name == 'EvaluateScript' && typeof url == 'string' && url.startsWith(origin)) counts.set(key, (counts.get(key) || 0) + 1);
  }
  const thread = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!thread) throw new Error(`[hearken] the trace has no script of ${origin} evaluated on a renderer main thread`);
  const on = (/** @type {TraceEvent} */ e) => `${e.pid}:${e.tid}` == thread[0];
  const main = events.filter((e) => on(e) && e.ph == 'X' && typeof e.dur == 'number');
  const marks = events.filter((e) => on(e) && e.cat.includes('blink.user_timing') && (e.ph == 'I' || e.ph == 'R' || e.ph == 'i'));
  return {
    main,
    mark: (name) => {
      const m = marks.find((e) => e.name == name);
      return m ? m.ts : undefined;
    },
  };
}

/**
 * Main-thread time evaluating the scripts whose URL ends with `path`: the union of their
 * `EvaluateScript` and `v8.compile` events (the compile is usually inside the evaluation; parsing on a
 * background thread while the file streams in is not main-thread time and not counted).
 * @param {Trace} trace
 * @param {string} path e.g. `/dist/hearken.js`
 * @returns {{ ms: number, start: number | undefined, ipcMs: number }} milliseconds, the trace time (µs) evaluation
 *   began, and the milliseconds of it spent in IPC calls to the browser process (synchronous ones: storage access
 *   checks, loading localStorage)
 */
export function scriptTime(trace, path) {
  const own = trace.main.filter((e) => (e.name == 'EvaluateScript' || e.name == 'v8.compile') && e.args && e.args.data && typeof e.args.data.url == 'string' && e.args.data.url.split('?')[0].endsWith(path));
  const spans = own.map((e) => /** @type {[number, number]} */ ([e.ts, e.ts + /** @type {number} */ (e.dur)]));
  const ipc = trace.main
    .filter((e) => e.cat.includes('mojom') && spans.some(([s, end]) => e.ts >= s && e.ts + /** @type {number} */ (e.dur) <= end))
    .map((e) => /** @type {[number, number]} */ ([e.ts, e.ts + /** @type {number} */ (e.dur)]));
  return { ms: unionLength(spans) / 1000, start: spans.length ? Math.min(...spans.map((s) => s[0])) : undefined, ipcMs: unionLength(ipc) / 1000 };
}

/**
 * Main-thread busy time between two trace times (µs): the union of top-level tasks, clipped to the window.
 * @param {Trace} trace
 * @param {number} from
 * @param {number} to
 * @returns {number} milliseconds
 */
export function busyTime(trace, from, to) {
  const spans = trace.main
    .filter((e) => e.cat.includes('toplevel') && e.ts < to && e.ts + /** @type {number} */ (e.dur) > from)
    .map((e) => /** @type {[number, number]} */ ([Math.max(from, e.ts), Math.min(to, e.ts + /** @type {number} */ (e.dur))]));
  return unionLength(spans) / 1000;
}

/**
 * The end (trace time, µs) of the top-level main-thread task running at `ts`: for a mark made in an animation-frame
 * callback, the end of that frame's task (its callbacks, style, layout, paint and commit). `undefined` when no task
 * holds it.
 * @param {Trace} trace
 * @param {number} ts
 */
export function taskEndAt(trace, ts) {
  let end;
  for (const e of trace.main) {
    if (!e.cat.includes('toplevel') || e.ts > ts || e.ts + /** @type {number} */ (e.dur) < ts) continue;
    end = Math.max(end ?? -Infinity, e.ts + /** @type {number} */ (e.dur));
  }
  return end;
}

/**
 * Long tasks (top-level main-thread tasks over 50 ms, as the Long Tasks API defines them) overlapping a window.
 * @param {Trace} trace
 * @param {number} from trace time (µs)
 * @param {number} to
 * @returns {Array<{ ms: number, what: string }>} their durations, and the biggest piece of work inside each
 *   (`EvaluateScript hearken.js`, `FunctionCall hearken.js`, `Layout`, …)
 */
export function longTasks(trace, from, to) {
  const long = trace.main
    .filter((e) => e.cat.includes('toplevel') && /** @type {number} */ (e.dur) > 50_000 && e.ts < to && e.ts + /** @type {number} */ (e.dur) > from)
    .sort((a, b) => a.ts - b.ts || /** @type {number} */ (b.dur) - /** @type {number} */ (a.dur));
  // a task nested in another (RunTask inside ThreadControllerImpl::RunTask) is the same task
  const outer = [];
  let end = -Infinity;
  for (const e of long) {
    if (e.ts + /** @type {number} */ (e.dur) <= end) continue;
    outer.push(e);
    end = e.ts + /** @type {number} */ (e.dur);
  }
  return outer.map((e) => ({ ms: Math.round(/** @type {number} */ (e.dur) / 100) / 10, what: biggestWork(trace, e) }));
}

const WORK = /^(EvaluateScript|FunctionCall|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|ParseHTML|Layout|UpdateLayoutTree|Paint|MajorGC|MinorGC|V8\.GC\w*|v8\.compile)$/;

/** The largest known piece of work inside a task, named with its script's file name when it has one. */
function biggestWork(/** @type {Trace} */ trace, /** @type {TraceEvent} */ task) {
  const end = task.ts + /** @type {number} */ (task.dur);
  let best;
  for (const e of trace.main) {
    if (e.ts < task.ts || e.ts + /** @type {number} */ (e.dur) > end || !WORK.test(e.name)) continue;
    if (!best || /** @type {number} */ (e.dur) > /** @type {number} */ (best.dur)) best = e;
  }
  if (!best) return 'unknown';
  const data = (best.args && best.args.data) || {};
  const url = data.url || (data.stackTrace && data.stackTrace[0] && data.stackTrace[0].url) || '';
  const file = url ? ' ' + String(url).split('?')[0].split('/').pop() : '';
  const fn = data.functionName ? ` (${data.functionName})` : data.type ? ` (${data.type})` : '';
  return `${best.name}${file}${fn} ${(/** @type {number} */ (best.dur) / 1000).toFixed(0)} ms`;
}

/** Events that run JavaScript on the main thread: a script's evaluation or a call into a function. */
const JS_ENTRY = /^(EvaluateScript|v8\.callFunction|v8\.run|FunctionCall)$/;
const URLED = /^(EvaluateScript|FunctionCall|v8\.compile)$/;
const urlOf = (/** @type {TraceEvent} */ e) => {
  const url = e.args && e.args.data && e.args.data.url;
  return typeof url == 'string' && url ? url.split('?')[0] : undefined;
};

/**
 * Main-thread time of one script family's JavaScript between two trace times (µs): the union of the outermost
 * JavaScript runs (`EvaluateScript`, `v8.callFunction`, …) that are its own. A run is its own when a script of it
 * is named inside it (`isOwn(url)`), or when no script is named at all (a script element's `load` listener, an
 * IndexedDB callback: on the bench's blank pages, once the family started, no other script runs unnamed).
 * A run naming only other scripts (the bench's probe) is not counted.
 * @param {Trace} trace
 * @param {number} from
 * @param {number} to
 * @param {(url: string) => boolean} isOwn
 * @returns {number} milliseconds
 */
export function ownJsTime(trace, from, to, isOwn) {
  const runs = trace.main.filter((e) => JS_ENTRY.test(e.name) && e.ts >= from && e.ts < to).sort((a, b) => a.ts - b.ts || /** @type {number} */ (b.dur) - /** @type {number} */ (a.dur));
  const named = trace.main.filter((e) => URLED.test(e.name) && urlOf(e));
  /** @type {Array<[number, number]>} */
  const spans = [];
  let end = -Infinity;
  for (const run of runs) {
    const runEnd = run.ts + /** @type {number} */ (run.dur);
    if (runEnd <= end) continue; // inside an outer run already judged
    end = runEnd;
    const urls = named.filter((e) => e.ts >= run.ts && e.ts + /** @type {number} */ (e.dur) <= runEnd).map((e) => /** @type {string} */ (urlOf(e)));
    if (!urls.length || urls.some(isOwn)) spans.push([run.ts, Math.min(to, runEnd)]);
  }
  return unionLength(spans) / 1000;
}
