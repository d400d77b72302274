/**
 * The numbers of the follow-up (issue 13), free of any DOM: which reasons visitors picked, per survey and
 * segment and per touchpoint; the touchpoint rows with their confidence intervals (hearken's `npsInterval`
 * and `csatInterval`); and who asked to be contacted.
 */
import { levelOf, segmentsOf } from '../shared/surveys.js';

/** Below this many answers a touchpoint's interval is too wide to act on: the row is greyed. */
export const MIN_ANSWERS = 30;

/**
 * @typedef {import('./live.js').Answer & { reasons?: string[], contact?: { consent: true, channel: string, value?: string } }} FollowUpAnswer
 * @typedef {import('./metrics.js').Scoring & {
 *   npsInterval: (answers: FollowUpAnswer[], confidence?: number) => Interval | null,
 *   csatInterval: (answers: FollowUpAnswer[], confidence?: number) => Interval | null,
 *   reasonCounts: (answers: FollowUpAnswer[], filter: { survey: 'nps' | 'csat' | 'ces' }) => { answers: number, counts: Record<string, number> },
 * }} FollowUpScoring
 * @typedef {{ score: number, low: number, high: number, count: number }} Interval
 * @typedef {{ key: string, count: number, share: number }} ReasonCount
 */

/** A reason key as a label: `delivery-time` → `Delivery time`. @param {string} key */
export const reasonLabel = (key) => (key.charAt(0).toUpperCase() + key.slice(1)).replace(/[-_]+/g, ' ');

/**
 * How often each reason was picked among `answers`, most first, with its share (%) of the answers: hearken's own
 * `reasonCounts` for each survey (a touchpoint's answers may mix them), summed.
 * @param {FollowUpAnswer[]} answers
 * @param {Pick<FollowUpScoring, 'reasonCounts'>} scoring
 * @returns {ReasonCount[]}
 */
export function countReasons(answers, scoring) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const survey of /** @type {const} */ (['nps', 'csat', 'ces']))
    for (const [key, count] of Object.entries(scoring.reasonCounts(answers, { survey }).counts)) counts.set(key, (counts.get(key) || 0) + count);
  return [...counts]
    .map(([key, count]) => ({ key, count, share: answers.length ? Math.round((count * 100) / answers.length) : 0 }))
    .sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/**
 * The reasons per survey and segment (segments negative → positive, only those where someone picked a
 * reason), counted among the answers of the segment that picked any.
 * @param {FollowUpAnswer[]} answers
 * @param {FollowUpScoring} scoring
 * @returns {{ survey: string, segments: { segment: string, answers: number, reasons: ReasonCount[] }[] }[]}
 */
export function reasonsBySegment(answers, scoring) {
  return /** @type {const} */ (['nps', 'csat', 'ces'])
    .map((survey) => {
      const withReasons = answers.filter((a) => a.survey == survey && a.reasons && a.reasons.length);
      const segments = segmentsOf(survey, scoring)
        .map((segment, level) => {
          const list = withReasons.filter((a) => levelOf(survey, a.score, a.scale, scoring) == level);
          return { segment, answers: list.length, reasons: countReasons(list, scoring) };
        })
        .filter((s) => s.answers > 0);
      return { survey, segments };
    })
    .filter((s) => s.segments.length > 0);
}

/**
 * The reasons per touchpoint, among the answers that picked any, touchpoints with most such answers first.
 * @param {FollowUpAnswer[]} answers
 * @param {Pick<FollowUpScoring, 'reasonCounts'>} scoring
 * @returns {{ touchpoint: string, answers: number, reasons: ReasonCount[] }[]}
 */
export function reasonsByTouchpoint(answers, scoring) {
  /** @type {Map<string, FollowUpAnswer[]>} */
  const groups = new Map();
  for (const a of answers) {
    if (!a.reasons || !a.reasons.length) continue;
    const key = a.touchpoint || '(none)';
    groups.set(key, [...(groups.get(key) || []), a]);
  }
  return [...groups]
    .map(([touchpoint, list]) => ({ touchpoint, answers: list.length, reasons: countReasons(list, scoring) }))
    .sort((x, y) => y.answers - x.answers || x.touchpoint.localeCompare(y.touchpoint));
}

/**
 * One row per touchpoint and survey (NPS, CSAT) with its answer count and score with a 90 % confidence
 * interval; `few` when it rests on fewer than 30 answers.
 * @param {FollowUpAnswer[]} answers
 * @param {FollowUpScoring} scoring
 */
export function touchpointRows(answers, scoring) {
  /** @type {{ touchpoint: string, survey: 'nps' | 'csat', interval: Interval, few: boolean }[]} */
  const rows = [];
  const touchpoints = [...new Set(answers.map((a) => a.touchpoint || '(none)'))].sort();
  for (const touchpoint of touchpoints) {
    const here = answers.filter((a) => (a.touchpoint || '(none)') == touchpoint);
    for (const survey of /** @type {const} */ (['nps', 'csat'])) {
      const interval = (survey == 'nps' ? scoring.npsInterval : scoring.csatInterval)(here, 0.9);
      if (interval) rows.push({ touchpoint, survey, interval, few: interval.count < MIN_ANSWERS });
    }
  }
  return rows;
}

/**
 * The contact requests to act on: detractors, unsatisfied and difficult visitors who consented, newest first.
 * @param {FollowUpAnswer[]} contacts the store's consented contacts
 * @param {FollowUpScoring} scoring
 */
export function toContact(contacts, scoring) {
  return contacts
    .filter((a) => a.contact && a.contact.consent === true && levelOf(a.survey, a.score, a.scale, scoring) == 0)
    // as times: `answeredAt` keeps the time zone the visitor's device wrote it in
    .sort((x, y) => Date.parse(y.answeredAt) - Date.parse(x.answeredAt));
}
