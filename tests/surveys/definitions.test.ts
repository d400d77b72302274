import { describe, expect, it } from 'vitest';
import type { Scale, Segment, SurveyKind } from '../../src/surveys/types';
import { SURVEYS, allowedPoints, isSurveyKind, polarityOf, scaleFor, segmentOf } from '../../src/surveys/definitions';

describe('surveys', () => {
  it('lists nps, csat and ces', () => {
    expect(SURVEYS).toEqual(['nps', 'csat', 'ces']);
  });

  it.each([
    ['nps', true],
    ['csat', true],
    ['ces', true],
    ['NPS', false],
    ['ces ', false],
    ['', false],
    [undefined, false],
    [null, false],
    [11, false],
    [{}, false],
  ])('isSurveyKind(%j) is %s', (x, expected) => {
    expect(isSurveyKind(x)).toBe(expected);
  });
});

describe('scaleFor', () => {
  it.each<[SurveyKind, number | undefined, Scale | undefined]>([
    ['nps', undefined, { min: 0, max: 10 }],
    ['nps', 11, { min: 0, max: 10 }],
    ['nps', 10, undefined],
    ['nps', 5, undefined],
    ['csat', undefined, { min: 1, max: 5 }],
    ['csat', 5, { min: 1, max: 5 }],
    ['csat', 3, { min: 1, max: 3 }],
    ['csat', 7, undefined],
    ['csat', 4, undefined],
    ['ces', undefined, { min: 1, max: 7 }],
    ['ces', 7, { min: 1, max: 7 }],
    ['ces', 5, { min: 1, max: 5 }],
    ['ces', 3, undefined],
    ['ces', 11, undefined],
    ['ces', 0, undefined],
    ['ces', 5.5, undefined],
    ['ces', NaN, undefined],
  ])('%s on %s points → %j', (survey, points, expected) => {
    expect(scaleFor(survey, points)).toEqual(expected);
  });

  it('hands out a fresh scale each time, so a caller cannot change the defaults', () => {
    const scale = scaleFor('nps')!;
    scale.max = 5;
    expect(scaleFor('nps')).toEqual({ min: 0, max: 10 });
  });

  it.each<[SurveyKind, number[]]>([
    ['nps', [11]],
    ['csat', [3, 5]],
    ['ces', [5, 7]],
  ])('allowedPoints(%s) is %j', (survey, points) => {
    expect(allowedPoints(survey)).toEqual(points);
    for (const p of points) expect(scaleFor(survey, p)!.max - scaleFor(survey, p)!.min + 1).toBe(p);
  });
});

// Every score of every built-in scale, with its segment.
const NPS: [number, Segment][] = [
  [0, 'detractor'], [1, 'detractor'], [2, 'detractor'], [3, 'detractor'], [4, 'detractor'], [5, 'detractor'],
  [6, 'detractor'], [7, 'passive'], [8, 'passive'], [9, 'promoter'], [10, 'promoter'],
];
const CSAT5: [number, Segment][] = [[1, 'unsatisfied'], [2, 'unsatisfied'], [3, 'neutral'], [4, 'satisfied'], [5, 'satisfied']];
const CSAT3: [number, Segment][] = [[1, 'unsatisfied'], [2, 'neutral'], [3, 'satisfied']];
const CES7: [number, Segment][] = [
  [1, 'difficult'], [2, 'difficult'], [3, 'difficult'], [4, 'neutral'], [5, 'easy'], [6, 'easy'], [7, 'easy'],
];
const CES5: [number, Segment][] = [[1, 'difficult'], [2, 'difficult'], [3, 'neutral'], [4, 'easy'], [5, 'easy']];

describe('segmentOf', () => {
  it.each(NPS)('NPS %i of 0–10 is a %s', (score, segment) => {
    expect(segmentOf('nps', score, { min: 0, max: 10 })).toBe(segment);
  });
  it.each(CSAT5)('CSAT %i of 1–5 is %s', (score, segment) => {
    expect(segmentOf('csat', score, { min: 1, max: 5 })).toBe(segment);
  });
  it.each(CSAT3)('CSAT %i of 1–3 is %s', (score, segment) => {
    expect(segmentOf('csat', score, { min: 1, max: 3 })).toBe(segment);
  });
  it.each(CES7)('CES %i of 1–7 is %s', (score, segment) => {
    expect(segmentOf('ces', score, { min: 1, max: 7 })).toBe(segment);
  });
  it.each(CES5)('CES %i of 1–5 is %s', (score, segment) => {
    expect(segmentOf('ces', score, { min: 1, max: 5 })).toBe(segment);
  });

  // Scales hearken does not offer, segmented by the documented generalisation.
  it.each<[SurveyKind, number, Scale, Segment]>([
    ['nps', 100, { min: 0, max: 100 }, 'promoter'],
    ['nps', 90, { min: 0, max: 100 }, 'promoter'],
    ['nps', 89, { min: 0, max: 100 }, 'passive'],
    ['nps', 70, { min: 0, max: 100 }, 'passive'],
    ['nps', 69, { min: 0, max: 100 }, 'detractor'],
    ['nps', 5, { min: 1, max: 5 }, 'promoter'],
    ['nps', 4, { min: 1, max: 5 }, 'passive'],
    ['nps', 3, { min: 1, max: 5 }, 'detractor'],
    ['csat', 5, { min: 1, max: 10 }, 'unsatisfied'],
    ['csat', 6, { min: 1, max: 10 }, 'satisfied'],
    ['ces', 0, { min: 0, max: 4 }, 'difficult'],
    ['ces', 2, { min: 0, max: 4 }, 'neutral'],
    ['ces', 3, { min: 0, max: 4 }, 'easy'],
  ])('%s %i on %j is %s', (survey, score, scale, segment) => {
    expect(segmentOf(survey, score, scale)).toBe(segment);
  });

  it.each<[SurveyKind, number, Segment]>([
    ['nps', -1, 'detractor'],
    ['nps', 11, 'promoter'],
    ['csat', 0, 'unsatisfied'],
    ['csat', 6, 'satisfied'],
    ['ces', NaN, 'difficult'],
  ])('puts %s %s, off the default scale, into the nearest end segment (%s)', (survey, score, segment) => {
    expect(segmentOf(survey, score, scaleFor(survey)!)).toBe(segment);
  });
});

describe('polarityOf', () => {
  it.each<[Segment, string]>([
    ['detractor', 'negative'],
    ['passive', 'neutral'],
    ['promoter', 'positive'],
    ['unsatisfied', 'negative'],
    ['neutral', 'neutral'],
    ['satisfied', 'positive'],
    ['difficult', 'negative'],
    ['easy', 'positive'],
  ])('%s is %s', (segment, polarity) => {
    expect(polarityOf(segment)).toBe(polarity);
  });
});
