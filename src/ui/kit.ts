import type { HearkenOptions } from '../config/index';
import type { FetchTexts } from '../i18n/index';
import { renderPrompt } from './render';
import { resolvePrompt } from '../config/index';
import { resolveLocale } from '../i18n/index';
import { loadTexts } from '../i18n/index';
import { importTexts } from '../i18n/index';

/**
 * What it takes to draw a prompt: preact, signals, the UI and English. Kept apart from the core so
 * pages that show no prompt (most, with re-survey caps) never download it: `dist/hearken-ui.js` for the
 * script tag, a dynamic-import chunk for the npm build. Other locales come one at a time (`loadTexts`).
 */
export interface PromptKit {
  renderPrompt: typeof renderPrompt;
  resolvePrompt: typeof resolvePrompt;
  /**
   * Loads the texts of the locale `resolvePrompt` will pick for these options and languages. Never
   * rejects: texts that cannot be had are reported and the prompt shows in English.
   */
  loadTexts(options: HearkenOptions, languages: (string | null | undefined)[], report: (message: string) => void): Promise<void>;
}

/** A kit whose locales other than English come from `fetchTexts`. */
export function makeKit(fetchTexts: FetchTexts): PromptKit {
  return {
    renderPrompt,
    resolvePrompt,
    loadTexts: (options, languages, report) => loadTexts(resolveLocale([options.locale, ...languages]), fetchTexts, report),
  };
}

/** The npm build's kit: each locale is a dynamic-import chunk. */
export const kit: PromptKit = makeKit(importTexts);

/**
 * Where `dist/hearken-ui.js` leaves the kit for `dist/hearken.js` (the key table's `KIT_GLOBAL`): a function that
 * takes hearken.js's script loader, so locale files load with the same nonce and Trusted Types policy as hearken-ui.js.
 */
export { KIT_GLOBAL as KIT_KEY } from '../storage/index';
