import type { ScoredAnswer } from './scores';
import { csatScore, npsScore, segmentCounts } from './scores';

/** A score with its confidence interval: both bounds on the score's own scale, one decimal. */
export interface ScoreInterval {
  /** The score itself, as `npsScore` / `csatScore` give it. */
  score: number;
  /** Lower bound of the interval. */
  low: number;
  /** Upper bound of the interval. */
  high: number;
  /** How many answers were counted. */
  count: number;
}

// Acklam's rational approximation of the standard normal quantile (relative error below 1.2e-9).
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

function polynomial(coefficients: number[], x: number): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}

/** The z value of a two-sided confidence level: 1.645 for 0.9, 1.960 for 0.95. */
export function zFor(confidence: number): number {
  const p = 1 - (1 - confidence) / 2;
  if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -polynomial(C, q) / (polynomial(D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (polynomial(A, r) * q) / (polynomial(B, r) * r + 1);
}

// One decimal, and never −0.
const tenth = (x: number): number => Math.round(x * 10) / 10 || 0;

/**
 * The NPS of the `nps` answers with its confidence interval (default 90 %), in NPS points from −100 to 100.
 *
 * Method: the standard variance-based interval of a difference of two proportions from one sample. With p
 * the share of promoters and d that of detractors among n answers, NPS = p − d and its variance is
 * (p + d − (p − d)²) / n; the interval is NPS ± z·√variance, clamped to −100…100. Like any normal
 * approximation it is too narrow for few answers (all promoters gives a zero-width interval): show it from
 * about 30 answers on. `null` without a valid NPS answer.
 */
export function npsInterval(answers: ScoredAnswer[], confidence = 0.9): ScoreInterval | null {
  const score = npsScore(answers);
  if (score == null) return null;
  const c = segmentCounts(answers, 'nps');
  const count = c.detractor + c.passive + c.promoter;
  const promoters = c.promoter / count;
  const detractors = c.detractor / count;
  const nps = promoters - detractors;
  const half = zFor(confidence) * Math.sqrt(Math.max(0, promoters + detractors - nps * nps) / count);
  return { score, low: tenth(Math.max(-1, nps - half) * 100), high: tenth(Math.min(1, nps + half) * 100), count };
}

/**
 * The CSAT score (% satisfied) of the `csat` answers with its confidence interval (default 90 %), in %.
 *
 * Method: the Wilson score interval of a proportion, which stays within 0…100 % and keeps a sensible width
 * near 0 % and 100 % and for few answers, where the normal ("Wald") interval collapses. `null` without a
 * valid CSAT answer.
 */
export function csatInterval(answers: ScoredAnswer[], confidence = 0.9): ScoreInterval | null {
  const score = csatScore(answers);
  if (score == null) return null;
  const c = segmentCounts(answers, 'csat');
  const count = c.unsatisfied + c.neutral + c.satisfied;
  const p = c.satisfied / count;
  const z = zFor(confidence);
  const z2n = (z * z) / count;
  const center = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / count + z2n / (4 * count))) / (1 + z2n);
  return { score, low: tenth(Math.max(0, center - half) * 100), high: tenth(Math.min(1, center + half) * 100), count };
}
