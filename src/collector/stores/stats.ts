import { cesScore, csatScore, npsScore, segmentCounts, type ScoredAnswer } from '../../surveys';
import type { AnswerStats } from '../types';

/** One group of equal answers, as `SELECT survey, score, scale_min, scale_max, count(*) … GROUP BY` gives them. */
export interface ScoreGroup {
  survey: string;
  score: number;
  scale_min: number;
  scale_max: number;
  count: number | string;
}

/**
 * Counts and scores from grouped rows, through hearken's own scoring helpers (the same ones a dashboard imports),
 * so the collector's figures cannot drift from theirs.
 */
export function statsOf(groups: ScoreGroup[]): AnswerStats {
  const answers: ScoredAnswer[] = [];
  for (const group of groups) {
    const answer = {
      survey: group.survey as ScoredAnswer['survey'],
      score: Number(group.score),
      scale: { min: Number(group.scale_min), max: Number(group.scale_max) },
    };
    // The same object n times: the helpers only read it.
    for (let i = Number(group.count); i > 0; i--) answers.push(answer);
  }
  const countOf = (survey: string) => answers.filter((a) => a.survey == survey).length;
  const stats: AnswerStats = {
    total: answers.length,
    nps: { count: countOf('nps'), segments: segmentCounts(answers, 'nps'), score: npsScore(answers) },
    csat: { count: countOf('csat'), segments: segmentCounts(answers, 'csat'), score: csatScore(answers) },
    ces: { count: countOf('ces'), segments: segmentCounts(answers, 'ces'), score: cesScore(answers) },
  };
  return stats;
}
