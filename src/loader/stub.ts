import type { Hearken } from '../widget/index';

/** A call to `window.Hearken` made before the full script arrived, replayed by it in order. */
export interface QueuedCall {
  method: keyof Hearken;
  args: unknown[];
  /** Settles what the stub returned (`flush()`'s promise) with what the real call returned. */
  done?(result: unknown): void;
  /** `on()`: the real unsubscribe, once replayed; `cancelled` when the stub's was called before. */
  off?: () => void;
  cancelled?: boolean;
}

/** The stub's API and what the full script takes over. */
export interface Stub {
  /** `window.Hearken` (or `createHearken`'s API) until the full code arrives; it then assigns its own methods onto this same object. */
  api: Hearken;
  /** The calls waiting for the full script, oldest first. */
  calls: QueuedCall[];
}

/**
 * The API's methods. The loader hears of the first `WAKING` at once: the first four need the full script now;
 * `destroy` says nothing more is to load for this widget. `on`, `hide` and `identify` wait for it in the queue.
 */
const METHODS: (keyof Hearken)[] = ['show', 'track', 'consent', 'flush', 'destroy', 'on', 'hide', 'identify'];
const WAKING = 5;

/**
 * The light `window.Hearken`: the full API, whose calls are queued (and replayed in order by the full script);
 * `show()`, `track()`, `consent()`, `flush()` and `destroy()` also call `wake(call)`, which loads it unless the call
 * needs nothing of it now (and after `destroy()`, loads nothing more). While `cannotAsk(arg)` says why the page view
 * cannot ask (the light start's gate found so), or that no armed trigger waits for `arg` (a `track()`'s name; a
 * `consent()`'s `true`, which no trigger waits for: on an armed page consent is given already):
 * - a `track()` call is not kept at all: the full script would do nothing with it (on an armed page, only start the
 *   rules that hearken-triggers.js stands in for), so it loads nothing, and is not replayed later (on a route to an
 *   included page, it would fire the trigger there);
 * - a `consent(true)` call waits in the queue without `wake`; where the reason is `'consent'`, `grant()` has the gate
 *   decide again with consent given (a prompt that may now show wakes the full script, which replays the call).
 */
export function createStub(wake: (call: QueuedCall) => void, cannotAsk: (arg?: unknown) => unknown, grant: () => void): Stub {
  const calls: QueuedCall[] = [];
  const api = {} as Stub['api'];
  METHODS.forEach(
    (method, index) =>
      ((api as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        if (method == 'track' && cannotAsk(args[0])) return;
        const call: QueuedCall = { method, args };
        calls.push(call);
        if (index < WAKING) method == 'consent' && args[0] === true && cannotAsk(args[0]) ? cannotAsk() == 'consent' && grant() : wake(call);
        if (method == 'flush') return new Promise((resolve) => (call.done = resolve));
        if (method == 'on') return () => (call.off ? call.off() : (call.cancelled = true));
        return undefined;
      }),
  );
  return { api, calls };
}

/**
 * Replays the stub's calls on the real API, in order (the full script, once it has put its methods on `target`).
 * A call that throws is reported and the rest go on.
 */
export function replay(calls: QueuedCall[], real: Hearken, report: (message: string) => void): void {
  for (const call of calls.splice(0)) {
    if (call.cancelled) continue;
    try {
      const result = (real[call.method] as (...args: unknown[]) => unknown)(...call.args);
      if (call.method == 'on') call.off = result as () => void;
      if (call.done) call.done(result);
    } catch (error) {
      report(`[hearken] ${call.method}() failed: ${error}`);
    }
  }
}
