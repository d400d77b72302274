import type { HearkenOptions } from '../config/index';
import type { Targeting } from '../rules/index';
import type { PageContext } from './page';
import { createTargeting } from '../rules/index';
import { PRELOAD_LEAD_MS, surveyKey } from '../rules/index';


/** Asking by the rules: one targeting per survey and touchpoint, and the start of the triggers. */
export interface Asking {
  /** The targeting of these options' survey and touchpoint, made at first use. */
  targetingFor(options: HearkenOptions): Targeting;
  /** Starts asking by the rules in the next task (what a `survey` option does at creation). */
  ask(): void;
  /** Starts the rules now if they were asked to start and have not yet. */
  startNow(): void;
  /** `track(name)`: fires the `onEvent` trigger of that name, starting the rules first. */
  track(name: string): void;
  /** Consent was granted: the rules look again. */
  refresh(): void;
  /** Forgets the rules' triggers and listeners. */
  stop(): void;
}

/** What `createAsking` needs. */
export interface AskingDeps {
  window: Window;
  options: HearkenOptions;
  page: PageContext;
  /** Shows a prompt by these options, once a trigger fired. */
  show(): void;
  /** A prompt will come on this page (on load, or when a delay ends): fetch the UI while the triggers wait. */
  preload(): void;
  /**
   * The question's UI came with the full script (the script tag's `hearken-prompt.js`, which the light start loads
   * when its rules found that a prompt may show now): a prompt that would come at once has its texts fetched as the
   * rules are asked to start, while they wait for their task.
   */
  uiHere?: boolean;
  canDeliver: boolean;
  guard<T>(what: string, fn: () => T): T | undefined;
}

/**
 * Creates the asking of a widget. The rules read storage and arm their triggers in the task after the one that
 * created the widget, so the script's evaluation stays short; a show() or track() called before then starts them
 * first (the page view counts), and so does the `onEvent` event: it is remembered until the rules start (the
 * script tag asks only from DOMContentLoaded), then fires the trigger once (a listener added during a dispatch is
 * not called for it).
 */
export function createAsking(deps: AskingDeps): Asking {
  const { window: win, options: base, page } = deps;
  const targetings = new Map<string, Targeting>();
  let starting: (() => void) | undefined;
  let missed = false;
  let preloading: number | undefined;

  const targetingFor = (o: HearkenOptions): Targeting => {
    const key = surveyKey(o.survey || 'nps', o.touchpoint);
    let targeting = targetings.get(key);
    if (!targeting) {
      targeting = createTargeting(o, {
        window: win,
        survey: o.survey || 'nps',
        touchpoint: o.touchpoint,
        local: page.local,
        session: page.session,
        consent: page.consent,
        visitor: page.visitor,
        sessionCap: page.cap,
        crossTab: page.crossTab,
      });
      targetings.set(key, targeting);
    }
    return targeting;
  };
  const startNow = () => {
    const start = starting;
    starting = undefined;
    if (start) start();
  };
  const early = () => {
    missed = true;
    startNow();
  };
  const waits = () => base.scroll != null || base.exitIntent || base.onEvent;
  const startRules = () =>
    deps.guard('starting the rules', () => {
      win.removeEventListener(base.onEvent!, early);
      const targeting = targetingFor(base);
      // Also when manual (no triggers are armed then): the page view counts for data-min-pageviews.
      targeting.start(deps.show);
      if (missed) (missed = false), targeting.track(base.onEvent!);
      if (base.trigger != 'manual' && targeting.check().show && deps.canDeliver) {
        // A prompt may come. A delay's UI is fetched a little before the delay ends (at once for a short one or none);
        // a scroll, exit intent or event may never come: its UI is fetched when it does, as hearken-triggers.js does
        // for a returning visitor (a visitor who leaves first never downloads it).
        if (base.delay! > PRELOAD_LEAD_MS) preloading = win.setTimeout(deps.preload, base.delay! - PRELOAD_LEAD_MS);
        else if (!waits()) deps.preload();
      }
    });
  if (base.onEvent) win.addEventListener(base.onEvent, early);

  return {
    targetingFor,
    ask() {
      // the UI is here and a prompt would come at once: its texts are fetched now, while the rules wait for their
      // task, which checks what the light start did not (a rule of the full script's may still say no: the texts then
      // came for nothing); not under consent denied or pending, which would say no for sure
      if (!starting) win.setTimeout(startNow, 0), deps.uiHere && base.trigger != 'manual' && deps.canDeliver && !(base.delay! > PRELOAD_LEAD_MS) && !waits() && page.consent.state() == 'granted' && deps.preload();
      starting = startRules;
    },
    startNow,
    track(name) {
      name === base.onEvent ? early() : startNow();
      targetings.forEach((targeting) => targeting.track(name));
    },
    refresh: () => targetings.forEach((targeting) => targeting.refresh()),
    stop() {
      starting = undefined;
      win.clearTimeout(preloading);
      win.removeEventListener(base.onEvent!, early);
      targetings.forEach((targeting) => targeting.stop());
    },
  };
}
