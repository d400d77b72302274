import { describe, expect, it } from 'vitest';
import type { Scale } from '../../src/surveys/types';
import type { ReasonedAnswer, ReasonFilter } from '../../src/surveys/reason-counts';
import { reasonCounts } from '../../src/surveys/reason-counts';

const NPS: Scale = { min: 0, max: 10 };
const CSAT: Scale = { min: 1, max: 5 };

const nps = (score: number, reasons?: unknown[], touchpoint?: string): ReasonedAnswer =>
  ({ survey: 'nps', score, scale: NPS, reasons, touchpoint }) as ReasonedAnswer;
const csat = (score: number, reasons?: string[], touchpoint?: string): ReasonedAnswer => ({ survey: 'csat', score, scale: CSAT, reasons, touchpoint });

const ANSWERS: ReasonedAnswer[] = [
  nps(2, ['late', 'price'], 'checkout'),
  nps(5, ['late'], 'delivery'),
  nps(6, [], 'delivery'),
  nps(7, ['price'], 'checkout'),
  nps(10, undefined, 'checkout'),
  csat(1, ['late'], 'delivery'),
  csat(5, ['support'], 'support'),
];

describe('reasonCounts', () => {
  it.each<[string, ReasonFilter, { answers: number; counts: Record<string, number> }]>([
    ['one survey, every segment and touchpoint', { survey: 'nps' }, { answers: 5, counts: { late: 2, price: 2 } }],
    ['detractors only', { survey: 'nps', segment: 'detractor' }, { answers: 3, counts: { late: 2, price: 1 } }],
    ['one touchpoint', { survey: 'nps', touchpoint: 'checkout' }, { answers: 3, counts: { price: 2, late: 1 } }],
    ['segment and touchpoint', { survey: 'nps', segment: 'detractor', touchpoint: 'delivery' }, { answers: 2, counts: { late: 1 } }],
    ['another survey', { survey: 'csat', segment: 'unsatisfied' }, { answers: 1, counts: { late: 1 } }],
    ['a survey without answers', { survey: 'ces' }, { answers: 0, counts: {} }],
    ['a touchpoint without answers', { survey: 'nps', touchpoint: 'search' }, { answers: 0, counts: {} }],
  ])('%s', (_, filter, expected) => {
    const result = reasonCounts(ANSWERS, filter);
    expect(result).toEqual(expected);
    expect(Object.keys(result.counts)).toEqual(Object.keys(expected.counts));
  });

  it('lists the most picked reason first, ties by key', () => {
    const result = reasonCounts([nps(1, ['b', 'c']), nps(2, ['c', 'a']), nps(3, ['c', 'b'])], { survey: 'nps' });
    expect(Object.entries(result.counts)).toEqual([['c', 3], ['b', 2], ['a', 1]]);
  });

  it('segments by the score, not by a stored segment', () => {
    const stale = { ...nps(9, ['fast']), segment: 'detractor' as const };
    expect(reasonCounts([stale], { survey: 'nps', segment: 'detractor' }).answers).toBe(0);
    expect(reasonCounts([stale], { survey: 'nps', segment: 'promoter' }).counts).toEqual({ fast: 1 });
  });

  it('counts a key once per answer, ignores entries that are not strings and answers off their scale', () => {
    const result = reasonCounts(
      [nps(3, ['late', 'late', 7, null, { key: 'x' }]), nps(11, ['late']), nps(3.5, ['late']), { ...nps(3), reasons: 'late' as never }],
      { survey: 'nps' },
    );
    expect(result).toEqual({ answers: 2, counts: { late: 1 } });
  });

  it('takes keys that are names of Object.prototype as plain keys', () => {
    const result = reasonCounts([nps(1, ['constructor', '__proto__', 'toString']), nps(2, ['__proto__'])], { survey: 'nps' });
    expect(Object.entries(result.counts)).toEqual([['__proto__', 2], ['constructor', 1], ['toString', 1]]);
  });
});
