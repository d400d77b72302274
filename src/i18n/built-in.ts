import type { Texts } from './types';
import { en } from './locales/en';

/**
 * The locales built into the code: English, the fallback. The npm build and the tests have it at hand; the script
 * tag's `dist/hearken-ui.js` is built with src/i18n/none-built-in.ts in this file's place (rollup.config.mjs), so a
 * prompt in another language does not download English it never shows: there English is `dist/locales/en.js`.
 */
export const BUILT_IN: Record<string, Texts> = { en };
