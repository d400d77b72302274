import { describe, expect, it } from 'vitest';
import { statsOf, type ScoreGroup } from '../../../src/collector/stores/stats';

const group = (survey: string, score: number, count: number | string, scale = { min: 0, max: 10 }): ScoreGroup => ({
  survey, score, scale_min: scale.min, scale_max: scale.max, count,
});

describe('statsOf', () => {
  it('gives zero counts and no scores for no answers', () => {
    expect(statsOf([])).toEqual({
      total: 0,
      nps: { count: 0, segments: { detractor: 0, passive: 0, promoter: 0 }, score: null },
      csat: { count: 0, segments: { unsatisfied: 0, neutral: 0, satisfied: 0 }, score: null },
      ces: { count: 0, segments: { difficult: 0, neutral: 0, easy: 0 }, score: null },
    });
  });

  it('weighs each group by its count, also when the count comes as text (PostgreSQL bigint)', () => {
    const stats = statsOf([group('nps', 10, '3'), group('nps', 8, 1), group('nps', 2, '1')]);
    expect(stats.total).toBe(5);
    // 3 promoters, 1 passive, 1 detractor: 60 % − 20 %
    expect(stats.nps).toEqual({ count: 5, segments: { detractor: 1, passive: 1, promoter: 3 }, score: 40 });
  });

  it('scores each survey on its own and segments each group on its own scale', () => {
    const stats = statsOf([
      group('csat', 5, 1, { min: 1, max: 5 }),
      group('csat', 3, 1, { min: 1, max: 5 }),
      group('csat', 3, 2, { min: 1, max: 3 }),
      group('ces', 7, 1, { min: 1, max: 7 }),
      group('ces', 3, 1, { min: 1, max: 5 }),
      group('nps', 9, 1),
    ]);
    expect(stats.total).toBe(7);
    // 5 of 5 and 3 of 3 are satisfied, 3 of 5 is neutral
    expect(stats.csat).toEqual({ count: 4, segments: { unsatisfied: 0, neutral: 1, satisfied: 3 }, score: 75 });
    // 3 on 1–5 reads 4 on the 1–7 basis: mean (7 + 4) / 2
    expect(stats.ces).toEqual({ count: 2, segments: { difficult: 0, neutral: 1, easy: 1 }, score: { mean: 5.5, easy: 50, count: 2 } });
    expect(stats.nps).toEqual({ count: 1, segments: { detractor: 0, passive: 0, promoter: 1 }, score: 100 });
  });
});
