import type { Clock, DeviceKind, RuleOptions } from './types';
import { detectDevice } from './device';

type Handler = (event: Event) => void;

/** What the triggers need of a window. */
export interface TriggerWindow {
  document: {
    readyState: string;
    visibilityState: string;
    documentElement: { scrollHeight: number };
    addEventListener(type: string, fn: Handler): void;
    removeEventListener(type: string, fn: Handler): void;
  };
  scrollY?: number;
  pageYOffset?: number;
  innerHeight: number;
  matchMedia?: (query: string) => { matches: boolean };
  addEventListener(type: string, fn: Handler, options?: AddEventListenerOptions): void;
  removeEventListener(type: string, fn: Handler): void;
}

/** Injected dependencies of the triggers. */
export interface TriggerDeps {
  window: TriggerWindow;
  clock: Clock;
  /** Default: `detectDevice(window)`. */
  device?: () => DeviceKind;
}

/** A set of armed triggers. */
export interface Triggers {
  /** Arms the triggers; `onFire(description)` is called once, for the first that fires, then all are disarmed. */
  start(onFire: (trigger: string) => void): void;
  /** Disarms them (a pending delay is cancelled). */
  stop(): void;
  /** `track(name)`: fires the `onEvent` trigger when `name` is its event. */
  track(name: string): void;
}

/** Fast scroll up on touch devices: at least this many pixels… */
export const EXIT_SCROLL_PX = 100;
/** …within this many milliseconds. */
export const EXIT_SCROLL_MS = 250;

/** Whether any automatic trigger other than page load is set. */
export function hasTrigger(opts: RuleOptions): boolean {
  return opts.delay !== undefined || opts.scroll !== undefined || !!opts.exitIntent || !!opts.onEvent;
}

/** Creates the triggers of `opts`: `delay`, `scroll`, `exitIntent`, `onEvent`, or page load when none is set; none for `trigger: 'manual'`. */
export function createTriggers(opts: RuleOptions, deps: TriggerDeps): Triggers {
  const win = deps.window;
  const doc = win.document;
  const { clock } = deps;
  let fire: ((trigger: string) => void) | undefined;
  let cleanups: (() => void)[] = [];

  const on = (target: TriggerWindow | TriggerWindow['document'], type: string, fn: Handler) => {
    target.addEventListener(type, fn, { passive: true } as AddEventListenerOptions);
    cleanups.push(() => target.removeEventListener(type, fn));
  };
  const fired = (trigger: string) => {
    const f = fire;
    stop();
    f?.(trigger);
  };
  function stop() {
    fire = undefined;
    const list = cleanups;
    cleanups = [];
    list.forEach((c) => c());
  }
  const scrollY = () => win.scrollY ?? win.pageYOffset ?? 0;
  // When the document is still loading its height is not final: wait for load before measuring.
  const whenLoaded = (fn: () => void) => (doc.readyState == 'complete' ? fn() : on(win, 'load', fn));

  function armScroll(percent: number) {
    const check = () => {
      const max = doc.documentElement.scrollHeight - win.innerHeight;
      if (max <= 0 || (scrollY() / max) * 100 >= percent) fired(`scroll ${percent}%`);
    };
    on(win, 'scroll', check);
    whenLoaded(check);
  }

  function armExitIntent() {
    const device = deps.device ? deps.device() : detectDevice(win);
    if (device == 'desktop') {
      on(doc, 'mouseout', (e) => {
        const m = e as MouseEvent;
        if (!m.relatedTarget && m.clientY <= 0) fired('exit intent (pointer left through the top)');
      });
      return;
    }
    let refY = scrollY();
    let refAt = clock.now();
    on(win, 'scroll', () => {
      const y = scrollY();
      const now = clock.now();
      if (y >= refY || now - refAt > EXIT_SCROLL_MS) {
        refY = y;
        refAt = now;
      } else if (refY - y >= EXIT_SCROLL_PX) fired('exit intent (fast scroll up)');
    });
    let hidden = false;
    on(doc, 'visibilitychange', () => {
      if (doc.visibilityState == 'hidden') hidden = true;
      else if (hidden) fired('exit intent (tab hidden and back)');
    });
  }

  return {
    start(onFire) {
      stop();
      if (opts.trigger == 'manual') return;
      fire = onFire;
      if (opts.onEvent) {
        const name = opts.onEvent;
        on(win, name, () => fired(`event "${name}"`));
      }
      if (opts.exitIntent) armExitIntent();
      if (opts.delay !== undefined) {
        const id = clock.setTimeout(() => fired(`delay ${opts.delay} ms`), opts.delay);
        cleanups.push(() => clock.clearTimeout(id));
      }
      if (opts.scroll !== undefined) armScroll(opts.scroll);
      else if (!hasTrigger(opts)) whenLoaded(() => fired('load'));
    },
    stop,
    track(name) {
      if (fire && opts.onEvent && name == opts.onEvent) fired(`event "${name}"`);
    },
  };
}
