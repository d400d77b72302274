import type { Hearken, HearkenEnv } from './widget/index';
import type { HearkenOptions } from './config/index';
import type { ElementLifecycle } from './loader/index';
import { createStub, defineLightElement, replay } from './loader/index';

// Only the light part is imported with `createHearken`: the widget (checks, rules) is a chunk imported when a
// widget is created; the outbox and transports one imported when answers wait or a prompt is on screen; the UI
// (the question and its texts) one imported when a prompt is about to show, the steps after the score (preact, signals) one
// imported once it is on screen; the segment and posthog transports one
// imported when a widget uses one. Each names its module, so each chunk is just that.
// with the words of the option checks' errors, which the widget says at once
const messages = () => import('./config/messages').then((m) => m.describeBad);
const loadWidget = () => Promise.all([import('./widget/api'), messages()]);
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
 * run, in order, when it does.
 *
 * @example
 * const hearken = createHearken({ endpoint: '/collect', survey: 'nps', brand: 'Northwind' });
 * hearken.on('answer', (answer) => console.log(answer.score));
 */
export function createHearken(options?: HearkenOptions, env?: Omit<HearkenEnv, 'loadKit' | 'loadDelivery'>): Hearken {
  if (!(env && env.window) && typeof window == 'undefined')
    return { show: noop, hide: noop, on: () => noop, identify: noop, track: noop, consent: noop, flush: () => Promise.resolve(), destroy: noop };
  const { api, calls } = createStub(noop);
  loadWidget().then(
    ([{ createWidget }, describe]) => {
      const widget = createWidget(options, { loadKit, loadPipelines, loadDelivery, describe, ...env });
      Object.assign(api, widget.api);
      replay(calls, widget.api, (env && env.report) || console.error);
    },
    (error) => console.error('[hearken] could not load the widget: ' + error),
  );
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
