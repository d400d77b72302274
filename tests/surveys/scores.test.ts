import { describe, expect, it } from 'vitest';
import type { Scale, SurveyKind } from '../../src/surveys/types';
import type { ScoredAnswer } from '../../src/surveys/scores';
import { cesScore, csatScore, npsScore, segmentCounts } from '../../src/surveys/scores';

const NPS: Scale = { min: 0, max: 10 };
const CSAT5: Scale = { min: 1, max: 5 };
const CSAT3: Scale = { min: 1, max: 3 };
const CES7: Scale = { min: 1, max: 7 };
const CES5: Scale = { min: 1, max: 5 };

function answers(survey: SurveyKind, scale: Scale, scores: number[]): ScoredAnswer[] {
  return scores.map((score) => ({ survey, score, scale }));
}
const nps = (...scores: number[]) => answers('nps', NPS, scores);

describe('npsScore', () => {
  it.each<[string, ScoredAnswer[], number | null]>([
    ['no answers', [], null],
    ['only answers of other surveys', answers('csat', CSAT5, [5, 5]), null],
    ['all promoters', nps(9, 10, 10), 100],
    ['all detractors', nps(0, 3, 6), -100],
    ['all passives', nps(7, 8), 0],
    ['one of each', nps(0, 7, 10), 0],
    ['2 promoters, 1 passive, 1 detractor', nps(10, 9, 8, 6), 25],
    ['1 promoter in 3 (33.3…)', nps(9, 7, 7), 33],
    ['2 promoters in 3 (66.6…)', nps(9, 10, 7), 67],
    ['1 detractor in 3 (−33.3…)', nps(6, 7, 7), -33],
    ['1 promoter in 8 (+12.5 rounds away from zero)', nps(9, 7, 7, 7, 7, 7, 7, 7), 13],
    ['1 detractor in 8 (−12.5 rounds away from zero)', nps(6, 7, 7, 7, 7, 7, 7, 7), -13],
    ['1 detractor in 201 (−0.49… rounds to 0, not −0)', nps(6, ...Array(200).fill(8)), 0],
  ])('%s → %s', (_, input, expected) => {
    expect(npsScore(input)).toBe(expected);
  });

  it('counts only NPS answers in a mixed list', () => {
    expect(npsScore([...nps(10, 0, 10), ...answers('csat', CSAT5, [1, 1, 1]), ...answers('ces', CES7, [1])])).toBe(33);
  });

  it.each<[string, ScoredAnswer]>([
    ['above the scale', { survey: 'nps', score: 11, scale: NPS }],
    ['below the scale', { survey: 'nps', score: -1, scale: NPS }],
    ['not a whole number', { survey: 'nps', score: 9.5, scale: NPS }],
    ['not a number', { survey: 'nps', score: NaN, scale: NPS }],
    ['on an empty scale', { survey: 'nps', score: 5, scale: { min: 5, max: 5 } }],
    ['on a reversed scale', { survey: 'nps', score: 5, scale: { min: 10, max: 0 } }],
  ])('ignores a score %s', (_, odd) => {
    expect(npsScore([odd])).toBeNull();
    expect(npsScore([odd, ...nps(10)])).toBe(100);
  });

  it('segments the score again instead of trusting a stored segment', () => {
    expect(npsScore([{ survey: 'nps', score: 0, scale: NPS, segment: 'promoter' }])).toBe(-100);
  });
});

describe('csatScore', () => {
  it.each<[string, ScoredAnswer[], number | null]>([
    ['no answers', [], null],
    ['only answers of other surveys', nps(10), null],
    ['all 5s', answers('csat', CSAT5, [5, 5]), 100],
    ['4 counts as satisfied (top-2-box)', answers('csat', CSAT5, [4]), 100],
    ['3 is not satisfied', answers('csat', CSAT5, [3, 3]), 0],
    ['all 1s', answers('csat', CSAT5, [1, 1]), 0],
    ['1 satisfied in 3', answers('csat', CSAT5, [5, 3, 1]), 33.3],
    ['2 satisfied in 3', answers('csat', CSAT5, [5, 4, 2]), 66.7],
    ['1 satisfied in 16 (6.25)', answers('csat', CSAT5, [5, ...Array(15).fill(1)]), 6.3],
    ['3-point: only 3 is satisfied', answers('csat', CSAT3, [3, 2, 1, 2]), 25],
    ['3- and 5-point mixed, each on its own scale', [...answers('csat', CSAT3, [3, 2]), ...answers('csat', CSAT5, [4, 3])], 50],
    ['scores off their scale are ignored', [...answers('csat', CSAT3, [4, 5]), ...answers('csat', CSAT5, [0, 5])], 100],
  ])('%s → %s', (_, input, expected) => {
    expect(csatScore(input)).toBe(expected);
  });
});

describe('cesScore', () => {
  it.each<[string, ScoredAnswer[], { mean: number; easy: number; count: number } | null]>([
    ['no answers', [], null],
    ['only answers of other surveys', nps(10), null],
    ['all 7s', answers('ces', CES7, [7, 7]), { mean: 7, easy: 100, count: 2 }],
    ['all 1s', answers('ces', CES7, [1, 1, 1]), { mean: 1, easy: 0, count: 3 }],
    ['one of each 7-point score', answers('ces', CES7, [1, 2, 3, 4, 5, 6, 7]), { mean: 4, easy: 42.9, count: 7 }],
    ['7-point 4 is neutral, 5 easy', answers('ces', CES7, [4, 5]), { mean: 4.5, easy: 50, count: 2 }],
    ['5-point scores on the 1–7 basis', answers('ces', CES5, [5, 4]), { mean: 6.3, easy: 100, count: 2 }],
    ['5-point 3 is neutral and the middle', answers('ces', CES5, [3]), { mean: 4, easy: 0, count: 1 }],
    ['5-point 2 is difficult', answers('ces', CES5, [2]), { mean: 2.5, easy: 0, count: 1 }],
    [
      '5- and 7-point mixed',
      [...answers('ces', CES5, [4, 2]), ...answers('ces', CES7, [5, 6])],
      { mean: 4.8, easy: 75, count: 4 },
    ],
    ['scores off their scale are ignored', [...answers('ces', CES5, [6, 7]), ...answers('ces', CES7, [0, 6])], { mean: 6, easy: 100, count: 1 }],
  ])('%s → %j', (_, input, expected) => {
    expect(cesScore(input)).toEqual(expected);
  });
});

describe('segmentCounts', () => {
  it.each<[SurveyKind, ScoredAnswer[], Record<string, number>]>([
    ['nps', [], { detractor: 0, passive: 0, promoter: 0 }],
    ['nps', nps(0, 6, 7, 8, 9, 10, 10), { detractor: 2, passive: 2, promoter: 3 }],
    ['csat', [...answers('csat', CSAT5, [1, 3, 4, 5]), ...answers('csat', CSAT3, [1, 2])], { unsatisfied: 2, neutral: 2, satisfied: 2 }],
    ['ces', [...answers('ces', CES7, [3, 4, 5]), ...answers('ces', CES5, [3, 4, 9])], { difficult: 1, neutral: 2, easy: 2 }],
    ['ces', nps(1, 2, 3), { difficult: 0, neutral: 0, easy: 0 }],
  ])('%s of %j → %j', (survey, input, expected) => {
    expect(segmentCounts(input, survey)).toEqual(expected);
  });
});
