/**
 * The built-in locales: English (built into the UI) and one file or chunk each for the others. `pt` is
 * Brazilian Portuguese, `pt-PT` European Portuguese; `zh-Hans` is Chinese in Simplified characters.
 */
export const LOCALES: readonly string[] = [
  'en', 'ar', 'bg', 'cs', 'da', 'de', 'el', 'es', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko', 'nb', 'nl',
  'pl', 'pt', 'pt-PT', 'ro', 'ru', 'sv', 'tr', 'uk', 'vi', 'zh-Hans',
];

// Older or broader codes of a built-in language: Hebrew and Indonesian before 1989, Norwegian (macrolanguage).
const ALIASES: Record<string, string> = { iw: 'he', in: 'id', no: 'nb' };

// Where Portuguese is written the European way (Portugal and the African and Asian countries that follow it).
const EUROPEAN_PORTUGUESE = ['pt', 'ao', 'mz', 'cv', 'gw', 'st', 'tl', 'mo'];

// Chinese written in Traditional characters: Taiwan, Hong Kong, Macau, or an explicit Hant script.
const TRADITIONAL_CHINESE = ['hant', 'tw', 'hk', 'mo'];

const has = (list: string[], subtags: string[]) => subtags.some((subtag) => list.indexOf(subtag) >= 0);

/**
 * The built-in locale for one language tag, or `undefined` when there is none. Tags are trimmed and
 * matched case-insensitively, `_` counting as `-` (`pt_BR` = `pt-BR`); a region or script without a
 * variant of its own falls back to its language (`de-AT` → `de`, `pt-BR` → `pt`, `pt-AO` → `pt-PT`).
 * Chinese in Traditional characters (`zh-TW`, `zh-HK`, `zh-Hant`) has no locale: its readers are not
 * shown Simplified characters.
 */
export function matchLocale(tag: unknown): string | undefined {
  if (typeof tag != 'string') return undefined;
  const [first, ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  const language = Object.prototype.hasOwnProperty.call(ALIASES, first) ? ALIASES[first] : first;
  if (language == 'zh') return subtags.indexOf('hans') < 0 && has(TRADITIONAL_CHINESE, subtags) ? undefined : 'zh-Hans';
  if (language == 'pt') return has(EUROPEAN_PORTUGUESE, subtags) ? 'pt-PT' : 'pt';
  return language.indexOf('-') < 0 && LOCALES.indexOf(language) >= 0 ? language : undefined;
}
