import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Texts } from '../../src/i18n/types';

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

// dist/hearken-ui.js is built with src/i18n/none-built-in.ts: English is a file like the others.
describe('loadTexts without English built in (the script tag)', () => {
  let en: Texts;
  beforeEach(async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/built-in', () => import('../../src/i18n/none-built-in'));
    i18n = await import('../../src/i18n/index');
    load = await import('../../src/i18n/load');
    ({ en } = await import('../../src/i18n/locales/en'));
    return () => vi.doUnmock('../../src/i18n/built-in');
  });

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

  it('says the prompt cannot show when English cannot be had either; textsFor then throws', async () => {
    const fetchTexts = vi.fn((locale: string) => Promise.reject(new Error(`could not load locales/${locale}.js`)));
    const report = vi.fn();
    await expect(load.loadTexts('sv', fetchTexts, report)).resolves.toBeUndefined();
    expect(report.mock.calls).toEqual([
      ['[hearken] could not load locales/sv.js; the prompt is in English'],
      ['[hearken] could not load locales/en.js; the prompt cannot show'],
    ]);
    expect(() => i18n.textsFor('sv')).toThrow('no texts: the locale files did not load');
  });

  it('reports an English file that brought no texts', async () => {
    const report = vi.fn();
    await load.loadTexts('en', async () => undefined, report);
    expect(report.mock.calls).toEqual([['[hearken] the texts of locale en did not load; the prompt cannot show']]);
  });
});
