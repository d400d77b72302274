import { describe, expect, it } from 'vitest';
import { csatInterval, npsInterval, zFor } from '../../src/surveys/intervals';
import type { ScoredAnswer } from '../../src/surveys/scores';

const many = (survey: ScoredAnswer['survey'], max: number, counts: [score: number, count: number][]): ScoredAnswer[] =>
  counts.flatMap(([score, count]) => Array.from({ length: count }, () => ({ survey, score, scale: { min: survey == 'nps' ? 0 : 1, max } })));
const nps = (promoters: number, passives: number, detractors: number) => many('nps', 10, [[10, promoters], [8, passives], [3, detractors]]);
const csat = (satisfied: number, others: number) => many('csat', 5, [[5, satisfied], [2, others]]);

describe('zFor', () => {
  it.each([
    [0.8, 1.281552],
    [0.9, 1.644854],
    [0.95, 1.959964],
    [0.99, 2.575829],
  ])('gives the two-sided z of %s', (confidence, z) => {
    expect(zFor(confidence)).toBeCloseTo(z, 5);
  });
});

describe('npsInterval (variance-based, 90 % by default)', () => {
  it('is NPS ± z·√((p + d − (p − d)²) / n): 50 promoters, 30 passives, 20 detractors → +30, 17.2 to 42.8', () => {
    expect(npsInterval(nps(50, 30, 20))).toEqual({ score: 30, low: 17.2, high: 42.8, count: 100 });
  });

  it('widens with the confidence and narrows with more answers', () => {
    expect(npsInterval(nps(50, 30, 20), 0.95)).toEqual({ score: 30, low: 14.7, high: 45.3, count: 100 });
    const large = npsInterval(nps(500, 300, 200))!;
    expect(large.high - large.low).toBeLessThan(9);
  });

  it("centres on hearken's NPS: 1 promoter, 5 passives, 2 detractors is −13", () => {
    expect(npsInterval(nps(1, 5, 2))).toMatchObject({ score: -13, count: 8 });
  });

  it('stays within −100…100, and is null without NPS answers', () => {
    expect(npsInterval(nps(3, 0, 0))).toEqual({ score: 100, low: 100, high: 100, count: 3 });
    expect(npsInterval(nps(1, 0, 1))!.low).toBeGreaterThanOrEqual(-100);
    expect(npsInterval(csat(3, 1))).toBeNull();
  });
});

describe('csatInterval (Wilson, 90 % by default)', () => {
  it("matches the textbook Wilson interval: 8 of 10 satisfied at 95 % is 49.0 % to 94.3 %", () => {
    expect(csatInterval(csat(8, 2), 0.95)).toEqual({ score: 80, low: 49, high: 94.3, count: 10 });
    expect(csatInterval(csat(8, 2))).toEqual({ score: 80, low: 54.1, high: 93.1, count: 10 });
  });

  it('keeps a width at 0 % and 100 %, within 0…100, and is null without CSAT answers', () => {
    const all = csatInterval(csat(20, 0))!;
    expect(all).toMatchObject({ score: 100, high: 100 });
    expect(all.low).toBeGreaterThan(85);
    expect(all.low).toBeLessThan(100);
    expect(csatInterval(csat(0, 20))).toMatchObject({ score: 0, low: 0 });
    expect(csatInterval(nps(1, 1, 1))).toBeNull();
  });
});
