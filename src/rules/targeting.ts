import type { Clock } from '../storage/index';
import { realClock } from '../storage/index';
import type { SurveyKind } from '../surveys/index';
import type { Decision, DeviceKind, Reason, RuleOptions } from './types';
import type { KeyValueStore } from '../storage/index';
import type { Consent } from './consent';
import type { CrossTab } from './cross-tab';
import type { PageLocation } from './pages';
import type { RouteWindow } from './routes';
import type { SessionCap } from './session';
import type { TriggerWindow } from './triggers';
import type { DeviceWindow } from './device';
import type { Visitor } from './visitor';
import { createTriggers } from './triggers';
import { watchRoutes } from './routes';
import { checkPages } from './pages';
import { detectDevice } from './device';
import { inSample } from './sample';
import { checkFrequency, readHistory, record, surveyKey } from './frequency';
import { countPageview, createSessionCap, pageviews } from './session';

/** Everything the targeting of one survey needs, injectable for tests. */
export interface TargetingDeps {
  window: TriggerWindow & RouteWindow & DeviceWindow & { location: PageLocation };
  survey: SurveyKind;
  touchpoint?: string;
  /** localStorage (raw: writes are gated by `consent` here). */
  local: KeyValueStore;
  /** sessionStorage, for the default `sessionCap`. */
  session: KeyValueStore;
  consent: Consent;
  clock?: Clock;
  /** The page's visitor (`createVisitor` over the consent-gated localStorage). */
  visitor: Visitor;
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
   * `onShow` may return a promise of why the prompt could not be drawn after all (`''` when it was):
   * `failed(reason)` then undoes `shown()`; otherwise `debug` logs the trigger that showed it.
   */
  start(onShow: (trigger: string) => void | Promise<Reason>): void;
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
  /**
   * Undoes `shown()` for a prompt that could not be drawn (no delivery, the UI failed to load or to
   * render): gives the cross-tab lease back and un-counts it from the session cap, so a later trigger,
   * `show()` or page view may ask. `debug` logs `not shown: ${reason}`.
   */
  failed(reason: string): void;
  /** Records an answer (starts `resurveyDays`) and tells the other tabs. */
  answered(): void;
  /** Records a close without an answer (starts `dismissDays`). */
  dismissed(): void;
}

/** What `refusal` looks at. */
interface RuleContext extends TargetingDeps {
  key: string;
  local: KeyValueStore;
  cap: SessionCap;
  device(): DeviceKind;
  clock: Clock;
}

/**
 * The rules, in the order they are asked; the first that says no decides. Lazy, so the visitor id is only
 * created once consent is granted, and storage only read when needed. `armed`: asked while arming the triggers,
 * when the cross-tab lease is not looked at (a prompt open in another tab now may be closed when a trigger fires).
 */
function refusal(opts: RuleOptions, rules: RuleContext, armed?: boolean): Reason {
  const { sample, minPageviews: min } = opts;
  const state = rules.consent.state();
  const crossTab = rules.crossTab;
  let v: string | number | undefined; // what the rule at hand looked at, for its reason
  return (
    (state != 'granted' ? 'consent: ' + state : '') ||
    checkPages(opts.pages, rules.window.location) ||
    (opts.device && (v = rules.device()) != opts.device ? `device: ${v}, not ${opts.device}` : '') ||
    (min && (v = pageviews(rules.local)) < min ? `pageviews: ${v} of ${min}` : '') ||
    (sample! < 1 && !inSample(sample!, rules.visitor.id(), rules.key) ? `sample: visitor outside ${Math.round(sample! * 1e3) / 10}%` : '') ||
    checkFrequency(readHistory(rules.local)[rules.key], rules.key, rules.survey, opts, rules.clock.now()) ||
    rules.cap.check() ||
    (!armed && (v = crossTab && crossTab.openElsewhere()) ? `cross-tab: ${v} open in another tab` : '')
  );
}

/** Creates the targeting of one survey. */
export function createTargeting(opts: RuleOptions, deps: TargetingDeps): Targeting {
  const { window: win, consent, crossTab } = deps;
  const clock = deps.clock || realClock;
  const key = surveyKey(deps.survey, deps.touchpoint);
  const local = consent.guard(deps.local);
  const cap = deps.sessionCap || createSessionCap(consent.guard(deps.session));
  const device = deps.device || (() => detectDevice(win));
  const log = deps.log || ((m: string) => console.info(m));
  const triggers = createTriggers(opts, { window: win, clock, device });
  let onShow: ((trigger: string) => void | Promise<Reason>) | undefined;
  let unwatch: (() => void) | undefined;
  let lastLog: string | undefined;
  let counted = false;

  const why = (armed?: boolean) => refusal(opts, { ...deps, key, local, cap, device, clock }, armed);

  const explain = (reason: Reason, trigger?: string) => {
    // once: not again for every scroll event or route that comes to the same verdict
    const message = `[hearken] ${key} ` + (reason ? 'not shown: ' + reason : 'shown: ' + trigger);
    if (opts.debug && message != lastLog) log((lastLog = message));
  };
  const shown = (): boolean => {
    const ok = !crossTab || crossTab.open(key);
    if (ok) cap.mark(key);
    return ok;
  };
  const failed = (reason: string) => {
    if (crossTab) crossTab.close();
    cap.unmark();
    explain(reason);
  };

  const arm = () => {
    triggers.stop();
    // Counted once consent allows the write, even if that comes later in the page view.
    if (!counted && consent.granted()) counted = countPageview(local) > 0;
    if (!onShow || opts.trigger == 'manual') return;
    const before = why(true);
    if (before) return explain(before);
    triggers.start((trigger) => {
      const reason = why() || (shown() ? '' : 'cross-tab: another tab was first');
      // "shown" once it is drawn: a prompt whose UI could not load was not shown
      const drawn = reason ? 0 : onShow!(trigger);
      if (drawn && drawn.then) drawn.then((r) => (r ? failed(r) : explain(r, trigger)));
      else explain(reason, trigger);
    });
  };

  return {
    start(fn) {
      if (onShow) return;
      onShow = fn;
      unwatch = watchRoutes(win, () => {
        cap.newPageview();
        counted = false;
        arm();
      });
      arm();
    },
    stop() {
      onShow = undefined;
      triggers.stop();
      if (unwatch) unwatch();
    },
    refresh: arm,
    track: triggers.track,
    check() {
      const reason = why();
      return { show: !reason, reason: reason || 'all rules passed' };
    },
    shown,
    failed,
    answered: () => void (record(local, key, 'answeredAt', clock.now()), crossTab && crossTab.answered(key)),
    dismissed: () => void (record(local, key, 'dismissedAt', clock.now()), crossTab && crossTab.close()),
  };
}
