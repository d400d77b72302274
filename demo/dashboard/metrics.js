/**
 * The dashboard's numbers, free of any DOM: summaries, series by day, breakdowns by touchpoint and
 * locale, and the comment list. Every score comes from hearken's own scoring helpers, passed in as
 * `scoring` (the browser imports them from /dist/index.js, tests from src/), so the dashboard counts
 * exactly as the library defines NPS, CSAT and CES.
 */

import { levelOf } from '../shared/surveys.js';

/**
 * @typedef {import('../../src/surveys/index').Answer} Answer
 * @typedef {import('../../src/surveys/index').SurveyKind} SurveyKind
 * @typedef {object} Scoring the library's helpers
 * @property {(answers: Answer[]) => number | null} npsScore
 * @property {(answers: Answer[]) => number | null} csatScore
 * @property {(answers: Answer[]) => { mean: number, easy: number, count: number } | null} cesScore
 * @property {(answers: Answer[], survey: SurveyKind) => Record<string, number>} segmentCounts
 * @property {(survey: SurveyKind, score: number, scale: { min: number, max: number }) => string} segmentOf
 * @property {(survey: SurveyKind, points?: number) => { min: number, max: number } | undefined} scaleFor
 * @typedef {'negative' | 'neutral' | 'positive'} Polarity
 */

const DAY = 864e5;
/** @type {Polarity[]} */
const POLARITIES = ['negative', 'neutral', 'positive'];

/**
 * When an answer was given, in ms. Compared as times, not as the text the visitor's device wrote: `answeredAt` keeps
 * its time zone (`2026-12-08T06:00:00+09:00` is before `2026-12-07T14:00:00-08:00`).
 * @param {Answer} a
 */
export const timeOf = (a) => Date.parse(a.answeredAt);

/** @param {Answer} a the UTC day of an answer, `YYYY-MM-DD` (the store's `day`), whatever zone it was written in */
export const dayOf = (a) => {
  const time = timeOf(a);
  return Number.isNaN(time) ? String(a.answeredAt).slice(0, 10) : new Date(time).toISOString().slice(0, 10);
};

/**
 * The answers of the last `days` days up to `now` (all of them when `days` is 0).
 * @param {Answer[]} answers
 * @param {number} days
 * @param {number} now
 */
export function inPeriod(answers, days, now) {
  if (!days) return answers;
  const from = Math.floor(now / DAY) * DAY - (days - 1) * DAY;
  return answers.filter((a) => timeOf(a) >= from);
}

/**
 * The three headline numbers with what they are made of.
 * @param {Answer[]} answers
 * @param {Scoring} scoring
 */
export function summarize(answers, scoring) {
  const of = (/** @type {string} */ survey) => answers.filter((a) => a.survey == survey);
  const nps = of('nps');
  const csat = of('csat');
  const ces = of('ces');
  return {
    total: answers.length,
    nps: { score: scoring.npsScore(nps), segments: scoring.segmentCounts(nps, 'nps'), count: count(scoring.segmentCounts(nps, 'nps')) },
    csat: { score: scoring.csatScore(csat), segments: scoring.segmentCounts(csat, 'csat'), count: count(scoring.segmentCounts(csat, 'csat')), distribution: distribution(csat) },
    ces: { ...(scoring.cesScore(ces) || { mean: null, easy: null, count: 0 }), segments: scoring.segmentCounts(ces, 'ces'), distribution: distribution(ces) },
  };
}

/** @param {Record<string, number>} counts */
const count = (counts) => Object.values(counts).reduce((s, n) => s + n, 0);

/**
 * How many answers gave each score, on the scale most of them used (CSAT 1–5, CES 1–7 by default).
 * @param {Answer[]} answers of one survey
 * @returns {{ score: number, count: number }[]}
 */
export function distribution(answers) {
  if (!answers.length) return [];
  const scales = new Map();
  for (const a of answers) {
    const k = a.scale.min + '-' + a.scale.max;
    scales.set(k, (scales.get(k) || 0) + 1);
  }
  const [min, max] = [...scales].sort((x, y) => y[1] - x[1])[0][0].split('-').map(Number);
  const rows = [];
  for (let s = min; s <= max; s++) rows.push({ score: s, count: 0 });
  for (const a of answers) if (a.scale.min == min && a.scale.max == max && rows[a.score - min]) rows[a.score - min].count++;
  return rows;
}

/**
 * The value of a metric for a set of answers: NPS −100…100, CSAT % satisfied, CES mean 1–7.
 * @param {'nps' | 'csat' | 'ces'} survey
 * @param {Answer[]} answers
 * @param {Scoring} scoring
 * @returns {number | null}
 */
export function metric(survey, answers, scoring) {
  if (survey == 'nps') return scoring.npsScore(answers);
  if (survey == 'csat') return scoring.csatScore(answers);
  const ces = scoring.cesScore(answers);
  return ces && ces.mean;
}

/** @param {Map<string, Answer[]>} map @param {string} key @param {Answer} a */
function groupInto(map, key, a) {
  const list = map.get(key);
  if (list) list.push(a);
  else map.set(key, [a]);
}

