import { beforeAll, describe, expect, it } from 'vitest';
import type { Texts } from '../../src/i18n/types';
import { LOCALES, fill, textsFor } from '../../src/i18n/index';
import { loadAllLocales } from './helpers';

// Every key of the Texts interface; the `satisfies` check fails to compile when one is added or removed.
const KEYS = Object.keys({
  npsQuestion: 1, csatQuestion: 1, cesQuestion: 1, cesBrandQuestion: 1, npsLow: 1, npsHigh: 1, csatLow: 1, csatHigh: 1, cesLow: 1,
  cesHigh: 1, followUpNegative: 1, followUpNeutral: 1, followUpPositive: 1, commentPlaceholder: 1, submit: 1,
  skip: 1, close: 1, thanks: 1, thanksDetail: 1, dialogLabel: 1, scoreLabel: 1, brand: 1, subject: 1, task: 1,
  reasonsLabel: 1, reasonsHint: 1, contactQuestion: 1, contactPurpose: 1, contactConsent: 1, contactEmail: 1,
  contactPhone: 1, contactKnown: 1, invalidEmail: 1, invalidPhone: 1, reviewLabel: 1, newTab: 1,
} satisfies Record<keyof Texts, 1>) as (keyof Texts)[];

// Words that are also these languages' own, used by their product writers: loanwords every market uses,
// and native words spelled as in English (Danish and Norwegian "for", Norwegian "Send inn", Dutch and Romanian "contact").
const INTERNATIONAL = ['feedback', 'email', 'account', 'optional', 'tab'];
const NATIVE: Record<string, string[]> = { da: ['for'], nb: ['send', 'for'], nl: ['contact'], ro: ['contact'] };
// The examples in the invalid-input messages, the same in every language.
const EXAMPLES = /name@example\.com|\+44 20 7946 0958/g;

const placeholders = (s: string) => (s.match(/\{\w+\}/g) || []).sort();
const words = (s: string) => s.replace(EXAMPLES, '').replace(/\{\w+\}/g, '').toLowerCase().match(/\p{L}{3,}/gu) || ([] as string[]);

beforeAll(loadAllLocales);

describe.each(LOCALES.map((l) => [l]))('locale %s', (locale) => {
  const texts = () => textsFor(locale);
  const en = () => textsFor('en');

  it('has every key, each a non-empty, trimmed text', () => {
    expect(Object.keys(texts()).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      expect(typeof texts()[key], key).toBe('string');
      expect(texts()[key].trim(), key).not.toBe('');
      expect(texts()[key], key).toBe(texts()[key].trim());
    }
  });

  it("uses exactly en's placeholders in each text", () => {
    for (const key of KEYS) expect(placeholders(texts()[key]), key).toEqual(placeholders(en()[key]));
  });

  it('is its own translation: no text a copy of English, no English word left outside brand names', () => {
    if (locale == 'en') return;
    const same = KEYS.filter((k) => texts()[k] == en()[k] && k != 'dialogLabel' && k != 'scoreLabel');
    expect(same).toEqual([]);
    // a word of the English text left in the same text of this locale
    const allowed = [...INTERNATIONAL, ...(NATIVE[locale] || [])];
    const left = KEYS.flatMap((k) => words(texts()[k]).filter((w) => words(en()[k]).includes(w) && !allowed.includes(w)).map((w) => `${k}: ${w}`));
    expect(left).toEqual([]);
  });

  it('fills its questions with its own defaults, leaving no placeholder behind', () => {
    const vars = { brand: texts().brand, subject: texts().subject, task: texts().task };
    for (const key of ['npsQuestion', 'csatQuestion', 'cesQuestion', 'cesBrandQuestion'] as const) {
      expect(fill(texts()[key], vars)).not.toMatch(/[{}]/);
    }
    // the score and the scale's top, in the language's order ("7 of 10", "10 üzerinden 7", "10点中7点")
    const label = fill(texts().scoreLabel, { score: 7, max: 10 });
    expect(label.match(/\d+/g)!.sort()).toEqual(['10', '7']);
  });
});

describe('en', () => {
  it('reads naturally with its defaults', () => {
    const en = textsFor('en');
    const vars = { brand: en.brand, subject: en.subject, task: en.task };
    expect(fill(en.npsQuestion, vars)).toBe('How likely are you to recommend us to a friend or colleague?');
    expect(fill(en.csatQuestion, vars)).toBe('How satisfied are you with your experience?');
    expect(fill(en.cesQuestion, vars)).toBe('It was easy to get what I needed.');
    expect(fill(en.cesBrandQuestion, { ...vars, brand: 'Northwind' })).toBe('Northwind made it easy for me to get what I needed.');
  });
});
