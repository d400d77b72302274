import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index';
import { CHUNKED_LOCALES, importTexts } from '../../src/i18n/chunks';
import { en } from '../../src/i18n/locales/en';

describe('importTexts (the npm build: a dynamic-import chunk per locale)', () => {
  it('has a chunk for every built-in locale but English', () => {
    expect([...CHUNKED_LOCALES].sort()).toEqual(LOCALES.filter((l) => l != 'en').sort());
  });

  it.each(CHUNKED_LOCALES.map((l) => [l]))('%s: imports texts with every key of English', async (locale) => {
    const texts = await importTexts(locale);
    expect(Object.keys(texts!).sort()).toEqual(Object.keys(en).sort());
  });

  it('rejects a locale it has no chunk for, inherited names included', async () => {
    await expect(importTexts('tlh')).rejects.toThrow('no texts for locale tlh');
    await expect(importTexts('constructor')).rejects.toThrow('no texts for locale constructor');
  });
});
