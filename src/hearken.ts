import type { HearkenEventName, SurveyKind } from './types';
import type { HearkenOptions } from './config/options';
import type { Listener } from './emitter';
import type { Delivery } from './outbox/delivery';
import type { OpenPrompt } from './prompt';
import type { Targeting } from './rules/targeting';
import type { Reason } from './rules/types';
import type { PromptKit } from './kit';
import type { Pipelines } from './transports/pipelines';
import { createEmitter } from './emitter';
import { checkOptions } from './config/options';
import { show as quote } from './config/checks';
import { createDelivery } from './outbox/delivery';
import { resolveTransport } from './transports/index';
import { createTargeting } from './rules/targeting';
import { surveyKey } from './rules/frequency';
import { pageContext } from './page';
import { openPrompt } from './prompt';

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
  /** Listens to `show`, `answer`, `dismiss`, `sent`, `drop`, `error`; returns the unsubscribe function. */
  on<K extends HearkenEventName>(event: K, fn: Listener<K>): () => void;
  /** Records your id for the visitor, and traits copied into each answer's `meta`. */
  identify(userId: string, traits?: Record<string, string | number | boolean>): void;
  /**
   * Fires the `onEvent` trigger of that name (as a `CustomEvent` of that name on `window` does), also
   * when called right after the widget was created, before its rules started (they start first).
   */
  track(name: string): void;
  /** Grants (`true`) or withdraws (`false`) consent; withdrawing erases what hearken stored. */
  consent(granted: boolean): void;
  /** Tries to deliver the answers waiting in the outbox now. */
  flush(): Promise<void>;
  /** Removes every prompt and listener; answers not yet delivered stay in the outbox for the next visit. */
  destroy(): void;
  /** @internal The outbox this widget delivers through, shared with inline mounts. */
  _delivery?: Delivery;
  /** @internal Starts asking by the rules (what a `survey` option does at creation). */
  _ask(): void;
}

/** Where a hearken instance runs; tests pass a jsdom window, SSR has none. */
export interface HearkenEnv {
  window?: Window & typeof globalThis;
  /** Reports a configuration problem; default `console.error`. */
  report?: (message: string) => void;
  /** Names options in messages (the script tag names them `data-…`). */
  nameOf?: (option: string) => string;
  /** A delivery to share between widgets of one page (the script tag's and its inline mounts). */
  delivery?: Delivery;
  /** @internal An endpoint attribute was given but rejected (and reported): not reported again as missing. */
  endpointGiven?: boolean;
  /** Loads the UI and texts: a dynamic import (npm) or `dist/hearken-ui.js` (script tag). */
  loadKit: () => Promise<PromptKit>;
  /** Loads the `segment` and `posthog` transports: a dynamic import (npm) or `dist/hearken-pipelines.js`. */
  loadPipelines?: () => Promise<Pipelines>;
}

const noop = () => {};

