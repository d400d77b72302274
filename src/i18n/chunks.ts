import type { FetchTexts } from './load';

// One dynamic import per locale, so a bundler makes each a chunk of its own. English is built in.
const IMPORTS: Record<string, () => Promise<unknown>> = {
  ar: () => import('./locales/ar').then((m) => m.ar),
  bg: () => import('./locales/bg').then((m) => m.bg),
  cs: () => import('./locales/cs').then((m) => m.cs),
  da: () => import('./locales/da').then((m) => m.da),
  de: () => import('./locales/de').then((m) => m.de),
  el: () => import('./locales/el').then((m) => m.el),
  es: () => import('./locales/es').then((m) => m.es),
  fi: () => import('./locales/fi').then((m) => m.fi),
  fr: () => import('./locales/fr').then((m) => m.fr),
  he: () => import('./locales/he').then((m) => m.he),
  hi: () => import('./locales/hi').then((m) => m.hi),
  hu: () => import('./locales/hu').then((m) => m.hu),
  id: () => import('./locales/id').then((m) => m.id),
  it: () => import('./locales/it').then((m) => m.it),
  ja: () => import('./locales/ja').then((m) => m.ja),
  ko: () => import('./locales/ko').then((m) => m.ko),
  nb: () => import('./locales/nb').then((m) => m.nb),
  nl: () => import('./locales/nl').then((m) => m.nl),
  pl: () => import('./locales/pl').then((m) => m.pl),
  pt: () => import('./locales/pt').then((m) => m.pt),
  'pt-PT': () => import('./locales/pt-PT').then((m) => m.ptPT),
  ro: () => import('./locales/ro').then((m) => m.ro),
  ru: () => import('./locales/ru').then((m) => m.ru),
  sv: () => import('./locales/sv').then((m) => m.sv),
  tr: () => import('./locales/tr').then((m) => m.tr),
  uk: () => import('./locales/uk').then((m) => m.uk),
  vi: () => import('./locales/vi').then((m) => m.vi),
  'zh-Hans': () => import('./locales/zh-Hans').then((m) => m.zhHans),
};

/** The npm build's way to a locale's texts: its dynamic-import chunk. */
export const importTexts: FetchTexts = (locale) =>
  Object.prototype.hasOwnProperty.call(IMPORTS, locale)
    ? (IMPORTS[locale]() as ReturnType<FetchTexts>)
    : Promise.reject(new Error('no texts for locale ' + locale));

/** The locales that have a chunk (every built-in one but English). */
export const CHUNKED_LOCALES: readonly string[] = Object.keys(IMPORTS);
