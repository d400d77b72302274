import { describe, expect, it } from 'vitest';
import { LATER_KEYS, SURVEY_KEYS } from '../../src/i18n/later-keys';
import { en } from '../../src/i18n/locales/en';

// what every prompt shows on its question step, whatever its survey: in each of the survey's files (`dialogLabel`,
// which no step shows, travels with the later texts)
const EVERY_PROMPT = ['close', 'thanks', 'scoreLabel', 'brand'];

describe('LATER_KEYS', () => {
  it('names the texts of the steps after the score, each once, and none the question step shows', () => {
    expect(new Set(LATER_KEYS).size).toBe(LATER_KEYS.length);
    for (const key of LATER_KEYS) expect(Object.keys(en), key).toContain(key);
    const question = ['npsQuestion', 'csatQuestion', 'cesQuestion', 'cesBrandQuestion', 'npsLow', 'npsHigh', ...EVERY_PROMPT, 'subject', 'task'];
    for (const key of question) expect(LATER_KEYS, key).not.toContain(key);
    // the thank-you's second line is drawn by the steps after the score; the plain thank-you has the first alone
    expect(LATER_KEYS).toEqual(expect.arrayContaining(['followUpNegative', 'commentPlaceholder', 'submit', 'skip', 'contactPurpose', 'reviewLabel', 'newTab', 'thanksDetail']));
  });
});

describe('SURVEY_KEYS', () => {
  it("names each survey's question texts, its question first, in no other survey's list nor the later ones", () => {
    expect(Object.keys(SURVEY_KEYS)).toEqual(['nps', 'csat', 'ces']);
    const all = Object.values(SURVEY_KEYS).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const [survey, keys] of Object.entries(SURVEY_KEYS)) {
      expect(keys[0]).toBe(`${survey}Question`);
      for (const key of keys) expect(LATER_KEYS, key).not.toContain(key);
    }
    expect(SURVEY_KEYS.ces).toContain('cesBrandQuestion');
  });

  it('leaves out of every list only what every prompt shows: every text is in one place', () => {
    const listed = new Set<string>([...LATER_KEYS, ...Object.values(SURVEY_KEYS).flat()]);
    expect(Object.keys(en).filter((key) => !listed.has(key)).sort()).toEqual([...EVERY_PROMPT].sort());
  });
});