/** Creates a widget (`createHearken` of the npm entry, and the script tag's `window.Hearken`). */
export function createWidget(options: HearkenOptions = {}, env: HearkenEnv): Hearken {
  const win = env.window || (typeof window != 'undefined' ? window : undefined);
  const emitter = createEmitter();
  const nameOf = env.nameOf || String;
  const report = (message: string) => {
    (env.report || console.error)(message);
    emitter.emit('error', { message });
  };
  const raw = (options && typeof options == 'object' ? options : {}) as Record<string, unknown>;
  const api: Hearken = {
    show: noop,
    hide: noop,
    on: (event, fn) => emitter.on(event, fn),
    identify: noop,
    track: noop,
    consent: noop,
    flush: () => (api._delivery ? api._delivery.flush() : Promise.resolve()),
    destroy: noop,
    _delivery: env.delivery,
    _ask: noop,
  };
  // Server-side rendering: nothing to do, and a relative endpoint cannot be judged without a page.
  if (!win) return api;
  const base = checkOptions(raw, report, nameOf, win.location.href);

  const page = pageContext(win, base);
  const prompts = new Map<unknown, { prompt: OpenPrompt; key: string }>();
  const targetings = new Map<string, Targeting>();
  const canDeliver = !!(env.delivery || base.endpoint || (base.transport && (typeof base.transport != 'string' || base.transport == 'dataLayer')));
  if (!canDeliver && raw.endpoint === undefined && !env.endpointGiven)
    report(`[hearken] ${nameOf('endpoint')} is required (the http(s) URL answers are sent to), got ${quote('')}`);
  if ((base.transport == 'segment' || base.transport == 'posthog') && !base.writeKey && raw.writeKey === undefined)
    report(`[hearken] ${nameOf('writeKey')} is required with the ${base.transport} transport, got ${quote('')}`);
  let ownDelivery: Delivery | undefined;
  let destroyed = false;
  let userId = base.userId;
  let traits: Record<string, string> = {};
  // inline prompts asked for while consent was pending, shown once it is granted
  let waiting: HearkenOptions[] = [];

  const deliver = (): Delivery | undefined => {
    if (!api._delivery && canDeliver && page.consent.granted() && !destroyed) {
      api._delivery = ownDelivery = createDelivery({
        transport: resolveTransport(base.transport, { ...base, window: win, loadPipelines: env.loadPipelines }),
        // with debug, what goes wrong in delivery is on the console too (a refusing or redirecting endpoint)
        emit(name, payload) {
          if (base.debug && name != 'sent') console.warn('[hearken] ' + name, payload);
          emitter.emit(name, payload);
        },
        window: win,
        maxEntries: base.maxEntries,
        ttlMs: base.ttlDays && base.ttlDays * 864e5,
        timeoutMs: base.timeoutMs,
      });
      // In a task of its own (opening the outbox and flushing earlier visits' answers), so that the
      // script's evaluation stays one short task; answers added before it are flushed on add anyway.
      const started = ownDelivery;
      win.setTimeout(() => started.start(), 0);
    }
    return api._delivery;
  };

  const targetingFor = (o: HearkenOptions): Targeting => {
    const key = surveyKey(o.survey || 'nps', o.touchpoint);
    let t = targetings.get(key);
    if (!t) {
      t = createTargeting(o, {
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
      targetings.set(key, t);
    }
    return t;
  };

  // The loader hands out the same promise until it settles (a preload and the show share it): one failed load, one error.
  let failed: Promise<PromptKit> | undefined;
  const loadKit = () => {
    const loading = env.loadKit();
    loading.catch((error: unknown) => {
      if (failed != loading) report('[hearken] could not load the prompt: ' + ((error as Error).message || error));
      failed = loading;
    });
    return loading;
  };

  // Draws a prompt; resolves with why it could not be drawn ('' when it was), so the caps it took are given back.
  const open = (o: HearkenOptions): Promise<Reason> => {
    const delivery = deliver();
    return delivery
      ? loadKit().then(
          (kit) => (guard('show', () => render(kit, delivery, o)) ? '' : 'ui: show failed'),
          (error: unknown) => 'ui: could not load the prompt: ' + ((error as Error).message || error),
        )
      : Promise.resolve('endpoint: none');
  };

  const render = (kit: PromptKit, delivery: Delivery, o: HearkenOptions) => {
    const slot = o.target || 'float';
    prompts.get(slot)?.prompt.remove();
    const targeting = targetingFor(o);
    const nav = win.navigator;
    const resolved = kit.resolvePrompt(o, [win.document.documentElement.lang, ...(nav.languages || [nav.language])], report, nameOf);
    const entry = {
      key: surveyKey(resolved.survey, o.touchpoint),
      prompt: openPrompt({
        render: kit.renderPrompt,
        window: win,
        prompt: resolved,
        options: o,
        store: (answer) => {
          // Recorded at commit, not when the prompt ends: a page left at the comment step still counts as answered.
          targeting.answered();
          return delivery.add(answer).then(noop, (error: unknown) => report('[hearken] could not store the answer: ' + error));
        },
        identity: () => ({ visitorId: page.visitor.id(), userId, traits }),
        emit: emitter.emit,
        onEnd(answered, dismissed) {
          if (prompts.get(slot) === entry) prompts.delete(slot);
          if (dismissed && !answered) targeting.dismissed();
          // The cross-tab lease is the floating prompt's: given back however it ends (hide(), answered in
          // another tab, consent withdrawn), and kept (taken again) while it is still open.
          const floating = prompts.get('float');
          floating ? page.crossTab.open(floating.key) : page.crossTab.close();
        },
      }),
    };
    prompts.set(slot, entry);
    emitter.emit('show', { survey: resolved.survey, touchpoint: o.touchpoint });
    return true;
  };

  const guard = <T>(what: string, fn: () => T): T | undefined => {
    try {
      if (!destroyed) return fn();
    } catch (error) {
      // Never into the host page: a bug here becomes one console line and an error event.
      report(`[hearken] ${what} failed: ${error}`);
    }
    return undefined;
  };

  const commitAll = () => prompts.forEach((p) => p.prompt.commitPending());
  const onHidden = () => win.document.visibilityState == 'hidden' && commitAll();
  // A page left with a prompt open gives the cross-tab lease back (else other tabs wait for it to expire),
  // and takes it again if it comes back from the back/forward cache.
  const onPageHide = () => (commitAll(), page.crossTab.close());
  const onPageShow = (e: PageTransitionEvent) => e.persisted && prompts.has('float') && page.crossTab.open(prompts.get('float')!.key);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);
  win.document.addEventListener('visibilitychange', onHidden);
  // Registered after the listeners above, so answers committed on pagehide are in the outbox before it flushes.
  deliver();

  const offRemote = page.crossTab.onRemoteAnswer((key) => prompts.forEach((p) => p.key == key && p.prompt.remove()));
  const offConsent = page.onConsent((state) => {
    if (state == 'granted') {
      deliver();
      targetings.forEach((t) => t.refresh());
      waiting.forEach((o) => guard('show', () => open(o)));
      waiting = [];
    } else {
      prompts.forEach((p) => p.prompt.remove());
      ownDelivery?.destroy();
      if (api._delivery == ownDelivery) api._delivery = ownDelivery = undefined;
    }
  });

  // The rules read storage and arm their triggers in the task after the one that created the widget, so the
  // script's evaluation stays short; a show() or track() called before then starts them first (the page
  // view counts), and so does the onEvent event: it is remembered until the rules start (the script tag
  // asks only from DOMContentLoaded), then fires the trigger once (a listener added during a dispatch is
  // not called for it).
  let asking: (() => void) | undefined;
  let missed = false;
  const ask = () => {
    const start = asking;
    asking = undefined;
    if (start) start();
  };
  const early = () => {
    missed = true;
    ask();
  };
  if (base.onEvent) win.addEventListener(base.onEvent, early);
  api._ask = () => {
    if (!asking) win.setTimeout(ask, 0);
    asking = startRules;
  };
  const startRules = () =>
    guard('starting the rules', () => {
      win.removeEventListener(base.onEvent!, early);
      const targeting = targetingFor(base);
      // Also when manual (no triggers are armed then): the page view counts for data-min-pageviews.
      targeting.start(() => guard('show', () => open(base)));
      if (missed) (missed = false), targeting.track(base.onEvent!);
      // A prompt may come on this page: fetch the UI while the triggers wait.
      if (base.trigger != 'manual' && targeting.check().show && canDeliver) loadKit().catch(noop);
    });
  if (raw.survey !== undefined && base.survey) api._ask();

  api.show = (survey, overrides) =>
    guard('show', () => {
      ask();
      const extra = checkOptions({ ...overrides, ...(survey !== undefined && { survey }) }, report, nameOf, win.location.href);
      if (survey !== undefined && !extra.survey) return;
      // An inline mount's data-meta-* add to the script tag's, rather than replace them.
      const o = { ...base, ...extra, meta: extra.meta ? { ...base.meta, ...extra.meta } : base.meta };
      if (!page.consent.granted()) return void (o.target && page.consent.state() == 'pending' && waiting.push(o));
      let t: Targeting | undefined;
      if (!o.target) {
        t = targetingFor(o);
        const decision = t.check();
        if (!decision.show) {
          if (o.debug) console.info(`[hearken] ${o.survey || 'nps'} not shown: ${decision.reason}`);
          return;
        }
        if (!t.shown()) return;
      }
      open(o).then((why) => why && t && t.failed(why));
    });
  // The host closing a prompt is not the visitor dismissing it: no `dismiss`, no dismiss-days wait.
  api.hide = () => prompts.forEach((p) => p.prompt.remove());
  api.identify = (id, extra) =>
    guard('identify', () => {
      if (typeof id != 'string' || !id.trim()) return report(`[hearken] identify(userId) must be a non-empty text, got ${quote(id)}`);
      userId = id.trim();
      traits = { ...traits, ...checkOptions({ meta: extra || {} }, report, () => 'identify(traits)').meta };
    });
  api.track = (name) =>
    guard('track', () => {
      if (typeof name != 'string') return report(`[hearken] track(name) must be a text, got ${quote(name)}`);
      name === base.onEvent ? early() : ask();
      targetings.forEach((t) => t.track(name));
    });
  api.consent = (granted) => guard('consent', () => page.consent.consent(!!granted));
  api.destroy = () => {
    if (destroyed) return;
    prompts.forEach((p) => p.prompt.remove());
    destroyed = true;
    asking = undefined;
    win.removeEventListener(base.onEvent!, early);
    targetings.forEach((t) => t.stop());
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('pageshow', onPageShow);
    win.document.removeEventListener('visibilitychange', onHidden);
    offRemote();
    offConsent();
    ownDelivery?.destroy();
    emitter.clear();
  };
  return api;
}
