import { describe, expect, it } from 'vitest';
import { LOCALES, matchLocale } from '../../src/i18n/match';

describe('matchLocale', () => {
  it.each<[unknown, string | undefined]>([
    // trimmed, case-insensitive, "_" as "-"
    ['de', 'de'],
    [' DE ', 'de'],
    ['de_CH', 'de'],
    ['nl-BE', 'nl'],
    ['sv-FI', 'sv'],
    // Portuguese: Brazil's wording by default, Portugal's where it is written that way
    ['pt', 'pt'],
    ['pt-BR', 'pt'],
    ['pt_br', 'pt'],
    ['PT-PT', 'pt-PT'],
    ['pt_PT', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['pt-MZ', 'pt-PT'],
    // Chinese: Simplified for the mainland and Singapore; none for Traditional readers
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-hans-HK', 'zh-Hans'],
    ['zh_CN', 'zh-Hans'],
    ['zh-TW', undefined],
    ['zh-HK', undefined],
    ['zh-MO', undefined],
    ['zh-Hant', undefined],
    ['zh-Hant-TW', undefined],
    // old and broader codes
    ['iw', 'he'],
    ['in-ID', 'id'],
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    // nothing to match
    ['tlh', undefined],
    ['', undefined],
    ['  ', undefined],
    ['pt-PT-', 'pt-PT'],
    ['en-', 'en'],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['hasOwnProperty', undefined],
    [null, undefined],
    [42, undefined],
  ])('%j → %s', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });

  it('matches every built-in locale by its own tag, in any case', () => {
    for (const locale of LOCALES) {
      expect(matchLocale(locale)).toBe(locale);
      expect(matchLocale(locale.toUpperCase())).toBe(locale);
      expect(matchLocale(locale.replace('-', '_'))).toBe(locale);
    }
  });
});
