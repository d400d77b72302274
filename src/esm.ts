import type { Hearken, HearkenEnv } from './widget/index';
import type { HearkenOptions } from './config/index';
import { createWidget } from './widget/index';
import { defineElement } from './element';

// The UI (preact, signals, texts) is a separate chunk: bundlers load it when a prompt is about to show.
const loadKit = () => import('./ui/kit').then((m) => m.kit);
// The segment and posthog transports too, when a widget uses one.
const loadPipelines = () => import('./transports/pipelines').then((m) => m.pipelines);

/**
 * Creates a widget. Safe during server-side rendering: without a `window` it does nothing. Bad options
 * are reported with one `console.error` naming the option and the value, never thrown. With a `survey`
 * option it asks by itself when the rules say so (on load by default); without one it waits for `show()`.
 *
 * @example
 * const hearken = createHearken({ endpoint: '/collect', survey: 'nps', brand: 'Northwind' });
 * hearken.on('answer', (answer) => console.log(answer.score));
 */
export function createHearken(options?: HearkenOptions, env?: Omit<HearkenEnv, 'loadKit'>): Hearken {
  return createWidget(options, { loadKit, loadPipelines, ...env }).api;
}

/**
 * Defines `<hearken-survey survey="ces" endpoint="/collect" …>`: the prompt rendered inside the element,
 * with the same options as attributes (without `data-`). Its events are dispatched on the element as
 * `CustomEvent`s named `show`, `answer`, `dismiss`, `review`, `sent`, `drop`, `error` (payload in `detail`).
 * `defaults` apply to every element. Does nothing during server-side rendering or when the name is taken.
 */
export function defineHearkenElement(name?: string, defaults?: HearkenOptions): void {
  defineElement(name, defaults, { loadKit, loadPipelines });
}
