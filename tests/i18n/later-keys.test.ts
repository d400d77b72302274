import { describe, expect, it } from 'vitest';
import { LATER_KEYS } from '../../src/i18n/later-keys';
import { en } from '../../src/i18n/locales/en';

describe('LATER_KEYS', () => {
  it('names the texts of the steps after the score, each once, and none the question step shows', () => {
    expect(new Set(LATER_KEYS).size).toBe(LATER_KEYS.length);
    for (const key of LATER_KEYS) expect(Object.keys(en), key).toContain(key);
    const question = ['npsQuestion', 'csatQuestion', 'cesQuestion', 'cesBrandQuestion', 'npsLow', 'npsHigh', 'close', 'thanks', 'thanksDetail', 'dialogLabel', 'scoreLabel', 'brand', 'subject', 'task'];
    for (const key of question) expect(LATER_KEYS, key).not.toContain(key);
    expect(LATER_KEYS).toEqual(expect.arrayContaining(['followUpNegative', 'commentPlaceholder', 'submit', 'skip', 'contactPurpose', 'reviewLabel', 'newTab']));
  });
});