/**
 * One survey's metric per day over `days` days up to `now` (every day present), with the number of
 * answers of that day and a trailing 7-day value, which is steadier than a single day's.
 * @param {Answer[]} answers
 * @param {'nps' | 'csat' | 'ces'} survey
 * @param {Scoring} scoring
 * @param {{ days: number, now: number }} range
 * @returns {{ day: string, value: number | null, rolling: number | null, count: number }[]}
 */
export function byDay(answers, survey, scoring, { days, now }) {
  /** @type {Map<string, Answer[]>} */
  const perDay = new Map();
  for (const a of answers) if (a.survey == survey) groupInto(perDay, dayOf(a), a);
  const last = Math.floor(now / DAY) * DAY;
  const list = Array.from({ length: days }, (_, i) => new Date(last - (days - 1 - i) * DAY).toISOString().slice(0, 10));
  return list.map((day, i) => {
    const own = perDay.get(day) || [];
    const week = list.slice(Math.max(0, i - 6), i + 1).flatMap((d) => perDay.get(d) || []);
    return { day, value: metric(survey, own, scoring), rolling: metric(survey, week, scoring), count: own.length };
  });
}

/**
 * The row an answer's locale is counted in: its tag as recorded, in the canonical case (`pt-pt` → `pt-PT`). Not the
 * language alone: hearken's locales `pt` (Brazil) and `pt-PT` (Portugal) are different prompts, and one row for both
 * let a +100 and a −100 cancel out.
 * @param {unknown} raw
 * @returns {string}
 */
export function localeKey(raw) {
  const tag = String(raw).trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] || tag;
  } catch {
    return tag;
  }
}

/**
 * One survey's metric per value of a field (`touchpoint`, `locale`), most answers first. Locales are
 * grouped by the tag recorded (`localeKey`: `pt` and `pt-PT` apart); answers without the field count as `(none)`.
 * @param {Answer[]} answers
 * @param {'nps' | 'csat' | 'ces'} survey
 * @param {'touchpoint' | 'locale'} field
 * @param {Scoring} scoring
 * @returns {{ key: string, value: number | null, count: number }[]}
 */
export function breakdown(answers, survey, field, scoring) {
  /** @type {Map<string, Answer[]>} */
  const groups = new Map();
  for (const a of answers) {
    if (a.survey != survey) continue;
    const raw = a[field];
    const key = !raw ? '(none)' : field == 'locale' ? localeKey(raw) : String(raw);
    groupInto(groups, key, a);
  }
  return [...groups]
    .map(([key, list]) => ({ key, value: metric(survey, list, scoring), count: list.length }))
    .sort((x, y) => y.count - x.count || x.key.localeCompare(y.key));
}

/**
 * Whether an answer is negative, neutral or positive, from its score on its scale (the stored segment
 * is not trusted, as the scoring helpers do not trust it).
 * @param {Answer} a
 * @param {Scoring} scoring
 * @returns {Polarity}
 */
export function polarityOf(a, scoring) {
  return POLARITIES[levelOf(a.survey, a.score, a.scale, scoring)];
}

/**
 * @typedef {object} CommentFilter
 * @property {Polarity | 'all'} [polarity] default `negative`: detractors, unsatisfied and difficult first is what a CX team acts on
 * @property {'nps' | 'csat' | 'ces' | 'all'} [survey]
 * @property {string} [touchpoint] `all` or a touchpoint
 * @property {string} [locale] `all` or a locale tag (`localeKey`)
 * @property {number} [limit] default 50
 */

/**
 * The answers with a comment that pass the filter: with `polarity: 'all'`, negative ones first, then
 * neutral, then positive; newest first within each.
 * @param {Answer[]} answers
 * @param {CommentFilter} filter
 * @param {Scoring} scoring
 * @returns {{ answer: Answer, polarity: Polarity }[]}
 */
export function latestComments(answers, filter, scoring) {
  const { polarity = 'negative', survey = 'all', touchpoint = 'all', locale = 'all', limit = 50 } = filter;
  return answers
    .filter((a) => a.comment && a.comment.trim())
    .filter((a) => survey == 'all' || a.survey == survey)
    .filter((a) => touchpoint == 'all' || (a.touchpoint || '(none)') == touchpoint)
    .filter((a) => locale == 'all' || localeKey(a.locale) == locale)
    .map((answer) => ({ answer, polarity: polarityOf(answer, scoring) }))
    .filter((c) => polarity == 'all' || c.polarity == polarity)
    .sort((x, y) => POLARITIES.indexOf(x.polarity) - POLARITIES.indexOf(y.polarity) || timeOf(y.answer) - timeOf(x.answer))
    .slice(0, limit);
}

/**
 * The distinct values of a field over the answers, sorted (locales as `localeKey` names them).
 * @param {Answer[]} answers
 * @param {'touchpoint' | 'locale'} field
 */
export function valuesOf(answers, field) {
  const set = new Set(answers.map((a) => (field == 'locale' ? localeKey(a.locale) : a.touchpoint || '(none)')));
  return [...set].sort();
}
