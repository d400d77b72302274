import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Texts } from '../../src/i18n/types';
import { fileTexts } from './locale-files';

// A fresh i18n module each test: which locales are loaded is the state under test.
let i18n: typeof import('../../src/i18n/index');
let load: typeof import('../../src/i18n/load');
let sv: Texts;
beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../src/i18n/index');
  load = await import('../../src/i18n/load');
  ({ sv } = await import('../../src/i18n/locales/sv'));
});

describe('loadTexts', () => {
  it('fetches a locale once, however many prompts ask for it, then textsFor has it', async () => {
    const fetchTexts = vi.fn(async () => sv);
    const report = vi.fn();
    await Promise.all([load.loadTexts('sv', fetchTexts, report), load.loadTexts('sv', fetchTexts, report)]);
    await load.loadTexts('sv', fetchTexts, report);
    expect(fetchTexts.mock.calls).toEqual([['sv']]);
    expect(i18n.textsFor('sv').submit).toBe('Skicka');
    expect(report).not.toHaveBeenCalled();
  });

  it('never fetches English, which is built in', async () => {
    const fetchTexts = vi.fn(async () => sv);
    await load.loadTexts('en', fetchTexts, vi.fn());
    expect(fetchTexts).not.toHaveBeenCalled();
  });

  it('reports a locale that cannot be fetched, once, and leaves the prompt in English', async () => {
    const fetchTexts = vi.fn(() => Promise.reject(new Error('could not load https://shop.test/locales/sv.js')));
    const report = vi.fn();
    await expect(load.loadTexts('sv', fetchTexts, report)).resolves.toBeUndefined();
    await load.loadTexts('sv', fetchTexts, report);
    expect(report.mock.calls).toEqual([['[hearken] could not load https://shop.test/locales/sv.js; the prompt is in English']]);
    expect(fetchTexts).toHaveBeenCalledTimes(1);
    expect(i18n.hasTexts('sv')).toBe(false);
    expect(i18n.textsFor('sv').submit).toBe('Send');
  });

  it('reports a file that loaded but brought no texts (a stale or foreign copy)', async () => {
    const report = vi.fn();
    await load.loadTexts('sv', async () => undefined, report);
    expect(report.mock.calls).toEqual([['[hearken] the texts of locale sv did not load; the prompt is in English']]);
    expect(i18n.hasTexts('sv')).toBe(false);
  });
});

/**
 * Before each test of the suite: fresh i18n modules built as dist/hearken-ui.js is, with src/i18n/none-built-in.ts
 * (English a file like the others); `en` gets English's texts, for the fetches to bring.
 */
function withoutBuiltInEnglish(setEnglish: (texts: Texts) => void) {
  beforeEach(async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/built-in', () => import('../../src/i18n/none-built-in'));
    i18n = await import('../../src/i18n/index');
    load = await import('../../src/i18n/load');
    setEnglish((await import('../../src/i18n/locales/en')).en);
    return () => vi.doUnmock('../../src/i18n/built-in');
  });
}

// dist/hearken-ui.js is built with src/i18n/none-built-in.ts: English is a file like the others.
describe('loadTexts without English built in (the script tag)', () => {
  let en: Texts;
  withoutBuiltInEnglish((texts) => (en = texts));

  it('fetches English for an English prompt, once, and only English', async () => {
    const fetchTexts = vi.fn(async (locale: string) => (locale == 'en' ? en : sv));
    expect(i18n.hasTexts('en')).toBe(false);
    await Promise.all([load.loadTexts('en', fetchTexts, vi.fn()), load.loadTexts('en', fetchTexts, vi.fn())]);
    expect(fetchTexts.mock.calls).toEqual([['en']]);
    expect(i18n.textsFor('en').submit).toBe('Send');
  });

  it('fetches nothing but the locale when it arrives', async () => {
    const fetchTexts = vi.fn(async (locale: string) => (locale == 'en' ? en : sv));
    await load.loadTexts('sv', fetchTexts, vi.fn());
    expect(fetchTexts.mock.calls).toEqual([['sv']]);
    expect(i18n.textsFor('sv').submit).toBe('Skicka');
  });

  it('fetches English when the locale cannot be had, after one error: the prompt is in English', async () => {
    const fetchTexts = vi.fn((locale: string) => (locale == 'en' ? Promise.resolve(en) : Promise.reject(new Error('could not load locales/sv.js'))));
    const report = vi.fn();
    await load.loadTexts('sv', fetchTexts, report);
    expect(fetchTexts.mock.calls).toEqual([['sv'], ['en']]);
    expect(report.mock.calls).toEqual([['[hearken] could not load locales/sv.js; the prompt is in English']]);
    expect(i18n.textsFor('sv').submit).toBe('Send');
  });

  it('says the prompt cannot show when English cannot be had either, and rejects (said once); textsFor then throws', async () => {
    const fetchTexts = vi.fn((locale: string) => Promise.reject(new Error(`could not load locales/${locale}.js`)));
    const report = vi.fn();
    await expect(load.loadTexts('sv', fetchTexts, report)).rejects.toThrow('no texts for the prompt');
    expect(report.mock.calls).toEqual([
      ['[hearken] could not load locales/sv.js; the prompt is in English'],
      ['[hearken] could not load locales/en.js; the prompt cannot show'],
    ]);
    expect(() => i18n.textsFor('sv')).toThrow('no texts: the locale files did not load');
  });

  it('reports an English file that brought no texts', async () => {
    const report = vi.fn();
    await expect(load.loadTexts('en', async () => undefined, report)).rejects.toThrow('no texts for the prompt');
    expect(report.mock.calls).toEqual([['[hearken] the texts of locale en did not load; the prompt cannot show']]);
  });
});

