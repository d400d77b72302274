import type { Segment, SurveyKind } from './types';
import type { ScoredAnswer } from './scores';
import { segmentOf } from './definitions';
import { answersOf } from './scores';

/** What `reasonCounts` reads from an answer; a whole `Answer` fits. */
export type ReasonedAnswer = ScoredAnswer & { touchpoint?: string; reasons?: string[] };

/** Which answers `reasonCounts` counts: those of one survey, optionally of one segment and one touchpoint. */
export interface ReasonFilter {
  survey: SurveyKind;
  /** Only answers whose score falls into this segment (recomputed from the score, like every scoring helper). */
  segment?: Segment;
  /** Only answers recorded at this touchpoint. */
  touchpoint?: string;
}

/** The reasons picked in the answers that match a filter. */
export interface ReasonCounts {
  /** How many answers matched the filter, with or without reasons: the base for "% of answers". */
  answers: number;
  /** How many of those answers picked each reason key, most picked first (ties by key). */
  counts: Record<string, number>;
}

/**
 * Counts the reason keys picked in the answers of `filter.survey`, optionally only in one segment and at one
 * touchpoint. Each answer counts a key once; entries that are not strings are ignored, and answers whose score
 * is not a whole number on their scale are left out, as in every scoring helper.
 */
export function reasonCounts(answers: ReasonedAnswer[], filter: ReasonFilter): ReasonCounts {
  const { survey, segment, touchpoint } = filter;
  const picked = new Map<string, number>();
  let matched = 0;
  for (const answer of answersOf(answers, survey)) {
    if (segment && segmentOf(survey, answer.score, answer.scale) != segment) continue;
    if (touchpoint != null && answer.touchpoint != touchpoint) continue;
    matched++;
    const reasons = Array.isArray(answer.reasons) ? answer.reasons : [];
    for (const key of new Set(reasons.filter((reason) => typeof reason == 'string'))) picked.set(key, (picked.get(key) || 0) + 1);
  }
  const sorted = [...picked].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return { answers: matched, counts: Object.fromEntries(sorted) };
}
