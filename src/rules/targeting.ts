import type { SurveyKind } from '../types';
import type { Clock, Decision, DeviceKind, RuleOptions } from './types';
import type { KeyValueStore } from './storage';
import type { Consent } from './consent';
import type { CrossTab } from './cross-tab';
import type { PageLocation } from './pages';
import type { RouteWindow } from './routes';
import type { SessionCap } from './session';
import type { TriggerWindow } from './triggers';
import type { Visitor } from './visitor';
import { realClock } from './types';
import { createTriggers } from './triggers';
import { watchRoutes } from './routes';
import { evaluate } from './evaluate';
import { detectDevice } from './device';
import { readHistory, recordAnswer, recordDismiss, surveyKey } from './frequency';
import { countPageview, createSessionCap, pageviews } from './session';
import { createVisitor } from './visitor';

/** Everything the targeting of one survey needs, injectable for tests. */
export interface TargetingDeps {
  window: TriggerWindow & RouteWindow & { location: PageLocation };
  survey: SurveyKind;
  touchpoint?: string;
  /** localStorage and sessionStorage (raw: writes are gated by `consent` here). */
  local: KeyValueStore;
  session: KeyValueStore;
  consent: Consent;
  clock?: Clock;
  /** Default: a visitor over the consent-gated localStorage. */
  visitor?: Visitor;
  /** Share one between the widgets of a page; default: one of its own. */
  sessionCap?: SessionCap;
  crossTab?: CrossTab;
  device?: () => DeviceKind;
  /** Where `debug` logs; default `console.info`. */
  log?: (message: string) => void;
}

/** The targeting of one survey on one page: triggers, filters and caps wired together. */
export interface Targeting {
  /**
   * Counts the page view and arms the triggers when the filters pass; `onShow(trigger)` is called
   * when one fires and every rule still passes. Each route change of a single-page app is a new page
   * view: pending triggers are cancelled and re-armed only if the new page passes the filters.
   */
  start(onShow: (trigger: string) => void): void;
  /** Cancels pending triggers and stops watching routes. */
  stop(): void;
  /** Re-evaluates the current page without starting a new page view (e.g. after consent was granted). */
  refresh(): void;
  /** Forwards `track(name)` to the `onEvent` trigger. */
  track(name: string): void;
  /** The rules' decision now, without any trigger (for a host's `show()`). */
  check(): Decision;
  /** Records a prompt shown now (session cap, cross-tab lease); false when another tab took the lease first. */
  shown(): boolean;
  /** Records an answer (starts `resurveyDays`) and tells the other tabs. */
  answered(): void;
  /** Records a close without an answer (starts `dismissDays`). */
  dismissed(): void;
}

/** Creates the targeting of one survey. */
export function createTargeting(opts: RuleOptions, deps: TargetingDeps): Targeting {
  const win = deps.window;
  const clock = deps.clock || realClock;
  const key = surveyKey(deps.survey, deps.touchpoint);
  const local = deps.consent.guard(deps.local);
  const visitor = deps.visitor || createVisitor(local);
  const cap = deps.sessionCap || createSessionCap(deps.consent.guard(deps.session));
  const device = deps.device || (() => detectDevice(win));
  const log = deps.log || ((m: string) => console.info(m));
  const triggers = createTriggers(opts, { window: win, clock, device });
  let onShow: ((trigger: string) => void) | undefined;
  let unwatch: (() => void) | undefined;
  let lastLog: string | undefined;
  let counted = false;
  // Counted once consent allows the write, even if that comes later in the page view.
  const count = () => {
    if (!counted && deps.consent.granted()) counted = (countPageview(local), true);
  };

  const explain = (decision: Decision, trigger?: string) => {
    const message = decision.show
      ? `[hearken] ${key} shown: ${trigger} fired, ${decision.reason}`
      : `[hearken] ${key} not shown: ${decision.reason}`;
    // once: not again for every scroll event or route that comes to the same verdict
    if (opts.debug && message != lastLog) log((lastLog = message));
  };

  const check = (): Decision =>
    evaluate(opts, {
      survey: deps.survey,
      key,
      consent: deps.consent.state(),
      location: win.location,
      device,
      visitorId: visitor.id,
      history: readHistory(deps.local)[key],
      pageviews: pageviews(deps.local),
      session: cap.check,
      openElsewhere: () => deps.crossTab?.openElsewhere(),
      now: clock.now(),
    });

  const shown = (): boolean => {
    if (deps.crossTab && !deps.crossTab.open(key)) return false;
    cap.mark(key);
    return true;
  };

  const arm = () => {
    triggers.stop();
    count();
    if (!onShow || opts.trigger == 'manual') return;
    const before = check();
    if (!before.show) return explain(before);
    triggers.start((trigger) => {
      let decision = check();
      if (decision.show && !shown()) decision = { show: false, reason: 'cross-tab: another tab opened a prompt first' };
      explain(decision, trigger);
      if (decision.show) onShow?.(trigger);
    });
  };

  const enterPage = () => {
    cap.newPageview();
    counted = false;
    arm();
  };

  return {
    start(fn) {
      if (onShow) return;
      onShow = fn;
      unwatch = watchRoutes(win, enterPage);
      arm();
    },
    stop() {
      onShow = undefined;
      triggers.stop();
      unwatch?.();
      unwatch = undefined;
    },
    refresh: arm,
    track: triggers.track,
    check,
    shown,
    answered() {
      recordAnswer(local, key, clock.now());
      deps.crossTab?.answered(key);
    },
    dismissed() {
      recordDismiss(local, key, clock.now());
      deps.crossTab?.close();
    },
  };
}
