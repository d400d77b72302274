import type { Answer, Segment, SurveyKind } from './types';
import type { SurveySegments } from './definitions';
import { SEGMENTS, segmentOf } from './definitions';

/**
 * What the scoring helpers read from an answer; a whole `Answer` fits. `segment` is accepted but not
 * trusted: every helper segments the score on the answer's own scale again, so a stale or edited segment
 * cannot skew a score.
 */
export type ScoredAnswer = Pick<Answer, 'survey' | 'score' | 'scale'> & { segment?: Segment };

/** How many answers fall into each segment of a survey; every segment is present, zero when empty. */
export type SegmentCounts<S extends SurveyKind> = Record<SurveySegments[S], number>;

/** The CES summary: mean on a 1–7 basis, % easy, and how many answers were counted. */
export interface CesSummary {
  mean: number;
  easy: number;
  count: number;
}

// A whole score within a well-formed scale; anything else is left out of every score.
function valid(a: ScoredAnswer): boolean {
  const { score, scale } = a;
  return (
    !!scale &&
    Number.isFinite(scale.min) &&
    Number.isFinite(scale.max) &&
    scale.min < scale.max &&
    Number.isInteger(score) &&
    score >= scale.min &&
    score <= scale.max
  );
}

/** @internal The answers of `survey` whose score is a whole number on a well-formed scale. */
export function answersOf<A extends ScoredAnswer>(answers: A[], survey: SurveyKind): A[] {
  return answers.filter((a) => a && a.survey == survey && valid(a));
}

// Rounds half away from zero, so +12.5 and −12.5 round alike, and never returns −0.
function round(x: number, digits: number): number {
  const f = 10 ** digits;
  // The nudge absorbs float noise such as 4.249999999 for an exact 4.25.
  const r = Math.round(Math.abs(x) * f + 1e-9) / f;
  return x < 0 && r ? -r : r;
}

/**
 * Counts the answers of `survey` per segment. Answers of other surveys, and answers whose score is not a
 * whole number on their scale, are left out.
 */
export function segmentCounts<S extends SurveyKind>(answers: ScoredAnswer[], survey: S): SegmentCounts<S> {
  const counts = {} as SegmentCounts<S>;
  for (const s of SEGMENTS[survey]) counts[s] = 0;
  for (const a of answersOf(answers, survey)) counts[segmentOf(survey, a.score, a.scale)]++;
  return counts;
}

/**
 * The Net Promoter Score of the `nps` answers: % promoters − % detractors, a whole number from −100 to 100.
 * `null` when there is no valid NPS answer.
 */
export function npsScore(answers: ScoredAnswer[]): number | null {
  const c = segmentCounts(answers, 'nps');
  const n = c.detractor + c.passive + c.promoter;
  return n ? round(((c.promoter - c.detractor) * 100) / n, 0) : null;
}

/**
 * The CSAT score of the `csat` answers: the % of satisfied answers (the top 2 boxes on 5 points, the top box
 * on 3), from 0 to 100 with one decimal. `null` when there is no valid CSAT answer.
 */
export function csatScore(answers: ScoredAnswer[]): number | null {
  const c = segmentCounts(answers, 'csat');
  const n = c.unsatisfied + c.neutral + c.satisfied;
  return n ? round((c.satisfied * 100) / n, 1) : null;
}

/**
 * The CES summary of the `ces` answers, or `null` when there is no valid CES answer.
 *
 * - `easy`: the % of answers in the `easy` segment (5–7 on 7 points, 4–5 on 5), one decimal. Each answer
 *   is segmented on its own scale.
 * - `mean`: the mean score on the 1–7 basis of CES 2.0, one decimal. Answers on another scale are mapped
 *   linearly onto 1–7 first (on 5 points: 1→1, 2→2.5, 3→4, 4→5.5, 5→7), so 5- and 7-point answers can be
 *   averaged together and the mean always reads on the same scale.
 * - `count`: how many answers were counted.
 */
export function cesScore(answers: ScoredAnswer[]): CesSummary | null {
  const list = answersOf(answers, 'ces');
  const count = list.length;
  if (!count) return null;
  let sum = 0;
  let easy = 0;
  for (const { score, scale } of list) {
    sum += 1 + (6 * (score - scale.min)) / (scale.max - scale.min);
    if (segmentOf('ces', score, scale) == 'easy') easy++;
  }
  return { mean: round(sum / count, 1), easy: round((easy * 100) / count, 1), count };
}
