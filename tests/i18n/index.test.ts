import { describe, expect, it } from 'vitest';
import { LOCALES, fill, isRtl, resolveLocale, textsFor } from '../../src/i18n/index';

describe('LOCALES', () => {
  it('holds the 11 built-in locales', () => {
    expect([...LOCALES].sort()).toEqual(['ar', 'bg', 'cs', 'de', 'en', 'es', 'fr', 'he', 'pl', 'ru', 'uk']);
  });
});

describe('resolveLocale', () => {
  it.each<[(string | null | undefined)[], string]>([
    [[], 'en'],
    [['de'], 'de'],
    [['de-AT'], 'de'],
    [['DE-at'], 'de'],
    [['pt_BR', 'fr-CA'], 'fr'],
    [['zh-Hant-TW', 'uk-UA'], 'uk'],
    [['pt', 'es-419', 'de'], 'es'],
    [['pt', 'it'], 'en'],
    [[null, undefined, '', 'ru'], 'ru'],
    [['  pl  '], 'pl'],
    [['iw-IL'], 'he'],
    [['ar-EG', 'en'], 'ar'],
    [['en-GB', 'cs'], 'en'],
    [['constructor', 'toString', '__proto__'], 'en'],
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
  it('gives the built-in texts of a locale', () => {
    expect(textsFor('de').submit).toBe('Senden');
    expect(textsFor('en').npsQuestion).toBe('How likely are you to recommend {brand} to a friend or colleague?');
  });

  it('resolves a regional tag and falls back to English for an unknown one', () => {
    expect(textsFor('fr-BE').close).toBe('Fermer');
    expect(textsFor('pt-BR')).toEqual(textsFor('en'));
  });

  it('lays overrides over the built-ins, keeping the others', () => {
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

  it('never changes the built-ins', () => {
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
