import type { CesSegment, CsatSegment, NpsSegment, Polarity, Scale, Segment, SurveyKind } from './types';

/** The segments of each survey. */
export interface SurveySegments {
  nps: NpsSegment;
  csat: CsatSegment;
  ces: CesSegment;
}

/** Every survey hearken knows, in a stable order. */
export const SURVEYS: readonly SurveyKind[] = ['nps', 'csat', 'ces'];

/** True when `x` names a survey (`nps`, `csat` or `ces`). */
export function isSurveyKind(x: unknown): x is SurveyKind {
  return SURVEYS.indexOf(x as SurveyKind) >= 0;
}

// Per survey: the numbers of points it can be asked on, the default first.
const POINTS: Record<SurveyKind, number[]> = { nps: [11], csat: [5, 3], ces: [7, 5] };

/** The segments of a survey, negative → neutral → positive. */
export const SEGMENTS: { readonly [S in SurveyKind]: readonly SurveySegments[S][] } = {
  nps: ['detractor', 'passive', 'promoter'],
  csat: ['unsatisfied', 'neutral', 'satisfied'],
  ces: ['difficult', 'neutral', 'easy'],
};

/** The numbers of points a survey can be asked on, ascending: nps `[11]`, csat `[3, 5]`, ces `[5, 7]`. */
export function allowedPoints(survey: SurveyKind): number[] {
  return POINTS[survey].slice().sort((a, b) => a - b);
}

/**
 * The scale of a survey with `points` points, or the default scale (NPS 0–10, CSAT 1–5, CES 1–7)
 * without `points`. `undefined` when the survey is not asked on that many points.
 */
export function scaleFor(survey: SurveyKind, points?: number): Scale | undefined {
  const allowed = POINTS[survey];
  if (points == null) points = allowed[0];
  if (allowed.indexOf(points) < 0) return undefined;
  const min = survey == 'nps' ? 0 : 1;
  return { min, max: min + points - 1 };
}

/**
 * The segment of a score on a scale.
 *
 * - NPS: the top 10% of the range promotes, the next 20% is passive, the rest detracts — on 0–10 that is
 *   9–10 promoter, 7–8 passive, 0–6 detractor.
 * - CSAT and CES: symmetric around the middle of the scale — the middle point is `neutral`, points above it
 *   are positive (`satisfied` / `easy`), points below negative (`unsatisfied` / `difficult`). On 5 points
 *   that is 1–2 / 3 / 4–5 (top-2-box), on 3 points 1 / 2 / 3, on 7 points 1–3 / 4 / 5–7.
 *   A scale with an even number of points has no neutral point.
 *
 * The score is expected to lie on the scale; one outside it falls into the nearest end segment, and one
 * that is not a number into the negative segment.
 */
export function segmentOf<S extends SurveyKind>(survey: S, score: number, scale: Scale): SurveySegments[S] {
  const { min, max } = scale;
  // Integer arithmetic keeps the boundaries exact (0.7 * 10 is 7.000000000000001).
  const level =
    survey == 'nps'
      ? (score - min) * 10 >= (max - min) * 9
        ? 2
        : (score - min) * 10 >= (max - min) * 7
          ? 1
          : 0
      : Math.sign(2 * score - min - max) + 1 || 0;
  return SEGMENTS[survey][level];
}

/** Whether a segment is negative (detractor, unsatisfied, difficult), neutral (passive, neutral) or positive. */
export function polarityOf(segment: Segment): Polarity {
  for (const s of SURVEYS) {
    const i = (SEGMENTS[s] as readonly Segment[]).indexOf(segment);
    if (i == 0) return 'negative';
    if (i == 2) return 'positive';
  }
  return 'neutral';
}
