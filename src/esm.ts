import type { Hearken, HearkenEnv } from './widget/index';
import type { HearkenOptions } from './config/index';
import type { ElementLifecycle } from './loader/index';
import { createStub, defineLightElement, localStore, onRouteChange, optionsLightReason, optionsText, replay } from './loader/index';
import { countPageview } from './rules/index';

// Only the light part is imported with `createHearken`: the stub, and the script tag's gate on the options
// (loader/options.ts). The widget (checks, rules) is a chunk imported when a prompt may show, answers wait or the app
// calls the API; the outbox and transports one imported when answers wait or a prompt is on screen; the UI (the
// question and its texts) one imported when a prompt is about to show, the steps after the score (preact, signals)
// one imported once it is on screen; the segment and posthog transports one imported when a widget uses one. Each
// names its module, so each chunk is just that.
// with the words of the option checks' errors, which the widget says at once
const messages = () => import('./config/messages').then((m) => m.describeBad);
// the widget, its options' words, and what remembers options found right (the light part's gate trusts those)
const loadWidget = () => Promise.all([import('./widget/api'), messages(), import('./loader/check')]);
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
 * `device`, consent) imports nothing more once the widget found these very options right on an earlier one.
 *
 * @example
 * const hearken = createHearken({ endpoint: '/collect', survey: 'nps', brand: 'Northwind' });
 * hearken.on('answer', (answer) => console.log(answer.score));
 */
export function createHearken(options?: HearkenOptions, env?: Omit<HearkenEnv, 'loadKit' | 'loadDelivery'>): Hearken {
  const win = (env && env.window) || (typeof window != 'undefined' ? window : undefined);
  if (!win)
    return { show: noop, hide: noop, on: () => noop, identify: noop, track: noop, consent: noop, flush: () => Promise.resolve(), destroy: noop };
  const given: HearkenOptions = options && typeof options == 'object' ? options : {};
  // what the widget remembers once it found these options right: later page views that cannot ask need not import it
  const text = optionsText(given);
  let widget: Promise<void> | undefined;
  const load = () =>
    (widget =
      widget ||
      loadWidget().then(
        ([{ createWidget }, describeBad, { rememberOptions }]) => {
          const describe = (env && env.describe) || describeBad;
          let wrong = 0;
          const made = createWidget(options, { loadKit, loadPipelines, loadDelivery, ...env, describe: (bad) => (wrong++, describe(bad)) });
          const remember = () => !wrong && text !== undefined && rememberOptions(win, given, text);
          Object.assign(api, made.api, { consent: (granted: boolean) => (made.api.consent(granted), granted && remember()) });
          if ((given.consent || 'granted') == 'granted') remember();
          replay(calls, api, (env && env.report) || console.error);
        },
        (error) => console.error('[hearken] could not load the widget: ' + error),
      ));
  // show(), track(), consent() and flush() import the widget at once, as on the script tag's light page
  const { api, calls } = createStub(() => void load());
  // the script tag's gate, on the options: a page view that cannot ask imports nothing more (see loader/options.ts)
  const local = localStore(win);
  let watching = false;
  const decide = () => {
    if (widget) return;
    const why = optionsLightReason({ options: given, text, local, window: win, now: Date.now() });
    if (!why) return void load();
    if (given.minPageviews && why != 'consent') countPageview(local!);
    // a single-page app may route to a page that is included
    if (!watching && why.indexOf('pages') == 0) (watching = true), onRouteChange(win, decide);
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
  if (typeof customElements == 'undefined') return;
  let lifecycle: Promise<ElementLifecycle> | undefined;
  defineLightElement(window, name, () => (lifecycle = lifecycle || loadElement().then(([m, describe]) => m.elementLifecycle(defaults, { loadKit, loadPipelines, loadDelivery, describe }))));
}
