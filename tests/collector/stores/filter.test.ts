import { describe, expect, it } from 'vitest';
import type { AnswerFilter } from '../../../src/collector';
import { checkFilter, limitOf, whereOf } from '../../../src/collector/stores/filter';

describe('whereOf', () => {
  it.each<[AnswerFilter | undefined, string, unknown[]]>([
    [undefined, '', []],
    [{}, '', []],
    [{ survey: 'nps' }, ' WHERE survey = $1', ['nps']],
    [{ touchpoint: 'checkout' }, ' WHERE touchpoint = $1', ['checkout']],
    [{ locale: 'de' }, ' WHERE locale = $1', ['de']],
    [{ from: '2026-01-01T00:00:00Z' }, ' WHERE answered_at >= $1::timestamptz', ['2026-01-01T00:00:00Z']],
    [{ to: '2026-02-01T00:00:00Z' }, ' WHERE answered_at < $1::timestamptz', ['2026-02-01T00:00:00Z']],
    [{ after: 41 }, ' WHERE seq > $1', [41]],
    [{ after: 0 }, ' WHERE seq > $1', [0]],
    [{ limit: 5 }, '', []],
    [
      { survey: 'csat', touchpoint: 't', locale: 'en', from: 'f', to: 't2', after: 3 },
      ' WHERE survey = $1 AND touchpoint = $2 AND locale = $3 AND answered_at >= $4::timestamptz AND answered_at < $5::timestamptz AND seq > $6',
      ['csat', 't', 'en', 'f', 't2', 3],
    ],
  ])('%j gives %j', (filter, sql, params) => {
    expect(whereOf(filter)).toEqual({ sql, params });
  });

  it('puts the extra conditions first, with the filter’s numbered after them', () => {
    expect(whereOf({ locale: 'fr' }, ['has_contact'])).toEqual({ sql: ' WHERE has_contact AND locale = $1', params: ['fr'] });
    expect(whereOf({}, ['has_contact', 'NOT done'])).toEqual({ sql: ' WHERE has_contact AND NOT done', params: [] });
  });

  it('keeps values out of the SQL text', () => {
    const hostile = "x' OR '1'='1";
    // a `?` inside a value is not taken for a placeholder either
    const where = whereOf({ touchpoint: hostile, locale: 'a?b' });
    expect(where.sql).toBe(' WHERE touchpoint = $1 AND locale = $2');
    expect(where.params).toEqual([hostile, 'a?b']);
  });
});

describe('checkFilter', () => {
  it.each<[string, string]>([
    ['2026-12-01', '2026-12-01T00:00:00Z'],
    ['2026-12-01T09:30', '2026-12-01T09:30Z'],
    ['2026-12-01T09:30:15.123', '2026-12-01T09:30:15.123Z'],
    ['2026-12-01T09:30:00Z', '2026-12-01T09:30:00Z'],
    ['2026-12-01T09:30:00+05:30', '2026-12-01T09:30:00+05:30'],
  ])('reads %j as %j: without an offset, UTC', (given, read) => {
    expect(checkFilter('query', { from: given, to: given })).toEqual({ from: read, to: read });
  });

  it.each<[unknown]>([['yesterday'], ['not a date'], ['2026-02-30'], ['2026-12-01 09:30'], ['20261201'], ['0000-01-01'], [''], [5], [null], [new Date(Number.NaN)]])(
    'refuses %j, naming the method and the field',
    (value) => {
      const shown = value instanceof Date ? 'null' : JSON.stringify(value);
      expect(() => checkFilter('stats', { to: value as string })).toThrow(new TypeError(`[hearken] stats: to must be an ISO date or time, got ${shown}`));
    },
  );

  it('leaves the rest of the filter as it is, and a filter without times untouched', () => {
    expect(checkFilter('query', { survey: 'nps', after: 3, limit: 5 })).toEqual({ survey: 'nps', after: 3, limit: 5 });
    expect(checkFilter('query')).toEqual({});
  });
});

describe('limitOf', () => {
  it.each<[AnswerFilter | undefined, string]>([
    [undefined, ''],
    [{}, ''],
    [{ limit: 0 }, ' LIMIT 0'],
    [{ limit: 25 }, ' LIMIT 25'],
    [{ limit: -1 }, ''],
    [{ limit: 1.5 }, ''],
    [{ limit: Number.NaN }, ''],
    [{ limit: '5; DROP TABLE hearken_answers' as unknown as number }, ''],
  ])('%j gives %j', (filter, sql) => {
    expect(limitOf(filter)).toBe(sql);
  });
});
