import type { Hearken, HearkenEnv } from './widget/index';
import type { HearkenOptions } from './config/index';
import type { ElementLifecycle, WaitLeft } from './loader/index';
import { createStub, defineLightElement, localStore, onRouteChange, optionReader, optionsLightReason, optionsText } from './loader/index';
import { countPageview } from './rules/index';

// Only the light part is imported with `createHearken`: the stub, and the script tag's gate on the options
// (loader/options.ts). The widget (checks, rules) is a chunk imported when a prompt may show, answers wait or the app
// calls the API; the options' checks alone one imported on a page view that may stay light but whose options were not
// found right before, as hearken-checks.js is for the script tag; the triggers (scroll, exit intent, an event, a long delay) one imported when only they say when a
// prompt comes, as hearken-triggers.js is for the script tag; the outbox and transports one imported when answers wait or a prompt is on screen; the UI (the
// question and its texts) one imported when a prompt is about to show, the steps after the score (preact, signals)
// one imported once it is on screen; the segment and posthog transports one imported when a widget uses one. Each
// names its module, so each chunk is just that.
// the widget, its options' words, and what remembers options found right (the light part's gate trusts those)
const loadWidget = () => import('./loader/adopt').then((m) => m.adoptWidget);
// the options' checks, without their words, on a page view that may stay light but whose options are new
const loadChecks = () => import('./loader/check-options').then((m) => m.checkGiven);
// the triggers of a page view that may ask once one fires, armed without the widget
const loadTriggers = () => import('./loader/armed').then((m) => m.armTriggers);
// with the words of the option checks' errors, which the element says at once
const messages = () => import('./config/messages').then((m) => m.describeBad);
const loadElement = () => Promise.all([import('./element'), messages()]);
const loadKit = () => import('./ui/kit').then((m) => m.questionFirstKit);
const loadPipelines = () => import('./transports/pipelines').then((m) => m.pipelines);
const loadDelivery = () => import('./widget/outbox-delivery').then((m) => m.makeDelivery);

const noop = () => {};

/**
 * Creates a widget. Safe during server-side rendering: without a `window` it does nothing. Bad options
 * are reported with one `console.error` naming the option and the value, never thrown. With a `survey`
 * option it asks by itself when the rules say so (on load by default); without one it waits for `show()`.
 * The API is returned at once; the widget's code arrives in a chunk of its own, and calls made before then
 * run, in order, when it does. A page view that cannot ask by the rules (a re-survey wait, sampling, `pages`,
 * `device`, consent, no `survey`) imports nothing more once these very options were found right on an earlier one;
 * on the first, a chunk of the options' checks alone finds them right (a mistake brings the widget, which reports it).
 *
 * @example
 * const hearken = createHearken({ endpoint: '/collect', survey: 'nps', brand: 'Northwind' });
 * hearken.on('answer', (answer) => console.log(answer.score));
 */
