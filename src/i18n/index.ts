// The door of src/i18n: the texts of every locale, matching language tags, loading one locale on demand.
export { LOCALES, matchLocale } from './match';
export { addTexts, fill, hasTexts, isRtl, resolveLocale, textsFor } from './texts';
export type { FetchTexts, TextsPart } from './load';
export type { Texts } from './types';
export { importTexts } from './chunks';
export { loadTexts } from './load';
export { LATER_KEYS, SURVEY_KEYS } from './later-keys';
export { scriptTexts } from './scripts';
