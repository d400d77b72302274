import { describe, expect, it } from 'vitest';
import { LOCALES, addTexts, fill, hasTexts, isRtl, resolveLocale, textsFor } from '../../src/i18n/index';
import { de } from '../../src/i18n/locales/de';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import { sv } from '../../src/i18n/locales/sv';

describe('LOCALES', () => {
  it('holds the 29 built-in locales: 28 languages, Portuguese as written in Brazil and in Portugal', () => {
    expect([...LOCALES].sort()).toEqual([
      'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko', 'nb', 'nl',
      'pl', 'pt', 'pt-PT', 'ro', 'ru', 'sv', 'tr', 'uk', 'vi', 'zh-Hans',
    ]);
    expect(new Set(LOCALES.map((l) => l.split('-')[0])).size).toBe(28);
  });
});

describe('resolveLocale', () => {
  it.each<[(string | null | undefined)[], string]>([
    [[], 'en'],
    [['de'], 'de'],
    [['de-AT'], 'de'],
    [['DE-at'], 'de'],
    [['pt_BR', 'fr-CA'], 'pt'],
    [['zh-Hant-TW', 'uk-UA'], 'uk'],
    [['tlh', 'es-419', 'de'], 'es'],
    [['tlh', 'it'], 'it'],
    [[null, undefined, '', 'ru'], 'ru'],
    [['  pl  '], 'pl'],
    [['iw-IL'], 'he'],
    [['ar-EG', 'en'], 'ar'],
    [['en-GB', 'cs'], 'en'],
    [['constructor', 'toString', '__proto__', 'hasOwnProperty'], 'en'],
    [['bgr', 'bg'], 'bg'],
  ])('%j → %s', (candidates, expected) => {
    expect(resolveLocale(candidates)).toBe(expected);
  });
});

describe('isRtl', () => {
  it.each([
    ['ar', true],
    ['he', true],
    ['he-IL', true],
    ['AR-sa', true],
    ['iw', true],
    ['fa-IR', true],
    ['en', false],
    ['uk', false],
    ['bg', false],
    ['', false],
  ])('%s → %s', (locale, expected) => {
    expect(isRtl(locale)).toBe(expected);
  });

  it('is true for exactly ar and he among the built-in locales', () => {
    expect(LOCALES.filter(isRtl).sort()).toEqual(['ar', 'he']);
  });
});

describe('textsFor', () => {
  it('gives English until a locale is loaded, then its texts', () => {
    expect(textsFor('en').npsQuestion).toBe('How likely are you to recommend {brand} to a friend or colleague?');
    expect(hasTexts('sv')).toBe(false);
    expect(textsFor('sv')).toEqual(textsFor('en'));
    addTexts('sv', sv);
    expect(hasTexts('sv')).toBe(true);
    expect(textsFor('sv-FI').close).toBe('Stäng');
  });

  it('resolves a regional tag and falls back to English for an unknown one', () => {
    addTexts('fr', fr);
    expect(textsFor('fr-BE').close).toBe('Fermer');
    expect(textsFor('tlh')).toEqual(textsFor('en'));
  });

  it('lays overrides over the built-ins, keeping the others', () => {
    addTexts('de', de);
    const texts = textsFor('de', { submit: 'Abschicken', thanksDetail: '', brand: undefined });
    expect(texts.submit).toBe('Abschicken');
    expect(texts.thanksDetail).toBe('');
    expect(texts.brand).toBe('uns');
    expect(texts.close).toBe('Schließen');
  });

  it('ignores override keys that are not texts and values that are not strings', () => {
    const texts = textsFor('en', { submit: 42, bogus: 'x' } as never);
    expect(texts.submit).toBe('Send');
    expect('bogus' in texts).toBe(false);
  });

  it('adds the later texts of a locale to its question texts; English fills what is not here yet', async () => {
    const { nb } = await import('../../src/i18n/locales/nb');
    addTexts('nb', { close: nb.close, npsQuestion: nb.npsQuestion });
    expect([hasTexts('nb'), hasTexts('nb', 'close'), hasTexts('nb', 'submit')]).toEqual([true, true, false]);
    expect([textsFor('nb').close, textsFor('nb').submit]).toEqual([nb.close, 'Send']);
    addTexts('nb', { submit: nb.submit });
    expect([textsFor('nb').close, textsFor('nb').submit, hasTexts('nb', 'submit')]).toEqual([nb.close, nb.submit, true]);
  });

  it('never changes the built-ins', () => {
    addTexts('es', es);
    textsFor('es', { submit: 'Mandar' }).close = 'x';
    expect(textsFor('es').submit).toBe('Enviar');
    expect(textsFor('es').close).toBe('Cerrar');
  });
});

describe('fill', () => {
  it.each<[string, Record<string, string | number | undefined>, string]>([
    ['How likely are you to recommend {brand}?', { brand: 'Acme' }, 'How likely are you to recommend Acme?'],
    ['{score} of {max}', { score: 3, max: 5 }, '3 of 5'],
    ['{score} of {max}', { score: 0, max: 10 }, '0 of 10'],
    ['{a}{a} {b}', { a: 'x', b: '' }, 'xx '],
    ['Hi {name}', {}, 'Hi {name}'],
    ['Hi {name}', { name: undefined }, 'Hi {name}'],
    ['Hi {constructor}', {}, 'Hi {constructor}'],
    ['{ brand } {brand-name} {}', { brand: 'Acme' }, '{ brand } {brand-name} {}'],
    ['{brand}', { brand: '<b>{subject}</b> $& $1' , subject: 'x'}, '<b>{subject}</b> $& $1'],
    ['no placeholders', { brand: 'Acme' }, 'no placeholders'],
  ])('fill(%j, %j) → %j', (template, vars, expected) => {
    expect(fill(template, vars)).toBe(expected);
  });
});