export function createHearken(options?: HearkenOptions, env?: Omit<HearkenEnv, 'loadKit' | 'loadDelivery'>): Hearken {
  const win = (env && env.window) || (typeof window != 'undefined' ? window : undefined);
  if (!win)
    return { show: noop, hide: noop, on: () => noop, identify: noop, track: noop, consent: noop, flush: async () => {}, destroy: noop };
  let given: HearkenOptions = options && typeof options == 'object' ? options : {};
  // what the widget remembers once it found these options right: later page views that cannot ask need not import it
  const text = optionsText(given);
  let widget: Promise<void> | undefined;
  // what is left of the wait when the triggers' chunk armed this page view's triggers (it disarms them)
  let waitLeft: WaitLeft | undefined;
  // `onEvent`'s event, dispatched before the widget or the triggers are here, becomes a track() call it replays; once
  // the triggers are armed, theirs hears it (and on a route `pages` leaves out, where they are disarmed, nothing comes)
  const onEvent = given.onEvent;
  const early = () => waitLeft || api.track(onEvent!);
  const load = () =>
    (widget =
      widget ||
      loadWidget().then(
        (adoptWidget) => {
          if (onEvent) win.removeEventListener(onEvent, early);
          adoptWidget({ window: win, options, given, text, env: { loadKit, loadPipelines, loadDelivery, ...env }, stub, delayLeft: waitLeft && waitLeft() });
        },
        (error) => console.error('[hearken] could not load the widget: ' + error),
      ));
  // show(), track(), consent() and flush() import the widget at once, as on the script tag's light page; after
  // destroy() nothing does (an app's route change, a trigger or a late call), as nothing does on a destroyed widget
  const destroyed = () => stub.calls.some((call) => call.method == 'destroy');
  const wake = () => void (destroyed() || load());
  // why this page view cannot ask, once `decide` found it so: the stub drops track() then (it imports nothing, and is
  // not replayed on a later route); so it does, once the triggers' chunk armed them, a track() of an event none waits for
  let quiet: string | 0 | undefined;
  // consent(true) where `consent` alone kept this page view light (the stub's `grant`): decided again with the options
  // as the widget will read them once it replays the call (`given` becomes a copy without `consent`, granted by
  // default; `text`, what was checked, stays)
  const stub = createStub(wake, (arg) => quiet || (waitLeft && !waitLeft.waitsFor(arg)), () => ((given = { ...given, consent: undefined }), decide()));
  const api = stub.api;
  if (onEvent) win.addEventListener(onEvent, early);
  // the script tag's gate, on the options: a page view that cannot ask imports nothing more (see loader/options.ts)
  const local = localStore(win);
  let watching = false;
  // `checked`: the checks' chunk has just found these options right (were they not remembered, it found them again)
  const decide = (checked?: boolean) => {
    // (a destroyed widget's route changes check nothing either)
    if (widget || destroyed()) return;
    const why = optionsLightReason({ options: given, text, local, window: win, now: Date.now() });
    quiet = 0;
    if (!why || (why == 'check' && checked)) return wake();
    // new options on a page view that may stay light: checked first, without the widget (any mistake brings it, to
    // report it); found right, they are remembered and the gate is asked again
    if (why == 'check') return void loadChecks().then((check) => void (widget || (check(win, given, text!, env) ? decide(true) : wake())), wake);
    // only a trigger says when a prompt comes: the widget is imported when one fires (a delay's, PRELOAD_LEAD_MS
    // before it ends); where the triggers' chunk does not come, the widget arms them itself
    if (why == 'armed') return void loadTriggers().then((arm) => void (widget || (waitLeft = arm(win, optionReader(given), wake))), wake);
    if (given.minPageviews && why != 'consent') countPageview(local!);
    quiet = why;
    // a single-page app may route to a page that is included
    if (!watching && why == 'pages') (watching = true), onRouteChange(win, decide);
  };
  decide();
  return api;
}

/**
 * Defines `<hearken-survey survey="ces" endpoint="/collect" …>`: the prompt rendered inside the element,
 * with the same options as attributes (without `data-`). Its events are dispatched on the element as
 * `CustomEvent`s named `show`, `answer`, `dismiss`, `review`, `sent`, `drop`, `error` (payload in `detail`).
 * `defaults` apply to every element. Does nothing during server-side rendering or when the name is taken.
 * The element's code is a chunk imported when the first such element is in the page.
 */
export function defineHearkenElement(name = 'hearken-survey', defaults: HearkenOptions = {}): void {
  // a server's DOM shim (Lit's SSR) may define customElements without a window
  if (typeof window == 'undefined' || typeof customElements == 'undefined') return;
  let lifecycle: Promise<ElementLifecycle> | undefined;
  defineLightElement(window, name, () => (lifecycle = lifecycle || loadElement().then(([m, describe]) => m.elementLifecycle(defaults, { loadKit, loadPipelines, loadDelivery, describe }))));
}
