import { describe, expect, it } from 'vitest';
import { isIsoDate, isObject, keyProblem, show, textProblem } from '../../src/collector/validate-values';

describe('show', () => {
  it.each<[unknown, string]>([
    [undefined, 'nothing'],
    [null, 'null'],
    [5, '5'],
    ['five', '"five"'],
    [{ a: [1] }, '{"a":[1]}'],
    [Symbol.for('s'), 'Symbol(s)'],
    ['x'.repeat(58), `"${'x'.repeat(58)}"`],
    ['x'.repeat(59), `"${'x'.repeat(56)}…`],
  ])('shows %s as %s', (value, text) => {
    expect(show(value)).toBe(text);
  });

  it('never quotes more than 58 characters of a long value', () => {
    expect(show('secret '.repeat(1000)).length).toBe(58);
  });
});

describe('isObject', () => {
  it.each<[unknown, boolean]>([
    [{}, true],
    [{ a: 1 }, true],
    [null, false],
    [[], false],
    ['{}', false],
    [undefined, false],
  ])('%j is an object: %s', (value, expected) => {
    expect(isObject(value)).toBe(expected);
  });
});

describe('textProblem', () => {
  it.each<[unknown, number, boolean, string | null]>([
    ['fine', 10, false, null],
    ['x'.repeat(10), 10, false, null],
    ['x'.repeat(11), 10, false, 'must be at most 10 characters, got 11'],
    ['', 10, false, 'must be a non-empty string'],
    ['   ', 10, false, 'must be a non-empty string'],
    ['', 10, true, null],
    [42, 10, false, 'must be a string, got 42'],
    [undefined, 10, true, 'must be a string, got nothing'],
    ['a\u0000b', 10, false, 'must not contain the NUL character (U+0000)'],
  ])('%j with at most %i (empty allowed: %s) gives %j', (value, max, allowEmpty, problem) => {
    expect(textProblem(value, max, allowEmpty)).toBe(problem);
  });

  it('counts UTF-16 code units, as String#length does', () => {
    expect(textProblem('😀😀', 4)).toBeNull();
    expect(textProblem('😀😀', 3)).toBe('must be at most 3 characters, got 4');
  });
});

describe('keyProblem', () => {
  const LONE = 'must be well-formed text (a UTF-16 surrogate without its pair is not a character)';
  it.each<[string, string | null]>([
    ['0b9f1c2e-1d2a-4c3b-9e8f-2a1b3c4d5e6f', null],
    ['a😀b', null],
    ['lone-\ud800', LONE],
    ['\udc00-lone', LONE],
    ['a\ud83d\ude00\udc00', LONE],
    ['\ud800\ud800\udc00', LONE],
  ])('%j as a key: %j', (value, problem) => {
    expect(keyProblem(value)).toBe(problem);
  });
});

describe('isIsoDate', () => {
  it.each<[unknown, boolean]>([
    ['2025-03-01T12:00:00.000Z', true],
    ['2025-03-01T12:00Z', true],
    ['2025-03-01T12:00:00+01:00', true],
    ['2025-03-01T12:00:00-0530', true],
    ['2025-03-01T12:00:00.123456789Z', true],
    ['2024-02-29T00:00:00Z', true],
    ['2025-12-31T23:59:59Z', true],
    // what a store can keep: years 1 to 9999 in UTC (PostgreSQL has no year 0, and cannot read back years past 9999)
    ['0001-01-01T00:00:00Z', true],
    ['9999-12-31T23:59:59.999Z', true],
    ['0000-06-01T00:00:00Z', false],
    ['0001-01-01T00:00:00+01:00', false],
    ['9999-12-31T23:00:00-05:00', false],
    ['2025-02-29T00:00:00Z', false],
    ['2025-04-31T00:00:00Z', false],
    ['2025-13-01T00:00:00Z', false],
    ['2025-00-10T00:00:00Z', false],
    ['2025-03-01T25:00:00Z', false],
    ['2025-03-01T12:00:00', false],
    ['2025-03-01', false],
    ['2025-03-01 12:00:00Z', false],
    ['yesterday', false],
    [Date.UTC(2025, 2, 1), false],
    [new Date(0), false],
  ])('%j is an ISO date-time: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
