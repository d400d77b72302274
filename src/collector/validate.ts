/**
 * Validation of the answer batches the collector receives, built on hearken's own survey definitions (scales and
 * segments), so the server can never disagree with the widget. A reason names the field, e.g.
 * `answers[3].score: must be an integer from 0 to 10, got 11`.
 */
import { MAX_COMMENT_LENGTH, MAX_PAGE_LENGTH, SEGMENTS, allowedPoints, isSurveyKind, scaleFor, segmentOf } from '../surveys';
import type { CollectedAnswer } from './types';
import { contactProblem, reasonsProblem } from './validate-follow-up';
import { isIsoDate, isObject, keyProblem, show, textProblem } from './validate-values';

/** The verdict on a request body: its answers, or the first problem as `path.field: reason`. */
export type BatchCheck = { ok: true; answers: CollectedAnswer[] } | { ok: false; error: string; tooLarge?: boolean };

/** Most answers accepted in one request (the widget sends at most 20); more gets 413, so the widget splits. */
export const MAX_BATCH_ANSWERS = 500;
const MAX_ID_LENGTH = 100;
// The longest comment and page are the widget's own (src/surveys/answer.ts), which cuts them to fit.
const MAX_TEXT_LENGTH = 2_000;
const NOT_A_DATE = 'must be an ISO-8601 date-time with a time zone, in years 1 to 9999';

function scaleProblem(a: Record<string, unknown>): [string, string] | null {
  const survey = a.survey as 'nps' | 'csat' | 'ces';
  if (!isObject(a.scale)) return ['scale', `must be an object {min, max}, got ${show(a.scale)}`];
  const { min, max } = a.scale;
  if (!Number.isInteger(min)) return ['scale.min', `must be an integer, got ${show(min)}`];
  if (!Number.isInteger(max)) return ['scale.max', `must be an integer, got ${show(max)}`];
  const scales = allowedPoints(survey).map((points) => scaleFor(survey, points)!);
  if (!scales.some((s) => s.min === min && s.max === max)) {
    const allowed = scales.map((s) => `${s.min}–${s.max}`).join(' or ');
    return ['scale', `must be ${allowed} for ${survey}, got ${min}–${max}`];
  }
  const score = a.score;
  if (typeof score != 'number' || !Number.isInteger(score) || score < (min as number) || score > (max as number)) {
    return ['score', `must be an integer from ${min} to ${max}, got ${show(score)}`];
  }
  const segments: readonly string[] = SEGMENTS[survey];
  if (typeof a.segment != 'string' || segments.indexOf(a.segment) < 0) {
    return ['segment', `must be one of ${segments.join(', ')} for ${survey}, got ${show(a.segment)}`];
  }
  const expected = segmentOf(survey, score, { min: min as number, max: max as number });
  if (a.segment !== expected) {
    return ['segment', `must be ${show(expected)} for ${survey} score ${score} on ${min}–${max}, got ${show(a.segment)}`];
  }
  return null;
}

function pageProblem(v: unknown): string | null {
  const problem = textProblem(v, MAX_PAGE_LENGTH);
  if (problem) return problem;
  try {
    const url = new URL(v as string);
    if (url.protocol == 'http:' || url.protocol == 'https:') return null;
  } catch {
    // falls through to the message below
  }
  return `must be an http(s) URL, got ${show(v)}`;
}

function metaProblem(meta: unknown): [string, string] | null {
  if (!isObject(meta)) return ['meta', `must be an object of strings, got ${show(meta)}`];
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value != 'string') return [`meta.${key}`, `must be a string, got ${show(value)}`];
  }
  return null;
}

// Each check gives [field, reason] for the first problem, or null.
const FIELD_CHECKS: ((a: Record<string, unknown>) => [string, string] | null | undefined)[] = [
  (a) => field('id', textProblem(a.id, MAX_ID_LENGTH) || keyProblem(a.id as string)),
  (a) => (isSurveyKind(a.survey) ? null : ['survey', `must be one of nps, csat, ces, got ${show(a.survey)}`]),
  scaleProblem,
  (a) => (a.comment === undefined ? null : field('comment', textProblem(a.comment, MAX_COMMENT_LENGTH, true))),
  (a) => (a.reasons === undefined ? null : reasonsProblem(a.reasons)),
  (a) => (a.contact === undefined ? null : contactProblem(a.contact)),
  (a) => field('question', textProblem(a.question, MAX_TEXT_LENGTH)),
  (a) => field('locale', textProblem(a.locale, 35)),
  (a) => (a.touchpoint === undefined ? null : field('touchpoint', textProblem(a.touchpoint, MAX_TEXT_LENGTH))),
  (a) => field('page', pageProblem(a.page)),
  (a) => field('visitorId', textProblem(a.visitorId, MAX_TEXT_LENGTH)),
  (a) => (a.userId === undefined ? null : field('userId', textProblem(a.userId, MAX_TEXT_LENGTH))),
  (a) => (a.meta === undefined ? null : metaProblem(a.meta)),
  (a) => (isIsoDate(a.answeredAt) ? null : ['answeredAt', `${NOT_A_DATE}, got ${show(a.answeredAt)}`]),
  (a) => (typeof a.widget == 'string' && /^hearken\/\S+$/.test(a.widget) ? null : ['widget', `must be "hearken/<version>", got ${show(a.widget)}`]),
];

function field(name: string, reason: string | null): [string, string] | null {
  return reason ? [name, reason] : null;
}

/**
 * The first problem of one answer record as `path.field: reason`, or null when it is valid.
 * @param at its path for messages, e.g. `answers[3]`
 */
export function answerProblem(answer: unknown, at: string): string | null {
  if (!isObject(answer)) return `${at}: must be an object, got ${show(answer)}`;
  for (const check of FIELD_CHECKS) {
    const problem = check(answer);
    if (problem) return `${at}.${problem[0]}: ${problem[1]}`;
  }
  return null;
}

/**
 * Checks a whole request body `{ answers: [...], sentAt }`. One bad record fails the whole batch, so a client never
 * has to work out which half was stored. More than 500 answers is `tooLarge` (413: the widget splits the batch).
 */
export function checkBatch(body: unknown): BatchCheck {
  if (!isObject(body)) return { ok: false, error: `body: must be an object {answers, sentAt}, got ${show(body)}` };
  const answers = body.answers;
  if (!Array.isArray(answers)) return { ok: false, error: `answers: must be an array, got ${show(answers)}` };
  if (answers.length > MAX_BATCH_ANSWERS) {
    return { ok: false, tooLarge: true, error: `answers: at most ${MAX_BATCH_ANSWERS} in one request, got ${answers.length}` };
  }
  if (body.sentAt !== undefined && !isIsoDate(body.sentAt)) {
    return { ok: false, error: `sentAt: ${NOT_A_DATE}, got ${show(body.sentAt)}` };
  }
  for (let i = 0; i < answers.length; i++) {
    const problem = answerProblem(answers[i], `answers[${i}]`);
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, answers: answers as CollectedAnswer[] };
}
