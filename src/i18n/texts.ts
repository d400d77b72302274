import type { Texts } from './types';
import { BUILT_IN } from './built-in';
import { matchLocale } from './match';

// English is built in as the fallback (but for the script tag's UI: built-in.ts); every other locale is added when
// a prompt needs it (see load.ts).
const loaded: Record<string, Texts> = { ...BUILT_IN };

// Primary language subtags of languages written right to left.
const RTL = ['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'];

/** True when a language tag names a language written right to left (`ar`, `he`, `fa-IR`, …). */
export function isRtl(locale: string): boolean {
  return RTL.indexOf(locale.trim().toLowerCase().split(/[-_]/)[0]) >= 0;
}

/**
 * The first candidate language tag that names a built-in locale (see `matchLocale`); empty and
 * unsupported candidates are skipped; `en` when none matches.
 */
export function resolveLocale(candidates: (string | null | undefined)[]): string {
  for (const tag of candidates) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

/**
 * Makes a locale's texts available to `textsFor` (done by the loader once its file has arrived), added to those it
 * has: the script tag's locale files bring the question's texts, then those of the later steps.
 */
export function addTexts(locale: string, texts: Partial<Texts>): void {
  loaded[locale] = { ...loaded[locale], ...texts };
}

/**
 * True when the texts of a built-in locale are at hand (English always is, but in the script tag's UI); with `key`,
 * when that text is (a text of the later steps comes after the question's in the script tag).
 */
export function hasTexts(locale: string, key?: keyof Texts): boolean {
  return Object.prototype.hasOwnProperty.call(loaded, locale) && (!key || loaded[locale][key] !== undefined);
}

/**
 * The texts of a locale (resolved as by `resolveLocale`; English when unknown or not loaded, and for the texts of it
 * not loaded), with `overrides` laid over them. Only string overrides of known keys count; `undefined` keeps the
 * built-in text. Throws when not even English is at hand (the script tag's locale files did not load; `loadTexts`
 * said so).
 */
export function textsFor(locale: string, overrides?: Partial<Texts>): Texts {
  const code = resolveLocale([locale]);
  const found = hasTexts(code) ? loaded[code] : loaded.en;
  if (!found) throw new Error('no texts: the locale files did not load');
  const texts = { ...loaded.en, ...found };
  if (overrides) {
    for (const key in texts) {
      const value = overrides[key as keyof Texts];
      if (typeof value == 'string') texts[key as keyof Texts] = value;
    }
  }
  return texts;
}

/**
 * Replaces each `{name}` in a template with `vars[name]`. Placeholders without a value (unknown, or
 * `undefined`) are left as they are. Values are inserted as plain text.
 */
export function fill(template: string, vars: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) && vars[name] !== undefined ? String(vars[name]) : match,
  );
}
