import type { HearkenEventName } from './types';
import type { SurveyKind } from '../surveys/index';
import type { Describe, HearkenOptions } from '../config/index';
import type { Delivery } from '../outbox/index';
import type { Listener } from './events';
import type { PromptKit } from '../ui/index';
import type { Pipelines } from '../transports/index';
import type { MakeDelivery } from './outbox-delivery';
import { checkOptions, plainWords, sayInOrder } from '../config/index';
import { show as quote } from '../config/index';
import { createEmitter } from './events';
import { pageContext } from './page';
import { pageLeave } from './page-leave';
import { createDeliverySlot } from './delivery';
import { createPrompts } from './prompts';
import { createAsking } from './asking';
import { checkDelivery } from './check-delivery';
import { createShow } from './show';

/** A hearken widget: the same API on `window.Hearken` and on `createHearken(options)`. */
export interface Hearken {
  /**
   * Shows a prompt now, if the rules allow (consent, pages, sample, frequency caps; triggers are
   * skipped). `survey` picks the question; `overrides` change any option for this prompt, e.g.
   * `{ target: el }` renders it inside `el`, which only consent can stop.
   */
  show(survey?: SurveyKind, overrides?: HearkenOptions): void;
  /** Closes the open prompts (a picked score is still committed); not counted as the visitor's dismissal. */
  hide(): void;
  /** Listens to `show`, `answer`, `dismiss`, `review`, `sent`, `drop`, `error`; returns the unsubscribe function. */
  on<K extends HearkenEventName>(event: K, fn: Listener<K>): () => void;
  /** Records your id for the visitor, and traits copied into each answer's `meta`. */
  identify(userId: string, traits?: Record<string, string | number | boolean>): void;
  /**
   * Fires the `onEvent` trigger of that name (as a `CustomEvent` of that name on `window` does), also
   * when called right after the widget was created, before its rules started (they start first).
   */
  track(name: string): void;
  /**
   * Grants (`true`) or withdraws (`false`) consent; withdrawing erases what hearken stored. Only `true` grants: any
   * other value (`'denied'`, Consent Mode's word, was read as a grant) is reported and withdraws.
   */
  consent(granted: boolean): void;
  /** Tries to deliver the answers waiting in the outbox now. */
  flush(): Promise<void>;
  /**
   * Removes every prompt and listener; answers not yet delivered stay in the outbox for the next visit. Guarded
   * like the others: on a page tearing down (a window already gone) it is one `[hearken]` line, never a throw.
   */
  destroy(): void;
}

/** What the script tag and `<hearken-survey>` get from a widget beyond its public API. */
export interface Widget {
  api: Hearken;
  /** Starts asking by the rules (what a `survey` option does at creation). */
  ask(): void;
  /** The outbox this widget delivers through, shared with inline mounts and elements. */
  delivery(): Delivery | undefined;
}

/** Where a hearken instance runs; tests pass a jsdom window, SSR has none. */
export interface HearkenEnv {
  window?: Window & typeof globalThis;
  /** Reports a configuration problem; default `console.error`. */
  report?: (message: string) => void;
  /**
   * Puts a refused option in words (`describeBad` of config/messages.ts: what a good value looks like, "did you mean
   * …?"), at once or once they have loaded (the script tag's `dist/hearken-messages.js`); without it, the message
   * names the option and the value only.
   */
  describe?: Describe;
  /** Names options in messages (the script tag names them `data-…`). */
  nameOf?: (option: string) => string;
  /** A delivery to share between widgets of one page (the script tag's and its inline mounts). */
  delivery?: Delivery;
  /** @internal An endpoint attribute was given but rejected (and reported): not reported again as missing. */
  endpointGiven?: boolean;
  /** Loads the UI and texts: a dynamic import (npm) or `dist/hearken-ui.js` (script tag). */
  loadKit: () => Promise<PromptKit>;
  /** @internal The UI came with the full script (the script tag's `dist/hearken-prompt.js`): see `AskingDeps.uiHere`. */
  uiHere?: boolean;
  /** Loads the outbox and transports when answers wait or a prompt shows: a dynamic import (npm) or `dist/hearken-delivery.js`. */
  loadDelivery: () => Promise<MakeDelivery>;
  /** Loads the `segment` and `posthog` transports: a dynamic import (npm) or `dist/hearken-pipelines.js`. */
  loadPipelines?: () => Promise<Pipelines>;
}

const noop = () => {};