// The script tag's locale files bring a locale's later texts apart: locales/<tag>-later.js.
describe('loadTexts of the later texts (part -later)', () => {
  let en: Texts;
  withoutBuiltInEnglish((texts) => (en = texts));

  it('fetches <tag>-later once and adds its texts to those of the question', async () => {
    const fetchTexts = vi.fn(async (name: string) => fileTexts(sv, name));
    await load.loadTexts('sv', fetchTexts, vi.fn());
    expect(i18n.hasTexts('sv', 'submit')).toBe(false);
    await Promise.all([load.loadTexts('sv', fetchTexts, vi.fn(), '-later'), load.loadTexts('sv', fetchTexts, vi.fn(), '-later')]);
    expect(fetchTexts.mock.calls).toEqual([['sv'], ['sv-later']]);
    expect(i18n.textsFor('sv')).toEqual({ ...fileTexts(sv, 'sv'), ...fileTexts(sv, 'sv-later') });
  });

  it('takes English\'s later texts, after one error, when the locale\'s cannot be had; rejects without them either', async () => {
    const report = vi.fn();
    const english = vi.fn((name: string) => (name == 'en-later' ? Promise.resolve(fileTexts(en, name)) : Promise.reject(new Error(`could not load locales/${name}.js`))));
    await load.loadTexts('sv', english, report, '-later');
    expect(report.mock.calls).toEqual([['[hearken] could not load locales/sv-later.js; the steps after the score are in English']]);
    expect(i18n.hasTexts('en', 'submit')).toBe(true);

    vi.resetModules();
    load = await import('../../src/i18n/load');
    const none = vi.fn((name: string) => Promise.reject(new Error(`could not load locales/${name}.js`)));
    report.mockClear();
    await expect(load.loadTexts('sv', none, report, '-later')).rejects.toThrow('no texts for the steps after the score');
    expect(report.mock.calls).toEqual([
      ['[hearken] could not load locales/sv-later.js; the steps after the score are in English'],
      ['[hearken] could not load locales/en-later.js; the steps after the score cannot show'],
    ]);
  });

});

// The script tag's locale files bring a CSAT or CES prompt's question texts apart: locales/<tag>-csat.js, -ces.js,
// each with the texts every prompt shows; locales/<tag>.js has NPS's.
describe('loadTexts of a CSAT or CES prompt (parts -csat, -ces)', () => {
  let en: Texts;
  withoutBuiltInEnglish((texts) => (en = texts));

  it('fetches <tag>-csat for a CSAT prompt, then <tag> for an NPS prompt of the same page, each once; both keep their texts', async () => {
    const fetchTexts = vi.fn(async (name: string) => fileTexts(sv, name));
    await Promise.all([load.loadTexts('sv', fetchTexts, vi.fn(), '-csat'), load.loadTexts('sv', fetchTexts, vi.fn(), '-csat')]);
    expect(fetchTexts.mock.calls).toEqual([['sv-csat']]);
    expect([i18n.textsFor('sv').csatQuestion, i18n.textsFor('sv').close]).toEqual([sv.csatQuestion, sv.close]);
    expect(i18n.hasTexts('sv', 'npsQuestion')).toBe(false);
    await load.loadTexts('sv', fetchTexts, vi.fn());
    await load.loadTexts('sv', fetchTexts, vi.fn(), '-ces');
    expect(fetchTexts.mock.calls).toEqual([['sv-csat'], ['sv'], ['sv-ces']]);
    const texts = i18n.textsFor('sv');
    expect([texts.npsQuestion, texts.csatQuestion, texts.cesQuestion, texts.task]).toEqual([sv.npsQuestion, sv.csatQuestion, sv.cesQuestion, sv.task]);
  });

  it("takes English's CES texts, after one error, when the locale's cannot be had; says the prompt cannot show without them either", async () => {
    const report = vi.fn();
    const english = vi.fn((name: string) => (name == 'en-ces' ? Promise.resolve(fileTexts(en, name)) : Promise.reject(new Error(`could not load locales/${name}.js`))));
    await load.loadTexts('sv', english, report, '-ces');
    expect(english.mock.calls).toEqual([['sv-ces'], ['en-ces']]);
    expect(report.mock.calls).toEqual([['[hearken] could not load locales/sv-ces.js; the prompt is in English']]);
    expect(i18n.textsFor('sv').cesQuestion).toBe(en.cesQuestion);

    const none = vi.fn((name: string) => Promise.reject(new Error(`could not load locales/${name}.js`)));
    report.mockClear();
    await expect(load.loadTexts('sv', none, report, '-csat')).rejects.toThrow('no texts for the prompt');
    expect(report.mock.calls).toEqual([
      ['[hearken] could not load locales/sv-csat.js; the prompt is in English'],
      ['[hearken] could not load locales/en-csat.js; the prompt cannot show'],
    ]);
  });
});
