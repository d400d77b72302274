/**
 * The script-tag entry (`dist/hearken.js`): reads its own `<script data-*>` attributes, renders inline
 * mounts (`<div data-hearken="csat">`), defines `<hearken-survey>`, and sets `window.Hearken`.
 */
import type { Hearken } from './hearken';
import type { PromptKit } from './kit';
import { createWidget } from './hearken';
import { scriptKitLoader } from './load-kit';
import { optionsFromAttributes } from './config/attributes';
import { kebab, show as quote } from './config/checks';
import { isSurveyKind } from './surveys/definitions';
import { defineElement } from './element';
import { VERSION } from './version';

type Global = Window & typeof globalThis & { Hearken?: Hearken & { version: string } };

/**
 * `url` as a TrustedScriptURL where the browser has Trusted Types: a page that enforces them
 * (`require-trusted-types-for 'script'`) refuses a plain string for `script.src`. The policy is named
 * `hearken` (a page that lists its policies adds `trusted-types hearken`) and vouches for this one URL.
 */
function trustedScriptUrl(win: Global, url: string): string {
  const tt = (win as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(): string }): { createScriptURL(input: string): unknown } } }).trustedTypes;
  try {
    if (tt) return tt.createPolicy('hearken', { createScriptURL: () => url }).createScriptURL('') as string;
  } catch {
    // The page does not allow the name: a plain string, which works unless Trusted Types are enforced.
  }
  return url;
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
  // dist/hearken-ui.js sits beside dist/hearken.js
  const kitUrl = new URL('hearken-ui.js', (script && (script as HTMLScriptElement).src) || win.location.href).href;
  let loader: (() => Promise<PromptKit>) | undefined;
  // made at the first prompt, not on every page: only then is a Trusted Types policy needed
  const loadKit = () => (loader = loader || scriptKitLoader(win, trustedScriptUrl(win, kitUrl), script?.nonce || script?.getAttribute('nonce') || undefined))();
  const hearken = createWidget(options, {
    window: win,
    report,
    nameOf: (o) => 'data-' + kebab(o),
    loadKit,
    endpointGiven: !!script && script.hasAttribute('data-endpoint'),
  });
  win.Hearken = Object.assign(hearken, { version: VERSION });

  const mount = () => {
    const mounts = doc.querySelectorAll<HTMLElement>('[data-hearken]');
    mounts.forEach((el) => {
      const survey = el.getAttribute('data-hearken') || options.survey || 'nps';
      if (!isSurveyKind(survey)) return report(`[hearken] data-hearken must be one of nps, csat, ces, got ${quote(survey)}`);
      hearken.show(survey, { ...optionsFromAttributes(el, 'data-', report, win.location.href), target: el });
    });
    // Without data-survey the script tag asks NPS, unless the page places its prompts inline.
    if (script && !script.hasAttribute('data-survey') && !mounts.length) hearken._ask();
  };
  doc.readyState == 'loading' ? doc.addEventListener('DOMContentLoaded', mount, { once: true }) : mount();
  defineElement('hearken-survey', options, {
    window: win,
    report,
    loadKit,
    // read when an element connects: the script tag's outbox exists once consent allows it
    get delivery() {
      return hearken._delivery;
    },
  });
}

if (typeof window != 'undefined') {
  try {
    start(window as Global);
  } catch (error) {
    console.error('[hearken] could not start: ' + error);
  }
}
