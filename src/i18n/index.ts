import type { Texts } from '../types';
import { en } from './locales/en';
import { ru } from './locales/ru';
import { pl } from './locales/pl';
import { cs } from './locales/cs';
import { bg } from './locales/bg';
import { de } from './locales/de';
import { fr } from './locales/fr';
import { es } from './locales/es';
import { uk } from './locales/uk';
import { ar } from './locales/ar';
import { he } from './locales/he';

const TEXTS: Record<string, Texts> = { en, ru, pl, cs, bg, de, fr, es, uk, ar, he };

/** The codes of the built-in locales. */
export const LOCALES: readonly string[] = Object.keys(TEXTS);

// Primary language subtags of languages written right to left.
const RTL = ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'];

// The primary subtag of a language tag, lower-cased: " de_AT " → "de". `iw` (old Hebrew) → "he".
function primary(tag: string): string {
  const code = tag.trim().toLowerCase().split(/[-_]/)[0];
  return code == 'iw' ? 'he' : code;
}

/** True when a language tag names a language written right to left (`ar`, `he`, `fa-IR`, …). */
export function isRtl(locale: string): boolean {
  return RTL.indexOf(primary(locale)) >= 0;
}

/**
 * The first candidate language tag that names a built-in locale, matched on its primary subtag and
 * case-insensitively (`de-AT` → `de`, `UK` → `uk`); empty and unsupported candidates are skipped; `en` when
 * none matches.
 */
export function resolveLocale(candidates: (string | null | undefined)[]): string {
  for (const tag of candidates) {
    const code = typeof tag == 'string' ? primary(tag) : '';
    if (LOCALES.indexOf(code) >= 0) return code;
  }
  return 'en';
}

/**
 * The built-in texts of a locale (resolved as by `resolveLocale`, `en` when unknown), with `overrides`
 * laid over them. Only string overrides of known keys count; `undefined` keeps the built-in text.
 */
export function textsFor(locale: string, overrides?: Partial<Texts>): Texts {
  const texts = { ...TEXTS[resolveLocale([locale])] };
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
