import type { Texts } from './types';

/**
 * No locale built in: what `dist/hearken-ui.js` is built with in place of src/i18n/built-in.ts (rollup.config.mjs).
 * Every locale, English too, then loads as its file from `locales/` beside hearken.js, so each prompt path carries
 * the texts of its one language only.
 */
export const BUILT_IN: Record<string, Texts> = {};
