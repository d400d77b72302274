import type { HearkenEventName } from './widget/index';
import type { Delivery } from './outbox/index';
import type { HearkenEnv, Hearken } from './widget/index';
import type { HearkenOptions } from './config/index';
import { createWidget } from './widget/index';
import { optionsFromAttributes, plainWords, sayInOrder } from './config/index';
import { kebab } from './config/index';
import type { ElementLifecycle } from './loader/index';

const EVENTS: HearkenEventName[] = ['show', 'answer', 'dismiss', 'review', 'sent', 'drop', 'error'];

/** What elements need from the page: a widget's environment, and the script tag's outbox to share. */
export type ElementEnv = Omit<HearkenEnv, 'delivery'> & {
  /** The script tag's outbox, read when an element connects (it exists once consent allows it). */
  sharedDelivery?: () => Delivery | undefined;
};

/** Connecting renders the element's prompt; disconnecting destroys it (the element's widget, in a WeakMap). */
export function elementLifecycle(defaults: HearkenOptions, env: ElementEnv): ElementLifecycle {
  const widgets = new WeakMap<HTMLElement, Hearken>();
  return {
    connect(element) {
      if (widgets.has(element)) return;
      const own = optionsFromAttributes(element, '', sayInOrder(env.describe || plainWords, env.report || console.error), location.href);
      // A bad survey was reported; like the script tag's data-survey, it shows nothing rather than NPS.
      if (element.hasAttribute('survey') && !own.survey) return;
      // An element without its own endpoint or transport shares the page's delivery (the script tag's).
      const shared = own.endpoint || own.transport ? undefined : env.sharedDelivery?.();
      // The survey goes to show(), not to the widget: with one, a widget also asks by the rules,
      // which would open the prompt twice and use up the page's one automatic prompt.
      const { survey, ...options } = { ...defaults, ...own, target: element };
      const { sharedDelivery, ...widgetEnv } = env;
      const widget = createWidget(options, {
        ...widgetEnv,
        delivery: shared,
        nameOf: kebab,
        endpointGiven: element.hasAttribute('endpoint'),
      }).api;
      widgets.set(element, widget);
      for (const event of EVENTS) widget.on(event, (detail) => element.dispatchEvent(new CustomEvent(event, { detail })));
      widget.show(survey);
    },
    disconnect(element) {
      widgets.get(element)?.destroy();
      widgets.delete(element);
    },
  };
}

/**
 * Defines the `<hearken-survey>` custom element (see `defineHearkenElement` of the npm entry). Its events
 * are dispatched on the element, so React 19 (`onanswer`), Vue (`@answer`), Svelte (`on:answer`) and
 * Angular (`(answer)`) can listen.
 */
export function defineElement(name = 'hearken-survey', defaults: HearkenOptions = {}, env: ElementEnv): void {
  if (typeof customElements == 'undefined' || customElements.get(name)) return;
  const lifecycle = elementLifecycle(defaults, env);
  class HearkenSurvey extends HTMLElement {
    connectedCallback() {
      lifecycle.connect(this);
    }

    disconnectedCallback() {
      lifecycle.disconnect(this);
    }
  }
  customElements.define(name, HearkenSurvey);
}
