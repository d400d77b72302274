import type { Clock } from '../storage/index';
import type { DeviceKind, RuleOptions } from './types';

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
  innerHeight: number;
  addEventListener(type: string, fn: Handler, options?: AddEventListenerOptions): void;
  removeEventListener(type: string, fn: Handler): void;
}

/** Injected dependencies of the triggers. */
export interface TriggerDeps {
  window: TriggerWindow;
  clock: Clock;
  /** Decides how `exitIntent` is detected (pointer on desktop, scroll and tab switches on mobile). */
  device: () => DeviceKind;
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

/**
 * Creates the triggers of `opts`: `delay` (from page load), `scroll`, `exitIntent`, `onEvent`, or page
 * load when none is set. (`trigger: 'manual'` is the targeting's business: it never starts them.)
 */
export function createTriggers(opts: RuleOptions, deps: TriggerDeps): Triggers {
  const { window: win, clock } = deps;
  const { delay, scroll, onEvent } = opts;
  const doc = win.document;
  const offs: (() => void)[] = [];
  let fire: ((trigger: string) => void) | undefined;

  const stop = () => {
    fire = undefined;
    offs.splice(0).forEach((off) => off());
  };
  const fired = (trigger: string) => {
    const f = fire;
    stop();
    if (f) f(trigger);
  };
  const on = (target: TriggerWindow | TriggerWindow['document'], type: string, fn: Handler) => {
    target.addEventListener(type, fn, { passive: true } as AddEventListenerOptions);
    offs.push(() => target.removeEventListener(type, fn));
  };
  const y = () => win.scrollY || 0;
  // When the document is still loading its height is not final: wait for load before measuring.
  const whenLoaded = (fn: () => void) => (doc.readyState == 'complete' ? fn() : on(win, 'load', fn));

  const armExitIntent = () => {
    if (deps.device() == 'desktop') {
      return on(doc, 'mouseout', (e) => {
        const m = e as MouseEvent;
        if (!m.relatedTarget && m.clientY <= 0) fired('exit intent (pointer left)');
      });
    }
    // touch: a scroll up of 100 px or more within 250 ms, or the tab hidden and visible again
    let refY = y();
    let refAt = clock.now();
    let hidden = false;
    on(win, 'scroll', () => {
      const now = clock.now();
      if (y() >= refY || now - refAt > 250) (refY = y()), (refAt = now);
      else if (refY - y() >= 100) fired('exit intent (scroll up)');
    });
    on(doc, 'visibilitychange', () => {
      if (doc.visibilityState == 'hidden') hidden = true;
      else if (hidden) fired('exit intent (tab back)');
    });
  };

  return {
    start(onFire) {
      stop();
      fire = onFire;
      if (onEvent) on(win, onEvent, () => fired(`event "${onEvent}"`));
      if (opts.exitIntent) armExitIntent();
      // counted from the window's load (at once when it has loaded: a later start, an SPA route change)
      if (delay != null)
        whenLoaded(() => {
          // browsers run a timer of more than 2^31−1 ms at once
          const id = clock.setTimeout(() => fired(`delay ${delay} ms`), Math.min(delay, 2147483647));
          offs.push(() => clock.clearTimeout(id));
        });
      // last: these may fire at once, which disarms everything armed before
      if (scroll != null) {
        const check = () => {
          const max = doc.documentElement.scrollHeight - win.innerHeight;
          if (max <= 0 || (y() / max) * 100 >= scroll) fired(`scroll ${scroll}%`);
        };
        on(win, 'scroll', check);
        whenLoaded(check);
      } else if (delay == null && !opts.exitIntent && !onEvent) whenLoaded(() => fired('load'));
    },
    stop,
    track(name) {
      if (fire && name == onEvent) fired(`event "${name}"`);
    },
  };
}
