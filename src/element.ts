import type { HearkenEventName } from './widget/index';
import type { Delivery } from './outbox/index';
import type { HearkenEnv, Hearken } from './widget/index';
import type { HearkenOptions } from './config/index';
import { createWidget } from './widget/index';
import { optionsFromAttributes } from './config/index';
import { kebab } from './config/index';

const EVENTS: HearkenEventName[] = ['show', 'answer', 'dismiss', 'review', 'sent', 'drop', 'error'];

/**
 * Defines the `<hearken-survey>` custom element (see `defineHearkenElement` of the npm entry). Its events
 * are dispatched on the element, so React 19 (`onanswer`), Vue (`@answer`), Svelte (`on:answer`) and
 * Angular (`(answer)`) can listen.
 */
/** What elements need from the page: a widget's environment, and the script tag's outbox to share. */
export type ElementEnv = Omit<HearkenEnv, 'delivery'> & {
  /** The script tag's outbox, read when an element connects (it exists once consent allows it). */
  sharedDelivery?: () => Delivery | undefined;
};

export function defineElement(name = 'hearken-survey', defaults: HearkenOptions = {}, env: ElementEnv): void {
  if (typeof customElements == 'undefined' || customElements.get(name)) return;
  class HearkenSurvey extends HTMLElement {
    private widget?: Hearken;

    connectedCallback() {
      if (this.widget) return;
      const report = env.report || console.error;
      const own = optionsFromAttributes(this, '', report, location.href);
      // A bad survey was reported; like the script tag's data-survey, it shows nothing rather than NPS.
      if (this.hasAttribute('survey') && !own.survey) return;
      // An element without its own endpoint or transport shares the page's delivery (the script tag's).
      const shared = own.endpoint || own.transport ? undefined : env.sharedDelivery?.();
      // The survey goes to show(), not to the widget: with one, a widget also asks by the rules,
      // which would open the prompt twice and use up the page's one automatic prompt.
      const { survey, ...options } = { ...defaults, ...own, target: this };
      const { sharedDelivery, ...widgetEnv } = env;
      const widget = (this.widget = createWidget(options, {
        ...widgetEnv,
        delivery: shared,
        nameOf: kebab,
        endpointGiven: this.hasAttribute('endpoint'),
      }).api);
      for (const event of EVENTS) widget.on(event, (detail) => this.dispatchEvent(new CustomEvent(event, { detail })));
      widget.show(survey);
    }

    disconnectedCallback() {
      this.widget?.destroy();
      this.widget = undefined;
    }
  }
  customElements.define(name, HearkenSurvey);
}
