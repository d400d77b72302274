import type { Texts } from './types';

/**
 * The texts only the steps after the score show (the follow-up question, comment box, reasons, contact request,
 * review link). The script tag's locale files carry them apart, in `dist/locales/<tag>-later.js`, loaded with the
 * follow-up file once the question is on screen, so the question's path carries the question's texts only. The build
 * (rollup.config.mjs) reads this list to split each locale.
 */
export const LATER_KEYS: readonly (keyof Texts)[] = [
  'followUpNegative', 'followUpNeutral', 'followUpPositive', 'commentPlaceholder', 'submit', 'skip', 'reasonsLabel',
  'reasonsHint', 'contactQuestion', 'contactPurpose', 'contactConsent', 'contactEmail', 'contactPhone', 'contactKnown',
  'invalidEmail', 'invalidPhone', 'reviewLabel', 'newTab',
];