/** Creates a widget: `createHearken` of the npm entry, the script tag's `window.Hearken`, each `<hearken-survey>`. */
export function createWidget(options: HearkenOptions = {}, env: HearkenEnv): Widget {
  const win = env.window || (typeof window != 'undefined' ? window : undefined);
  const emitter = createEmitter();
  const nameOf = env.nameOf || String;
  const report = sayInOrder(env.describe || plainWords, (message) => ((env.report || console.error)(message), queueMicrotask(() => emitter.emit('error', { message }))));
  const raw = (options && typeof options == 'object' ? options : {}) as Record<string, unknown>;
  const on: Hearken['on'] = (event, fn) => emitter.on(event, fn);
  // Server-side rendering: nothing to do, and a relative endpoint cannot be judged without a page.
  if (!win) {
    const api = { show: noop, hide: noop, on, identify: noop, track: noop, consent: noop, flush: () => Promise.resolve(), destroy: noop };
    return { api, ask: noop, delivery: () => env.delivery };
  }
  const base = checkOptions(raw, report, nameOf, win.location.href);
  const page = pageContext(win, base);
  const leave = pageLeave(win);
  const canDeliver = checkDelivery(base, raw, env, report, nameOf);
  let destroyed = false;
  let userId = base.userId;
  let traits: Record<string, string> = {};
  const guard = <T>(what: string, fn: () => T): T | undefined => {
    try {
      if (!destroyed) return fn();
    } catch (error) {
      // Never into the host page: a bug here becomes one console line and an error event.
      report(`[hearken] ${what} failed: ${error}`);
    }
    return undefined;
  };
  const outbox = createDeliverySlot({ window: win, options: base, emitter, leave, report, loadDelivery: env.loadDelivery, loadPipelines: env.loadPipelines, shared: env.delivery, canDeliver, allowed: () => page.consent.granted() && !destroyed, nameOf, given: raw.endpoint });
  const asking = createAsking({ window: win, options: base, page, canDeliver, guard, show: () => guard('show', () => prompts.open(base)), preload: () => prompts.preload(base), uiHere: env.uiHere });
  const prompts = createPrompts({
    window: win, page, emitter, report, nameOf, guard, loadKit: env.loadKit,
    delivery: outbox.get,
    targetingFor: asking.targetingFor,
    identity: () => ({ visitorId: page.visitor.id(), userId, traits }),
  });
  const stops = [
    leave.on('commit', prompts.commitAll),
    // a page left with a prompt open gives the cross-tab lease back (else other tabs wait for it to expire)
    leave.on('release', (kind) => kind == 'pagehide' && page.crossTab.close()),
    leave.onReturn(() => prompts.floatingKey() && page.crossTab.open(prompts.floatingKey()!)),
    page.crossTab.onRemoteAnswer((key) => prompts.removeAll(key, true)),
    page.onConsent((state) => {
      if (state != 'granted') return prompts.removeAll(), outbox.drop();
      outbox.get();
      asking.refresh();
      shows.showWaiting();
    }),
  ];
  const shows = createShow({ window: win, options: base, page, asking, prompts, report, nameOf, guard });
  outbox.get();
  if (raw.survey !== undefined) asking.ask(); // a rejected survey (reported) asks the default one

  const api: Hearken = {
    show: (survey, overrides) => guard('show', () => shows.show(survey, overrides)),
    // The host closing a prompt is not the visitor dismissing it: no `dismiss`, no dismiss-days wait.
    hide: () => prompts.removeAll(),
    on,
    identify: (id, extra) =>
      guard('identify', () => {
        if (typeof id != 'string' || !id.trim()) return report(`[hearken] identify(userId) must be a non-empty text, got ${quote(id)}`);
        userId = id.trim();
        traits = { ...traits, ...checkOptions({ meta: extra || {} }, report, () => 'identify(traits)').meta };
      }),
    track: (name) =>
      guard('track', () => (typeof name != 'string' ? report(`[hearken] track(name) must be a text, got ${quote(name)}`) : asking.track(name))),
    consent: (granted) => guard('consent', () => page.consent.consent(granted === !!granted ? granted : !!(report(`[hearken] consent(granted) must be a boolean, got ${quote(granted)}`) as unknown))),
    flush: () => (outbox.get() ? outbox.get()!.flush() : Promise.resolve()),
    destroy: () =>
      guard('destroy', () => {
        prompts.removeAll();
        destroyed = true;
        asking.stop();
        stops.forEach((stop) => stop());
        outbox.drop();
        emitter.clear();
      }),
  };
  return { api, ask: asking.ask, delivery: outbox.get };
}
