import type { HearkenOptions } from '../config/index';
import type { FetchTexts } from '../i18n/index';
import type { FollowUpSource } from './follow-up-source';
import { renderPrompt } from './render';
import { drawPrompt } from './draw';
import { resolveQuestionFirst } from './question-first';
import { followUpSource } from './follow-up-source';
import { resolvePrompt } from '../config/index';
import { resolveLocale } from '../i18n/index';
import { loadTexts } from '../i18n/index';
import { importTexts } from '../i18n/index';

/**
 * What it takes to draw a prompt: the UI and its texts. Kept apart from the core so
 * pages that show no prompt (most, with re-survey caps) never download it: `dist/hearken-ui.js` for the
 * script tag, a dynamic-import chunk for the npm build. Other locales come one at a time (`loadTexts`).
 */
export interface PromptKit {
  renderPrompt: typeof renderPrompt;
  resolvePrompt: typeof resolvePrompt;
  /**
   * Loads the texts of the locale `resolvePrompt` will pick for these options and languages. Texts that cannot be
   * had are reported and the prompt shows in English; it rejects (reported already) only without English either.
   */
  loadTexts(options: HearkenOptions, languages: (string | null | undefined)[], report: (message: string) => void): Promise<void>;
}

/**
 * A question-first kit (`dist/hearken-ui.js`): it draws the question, and the steps after the score come from
 * `followUp`, fetched once the question is on screen. Locales not built in come from `fetchTexts`; `pause`
 * (e.g. `yieldToMain`) runs between the texts' arrival and the drawing, so they are not one long task. With
 * `laterApart`, the locales' texts come apart: a CSAT or CES prompt's question texts (`fetchTexts` of `<tag>-csat`,
 * `<tag>-ces`) from NPS's, and those of the steps after the score (`<tag>-later`), with `followUp`.
 */
export function makeKit(fetchTexts: FetchTexts, followUp: FollowUpSource, pause: () => Promise<void> = () => Promise.resolve(), laterApart = false): PromptKit {
  return {
    renderPrompt: (mount, model, callbacks, doc) =>
      drawPrompt(mount, model, callbacks, doc, model.later || { ready: () => undefined, load: () => Promise.reject(new Error('no later steps')) }),
    resolvePrompt: (options, languages, report, nameOf) => resolveQuestionFirst(followUp, options, languages, report, nameOf, laterApart ? fetchTexts : undefined),
    // apart, each survey's question texts are a file of their own (`<tag>.js` NPS's, `<tag>-csat.js`, `<tag>-ces.js`)
    loadTexts: (options, languages, report) =>
      loadTexts(resolveLocale([options.locale, ...languages]), fetchTexts, report, laterApart && options.survey && options.survey != 'nps' ? `-${options.survey}` : '').then(pause),
  };
}

/** The npm build's kit: every step built in; each locale is a dynamic-import chunk. */
export const kit: PromptKit = {
  renderPrompt,
  resolvePrompt,
  loadTexts: (options, languages, report) => loadTexts(resolveLocale([options.locale, ...languages]), importTexts, report),
};

/** A question-first kit for the npm build: the steps after the score are a dynamic-import chunk of their own. */
export const questionFirstKit: PromptKit = makeKit(importTexts, followUpSource(() => import('./follow-up-kit').then((m) => m.followUpKit)));

/**
 * Where `dist/hearken-ui.js` leaves the kit for `dist/hearken.js` (the key table's `KIT_GLOBAL`): a function that
 * takes hearken.js's script loader, so locale files load with the same nonce and Trusted Types policy as hearken-ui.js.
 */
export { KIT_GLOBAL as KIT_KEY } from '../storage/index';
