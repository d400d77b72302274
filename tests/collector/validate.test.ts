import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../src/collector';
import { makeAnswer } from './answers';

const problem = (overrides: Record<string, unknown>) => {
  const result = checkBatch({ answers: [{ ...makeAnswer(), ...overrides }] });
  return result.ok ? null : result.error;
};

describe('checkBatch', () => {
  it('accepts what the widget sends, with and without the optional fields', () => {
    const answers = [
      makeAnswer(),
      makeAnswer({ survey: 'csat', score: 2, scale: { min: 1, max: 3 }, comment: '', touchpoint: 'support', userId: 'u', meta: { plan: 'pro' } }),
      makeAnswer({ survey: 'ces', score: 4, scale: { min: 1, max: 5 }, reasons: ['price', 'speed'], contact: { consent: true, channel: 'phone', value: '+44 20 7946 0958' } }),
      makeAnswer({ contact: { consent: true, channel: 'email' } }),
    ];
    expect(checkBatch({ answers, sentAt: '2026-11-22T21:47:40.000Z' })).toEqual({ ok: true, answers });
    expect(checkBatch({ answers: [] })).toEqual({ ok: true, answers: [] });
  });

  it.each([
    [{ id: '' }, 'answers[0].id: must be a non-empty string'],
    [{ id: 'x'.repeat(101) }, 'answers[0].id: must be at most 100 characters, got 101'],
    [{ survey: 'csi' }, 'answers[0].survey: must be one of nps, csat, ces, got "csi"'],
    [{ scale: { min: 1, max: 10 } }, 'answers[0].scale: must be 0–10 for nps, got 1–10'],
    [{ survey: 'csat', scale: { min: 1, max: 7 }, score: 7, segment: 'satisfied' }, 'answers[0].scale: must be 1–3 or 1–5 for csat, got 1–7'],
    [{ score: 11 }, 'answers[0].score: must be an integer from 0 to 10, got 11'],
    [{ score: 9.5 }, 'answers[0].score: must be an integer from 0 to 10, got 9.5'],
    [{ segment: 'happy' }, 'answers[0].segment: must be one of detractor, passive, promoter for nps, got "happy"'],
    [{ comment: 5 }, 'answers[0].comment: must be a string, got 5'],
    [{ reasons: 'price' }, 'answers[0].reasons: must be an array of reason keys, got "price"'],
    [{ reasons: ['a', 'a'] }, 'answers[0].reasons[1]: must not repeat a key, got "a" twice'],
    [{ contact: 'yes' }, 'answers[0].contact: must be an object {consent, channel, value}, got "yes"'],
    // every reason the follow-up fields can have: tests/collector/validate-follow-up.test.ts
    [{ contact: { consent: true, channel: 'email', value: 'not-an-address' } }, 'answers[0].contact.value: must be an email address, got "not-an-address"'],
    [{ question: '' }, 'answers[0].question: must be a non-empty string'],
    [{ locale: 7 }, 'answers[0].locale: must be a string, got 7'],
    [{ page: 'javascript:alert(1)' }, 'answers[0].page: must be an http(s) URL, got "javascript:alert(1)"'],
    [{ visitorId: null }, 'answers[0].visitorId: must be a string, got null'],
    [{ meta: { plan: 1 } }, 'answers[0].meta.plan: must be a string, got 1'],
    [{ answeredAt: '2025-02-30T00:00:00Z' }, 'answers[0].answeredAt: must be an ISO-8601 date-time with a time zone, in years 1 to 9999, got "2025-02-30T00:00:00Z"'],
    [{ answeredAt: '0000-06-01T00:00:00Z' }, 'answers[0].answeredAt: must be an ISO-8601 date-time with a time zone, in years 1 to 9999, got "0000-06-01T00:00:00Z"'],
    [{ id: 'lone-\ud800' }, 'answers[0].id: must be well-formed text (a UTF-16 surrogate without its pair is not a character)'],
    [{ id: 42 }, 'answers[0].id: must be a string, got 42'],
    [{ widget: 'other/1' }, 'answers[0].widget: must be "hearken/<version>", got "other/1"'],
    [{ touchpoint: 'a\u0000b' }, 'answers[0].touchpoint: must not contain the NUL character (U+0000)'],
  ])('refuses %j: %s', (overrides, reason) => {
    expect(problem(overrides)).toBe(reason);
  });

  it('takes a comment or meta value holding a lone UTF-16 surrogate (stored as U+FFFD), which only an id may not', () => {
    expect(checkBatch({ answers: [{ ...makeAnswer(), comment: 'cut\ud83d', meta: { plan: '\ude00pro' } }] })).toMatchObject({ ok: true });
  });

  it('refuses a batch as a whole, naming the first bad record', () => {
    const result = checkBatch({ answers: [makeAnswer(), { ...makeAnswer(), score: -1 }] });
    expect(result).toEqual({ ok: false, error: 'answers[1].score: must be an integer from 0 to 10, got -1' });
    expect(checkBatch({ answers: [], sentAt: 'yesterday' })).toEqual({ ok: false, error: 'sentAt: must be an ISO-8601 date-time with a time zone, in years 1 to 9999, got "yesterday"' });
  });
});
