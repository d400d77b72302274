/**
 * The full script of the script tag (`dist/hearken-core.js`, and with the question's UI `dist/hearken-prompt.js`),
 * loaded by `dist/hearken.js` (src/auto.ts) when a prompt may show, answers wait, or the page calls the API: reads the `<script data-*>` attributes, renders inline
 * mounts (`<div data-hearken="csat">`), connects `<hearken-survey>` elements, puts the real methods on
 * `window.Hearken` and replays the calls made before it arrived.
 */
import type { MakeDelivery, PromptKit } from './widget/index';
import type { Pipelines } from './transports/index';
import type { ElementLifecycle, Loaded } from './loader/index';
import type { Report } from './config/index';
import { createWidget, scriptDeliveryLoader, scriptDescribe, scriptKitLoader, scriptPipelinesLoader } from './widget/index';
import { optionsFromAttributes, sayInOrder } from './config/index';
import { checkOptions, kebab } from './config/index';
import { attributesOf, rememberChecked, replay } from './loader/index';
import { CORE_GLOBAL, KIT_GLOBAL } from './storage/index';
import { elementLifecycle } from './element';

/** Starts the full script on the loader's page: its stub becomes the real `window.Hearken`. */
function start(loaded: Loaded): ElementLifecycle {
  const { window: win, script, urls, nonce, stub } = loaded;
  const doc = win.document;
  let errors = 0;
  // a refused attribute is counted at once, and said once its words are here (dist/hearken-messages.js, loaded only
  // then); what comes after it is said after it
  const describe = scriptDescribe(win, urls, nonce);
  const say = sayInOrder(describe, console.error);
  const report: Report = (said) => (errors++, say(said));
  // not an attribute's error: the page works (the triggers are armed here), but each such page view loads this script
  if (loaded.missing) console.error('[hearken] ' + loaded.missing.message);
  const options = script ? optionsFromAttributes(script, 'data-', report, win.location.href) : {};
  // the loader waited for the triggers: the delay is about to end (the triggers wait only what is left of it), or
  // one fired (0 left: a delay of 0 fires first, and the first to fire disarms the others)
  if (loaded.delayLeft !== undefined) options.delay = loaded.delayLeft;
  // made at the first use, not on every page: only then is a Trusted Types policy needed
  let kitLoader: (() => Promise<PromptKit>) | undefined;
  let pipelinesLoader: (() => Promise<Pipelines>) | undefined;
  const loadKit = () => (kitLoader = kitLoader || scriptKitLoader(win, urls, nonce))();
  // the segment and posthog transports, at their first batch
  const loadPipelines = () => (pipelinesLoader = pipelinesLoader || scriptPipelinesLoader(win, urls, nonce))();
  // the outbox and transports, when answers wait or a prompt is on screen
  let deliveryLoader: (() => Promise<MakeDelivery>) | undefined;
  const loadDelivery = () => (deliveryLoader = deliveryLoader || scriptDeliveryLoader(win, urls, nonce))();
  const widget = createWidget(options, {
    window: win,
    report,
    describe,
    nameOf: (o) => 'data-' + kebab(o),
    loadKit,
    loadPipelines,
    loadDelivery,
    endpointGiven: !!script && script.hasAttribute('data-endpoint'),
    // hearken-prompt.js brought the question's UI with this script
    uiHere: KIT_GLOBAL in win,
  });
  // the attributes are right: later page views that cannot ask need not load this script to say otherwise
  const remember = () => script && !errors && rememberChecked(win, options, attributesOf(script));
  const hearken = Object.assign(stub.api, widget.api, {
    consent: (granted: boolean) => (widget.api.consent(granted), granted && remember()),
  });
  if ((options.consent || 'granted') == 'granted') remember();

  const mount = () => {
    const mounts = doc.querySelectorAll<HTMLElement>('[data-hearken]');
    mounts.forEach((el) => {
      const given = el.getAttribute('data-hearken') || '';
      // in any case and trimmed (CSAT); a bad one is reported, with what a near miss meant, and renders nothing
      const survey = given.trim() ? checkOptions({ survey: given }, report, () => 'data-hearken').survey : options.survey || 'nps';
      if (!survey) return;
      hearken.show(survey, { ...optionsFromAttributes(el, 'data-', report, win.location.href), target: el });
    });
    // Without data-survey, or with one refused (reported), the script tag asks NPS, unless the page places its
    // prompts inline. (A data-survey taken asked already, as createHearken's `survey` does.)
    if (script && !mounts.length && options.survey === undefined) widget.ask();
  };
  doc.readyState == 'loading' ? doc.addEventListener('DOMContentLoaded', mount, { once: true }) : mount();
  const elements = elementLifecycle(options, { window: win, report, describe, loadKit, loadPipelines, loadDelivery, sharedDelivery: widget.delivery });
  replay(stub.calls, hearken, report);
  return elements;
}

if (typeof window != 'undefined') (window as unknown as Record<string, unknown>)[CORE_GLOBAL] = start;
