/**
 * The script-tag entry (`dist/hearken.js`): reads its own `<script data-*>` attributes, renders inline
 * mounts (`<div data-hearken="csat">`), defines `<hearken-survey>`, and sets `window.Hearken`.
 */
import type { Hearken, PromptKit } from './widget/index';
import type { Pipelines } from './transports/index';
import { createWidget, scriptKitLoader, scriptPipelinesLoader } from './widget/index';
import { optionsFromAttributes } from './config/index';
import { kebab, show as quote } from './config/index';
import { isSurveyKind } from './surveys/index';
import { defineElement } from './element';
import { VERSION } from './version';

type Global = Window & typeof globalThis & { Hearken?: Hearken & { version: string } };

/**
 * The URL of a script beside hearken.js (`hearken-ui.js`, `locales/de.js`), as a TrustedScriptURL where
 * the browser has Trusted Types: a page that enforces them (`require-trusted-types-for 'script'`) refuses
 * a plain string for `script.src`. The policy is named `hearken` (a page that lists its policies adds
 * `trusted-types hearken`) and vouches only for `.js` files in hearken's own folder and its `locales/`.
 */
function scriptUrls(win: Global, base: string): (path: string) => string {
  const tt = (win as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown } } }).trustedTypes;
  const resolve = (path: string) => (/^(locales\/)?[\w-]+\.js$/.test(path) ? new URL(path, base).href : '');
  let policy: { createScriptURL(input: string): unknown } | undefined;
  return (path) => {
    try {
      policy = policy || tt?.createPolicy('hearken', { createScriptURL: resolve });
      if (policy) return policy.createScriptURL(path) as string;
    } catch {
      // The page does not allow the name: a plain string, which works unless Trusted Types are enforced.
    }
    return resolve(path);
  };
}

function start(win: Global) {
  if (win.Hearken) {
    console.warn('[hearken] the script is loaded twice; the second copy does nothing');
    return;
  }
  const doc = win.document;
  const report = (message: string) => console.error(message);
  const script = (doc.currentScript as HTMLScriptElement | null) || doc.querySelector('script[src*="hearken"]');
  const options = script ? optionsFromAttributes(script, 'data-', report, win.location.href) : {};
  // dist/hearken-ui.js, dist/locales/ and dist/hearken-pipelines.js sit beside dist/hearken.js
  const base = (script && (script as HTMLScriptElement).src) || win.location.href;
  const urls = scriptUrls(win, base);
  // an attribute too: Safari before 15.4 has no `nonce` property
  const nonce = (script && (script.nonce || script.getAttribute('nonce'))) || undefined;
  // made at the first use, not on every page: only then is a Trusted Types policy needed
  let kitLoader: (() => Promise<PromptKit>) | undefined;
  let pipelinesLoader: (() => Promise<Pipelines>) | undefined;
  const loadKit = () => (kitLoader = kitLoader || scriptKitLoader(win, urls, nonce))();
  // the segment and posthog transports, at their first batch
  const loadPipelines = () => (pipelinesLoader = pipelinesLoader || scriptPipelinesLoader(win, urls, nonce))();
  const widget = createWidget(options, {
    window: win,
    report,
    nameOf: (o) => 'data-' + kebab(o),
    loadKit,
    loadPipelines,
    endpointGiven: !!script && script.hasAttribute('data-endpoint'),
  });
  const hearken = widget.api;
  win.Hearken = Object.assign(hearken, { version: VERSION });

  const mount = () => {
    const mounts = doc.querySelectorAll<HTMLElement>('[data-hearken]');
    mounts.forEach((el) => {
      const survey = el.getAttribute('data-hearken') || options.survey || 'nps';
      if (!isSurveyKind(survey)) return report(`[hearken] data-hearken must be one of nps, csat, ces, got ${quote(survey)}`);
      hearken.show(survey, { ...optionsFromAttributes(el, 'data-', report, win.location.href), target: el });
    });
    // Without data-survey the script tag asks NPS, unless the page places its prompts inline.
    if (script && !script.hasAttribute('data-survey') && !mounts.length) widget.ask();
  };
  doc.readyState == 'loading' ? doc.addEventListener('DOMContentLoaded', mount, { once: true }) : mount();
  defineElement('hearken-survey', options, {
    window: win,
    report,
    loadKit,
    loadPipelines,
    sharedDelivery: widget.delivery,
  });
}

if (typeof window != 'undefined') {
  try {
    start(window as Global);
  } catch (error) {
    console.error('[hearken] could not start: ' + error);
  }
}
