import type { Texts } from './types';

/**
 * The texts only the steps after the score show (the follow-up question, comment box, reasons, contact request,
 * review link, the thank-you's second line). The script tag's locale files carry them apart, in `dist/locales/<tag>-later.js`, loaded with the
 * follow-up file once the question is on screen, so the question's path carries the question's texts only. The build
 * (rollup.config.mjs) reads this list to split each locale.
 */
export const LATER_KEYS: readonly (keyof Texts)[] = [
  'followUpNegative', 'followUpNeutral', 'followUpPositive', 'commentPlaceholder', 'submit', 'skip', 'reasonsLabel',
  'reasonsHint', 'contactQuestion', 'contactPurpose', 'contactConsent', 'contactEmail', 'contactPhone', 'contactKnown',
  'invalidEmail', 'invalidPhone', 'reviewLabel', 'newTab', 'thanksDetail',
  // no step shows it (the dialog is named by its step's heading), and the question's path need not carry it
  'dialogLabel',
];

/**
 * The question texts of one survey only, its question first. The script tag's locale files carry each survey's
 * with the texts every prompt shows (close, thank-you, the dialog's and scores' labels, `{brand}`): `<tag>.js` for
 * NPS, `<tag>-csat.js` and `<tag>-ces.js`; a prompt loads the one of its survey, so an NPS prompt's path carries no
 * CSAT or CES text. The build (rollup.config.mjs) reads these lists to split each locale.
 */
export const SURVEY_KEYS = {
  nps: ['npsQuestion', 'npsLow', 'npsHigh'],
  csat: ['csatQuestion', 'csatLow', 'csatHigh', 'subject'],
  ces: ['cesQuestion', 'cesBrandQuestion', 'cesLow', 'cesHigh', 'task'],
} as const satisfies Record<string, readonly (keyof Texts)[]>;
