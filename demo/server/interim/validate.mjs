/**
 * Validation of the answer batches the collector receives. Every field of the answer record is a
 * public contract (see src/types.ts `Answer`); a reason names the field, e.g.
 * `answers[3].score: must be an integer from 0 to 10, got 11`.
 *
 * The segment must be the one hearken's own `segmentOf` gives the score, so a record can never say
 * "detractor" for an NPS 10. The scales and segments come from hearken itself (the package's build,
 * `import … from 'hearken'`, as the dashboard's /dist/index.js), not from a copy.
 */
import { scaleFor, segmentOf } from 'hearken';
import { SURVEY_KINDS, scalesOf, segmentsOf } from '../../shared/surveys.js';

/** Longest accepted id. */
export const MAX_ID_LENGTH = 100;
/** Longest accepted comment, in UTF-16 code units (as `String#length` counts). */
export const MAX_COMMENT_LENGTH = 200_000;
/** Longest accepted value of the other text fields. */
export const MAX_TEXT_LENGTH = 2_000;

const helpers = { scaleFor, segmentOf };
/** The scales each survey may use, and the segments its answers fall into, as hearken defines them. */
export const SURVEYS = Object.fromEntries(
  SURVEY_KINDS.map((survey) => [survey, { scales: scalesOf(survey, helpers).map((s) => [s.min, s.max]), segments: segmentsOf(survey, helpers) }]),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** @param {unknown} v */
function show(v) {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
function isObject(v) {
  return typeof v == 'object' && v !== null && !Array.isArray(v);
}

/** @param {unknown} v @param {number} max @param {boolean} [allowEmpty] */
function textProblem(v, max, allowEmpty = false) {
  if (typeof v != 'string') return `must be a string, got ${show(v)}`;
  if (!allowEmpty && !v.trim()) return 'must be a non-empty string';
  if (v.length > max) return `must be at most ${max} characters, got ${v.length}`;
  return null;
}

/**
 * Whether a value is an ISO-8601 date-time with a time zone, e.g. `2025-03-01T12:00:00.000Z`.
 * @param {unknown} v
 */
export function isIsoDate(v) {
  if (typeof v != 'string' || !ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) return false;
  // Date.parse rolls 2025-02-30 over to March: check the day exists in its month.
  const [y, m, d] = v.slice(0, 10).split('-').map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Checks one answer record.
 * @param {unknown} a the record
 * @param {string} at its path for messages, e.g. `answers[3]`
 * @returns {string | null} the first problem as `path.field: reason`, or null when valid
 */
export function answerProblem(a, at) {
  if (!isObject(a)) return `${at}: must be an object, got ${show(a)}`;
  /** @type {(field: string, reason: string | null) => string | null} */
  const fail = (field, reason) => (reason ? `${at}.${field}: ${reason}` : null);
  let p;
  if ((p = fail('id', textProblem(a.id, MAX_ID_LENGTH)))) return p;

  const survey = /** @type {'nps' | 'csat' | 'ces'} */ (a.survey);
  if (typeof survey != 'string' || !Object.prototype.hasOwnProperty.call(SURVEYS, survey)) {
    return fail('survey', `must be one of nps, csat, ces, got ${show(a.survey)}`);
  }
  const rules = SURVEYS[survey];

  if (!isObject(a.scale)) return fail('scale', `must be an object {min, max}, got ${show(a.scale)}`);
  const { min, max } = a.scale;
  if (!Number.isInteger(min)) return fail('scale.min', `must be an integer, got ${show(min)}`);
  if (!Number.isInteger(max)) return fail('scale.max', `must be an integer, got ${show(max)}`);
  if (!rules.scales.some(([lo, hi]) => lo === min && hi === max)) {
    const allowed = rules.scales.map(([lo, hi]) => `${lo}–${hi}`).join(' or ');
    return fail('scale', `must be ${allowed} for ${survey}, got ${min}–${max}`);
  }
  const score = a.score;
  if (typeof score != 'number' || !Number.isInteger(score) || score < /** @type {number} */ (min) || score > /** @type {number} */ (max)) {
    return fail('score', `must be an integer from ${min} to ${max}, got ${show(score)}`);
  }
  if (typeof a.segment != 'string' || !rules.segments.includes(a.segment)) {
    return fail('segment', `must be one of ${rules.segments.join(', ')} for ${survey}, got ${show(a.segment)}`);
  }
  const expected = segmentOf(survey, score, { min: /** @type {number} */ (min), max: /** @type {number} */ (max) });
  if (a.segment !== expected) {
    return fail('segment', `must be ${show(expected)} for ${survey} score ${score} on ${min}–${max}, got ${show(a.segment)}`);
  }
  if (a.comment !== undefined && (p = fail('comment', textProblem(a.comment, MAX_COMMENT_LENGTH, true)))) return p;
  if ((p = fail('question', textProblem(a.question, MAX_TEXT_LENGTH)))) return p;
  if ((p = fail('locale', textProblem(a.locale, 35)))) return p;
  if (a.touchpoint !== undefined && (p = fail('touchpoint', textProblem(a.touchpoint, MAX_TEXT_LENGTH)))) return p;
  if ((p = fail('page', pageProblem(a.page)))) return p;
  if ((p = fail('visitorId', textProblem(a.visitorId, MAX_TEXT_LENGTH)))) return p;
  if (a.userId !== undefined && (p = fail('userId', textProblem(a.userId, MAX_TEXT_LENGTH)))) return p;
  if (a.meta !== undefined) {
    if (!isObject(a.meta)) return fail('meta', `must be an object of strings, got ${show(a.meta)}`);
    for (const [k, v] of Object.entries(a.meta)) {
      if (typeof v != 'string') return fail(`meta.${k}`, `must be a string, got ${show(v)}`);
    }
  }
  if ((p = followUpProblem(a, at))) return p;
  if (!isIsoDate(a.answeredAt)) return fail('answeredAt', `must be an ISO-8601 date-time, got ${show(a.answeredAt)}`);
  if (typeof a.widget != 'string' || !/^hearken\/\S+$/.test(a.widget)) {
    return fail('widget', `must be "hearken/<version>", got ${show(a.widget)}`);
  }
  return null;
}

/**
 * Issue 13's optional fields: `reasons` a list of distinct keys, `contact` `{ consent: true, channel, value? }`.
 * @param {Record<string, any>} a
 * @param {string} at
 */
function followUpProblem(a, at) {
  const { reasons, contact } = a;
  if (reasons !== undefined) {
    if (!Array.isArray(reasons)) return `${at}.reasons: must be an array of reason keys, got ${show(reasons)}`;
    for (let i = 0; i < reasons.length; i++) {
      const p = textProblem(reasons[i], 100) || (reasons.indexOf(reasons[i]) < i ? `must not repeat a key, got ${show(reasons[i])} twice` : null);
      if (p) return `${at}.reasons[${i}]: ${p}`;
    }
  }
  if (contact === undefined) return null;
  if (!isObject(contact)) return `${at}.contact: must be an object {consent, channel, value}, got ${show(contact)}`;
  if (contact.consent !== true) return `${at}.contact.consent: must be true (a contact is sent only with consent), got ${show(contact.consent)}`;
  if (contact.channel !== 'email' && contact.channel !== 'phone') return `${at}.contact.channel: must be "email" or "phone", got ${show(contact.channel)}`;
  const p = contact.value === undefined ? null : textProblem(contact.value, 320);
  return p ? `${at}.contact.value: ${p}` : null;
}

/** @param {unknown} v */
function pageProblem(v) {
  const p = textProblem(v, MAX_TEXT_LENGTH);
  if (p) return p;
  try {
    const u = new URL(/** @type {string} */ (v));
    if (u.protocol == 'http:' || u.protocol == 'https:') return null;
  } catch {
    // falls through to the message below
  }
  return `must be an http(s) URL, got ${show(v)}`;
}

/**
 * Checks a whole request body `{ answers: [...], sentAt }`. One bad record fails the whole batch,
 * so a client never has to work out which half was stored.
 * @param {unknown} body the parsed JSON
 * @returns {{ ok: true, answers: Record<string, unknown>[] } | { ok: false, error: string }}
 */
export function checkBatch(body) {
  if (!isObject(body)) return { ok: false, error: `body: must be an object {answers, sentAt}, got ${show(body)}` };
  if (!Array.isArray(body.answers)) return { ok: false, error: `answers: must be an array, got ${show(body.answers)}` };
  if (body.sentAt !== undefined && !isIsoDate(body.sentAt)) {
    return { ok: false, error: `sentAt: must be an ISO-8601 date-time, got ${show(body.sentAt)}` };
  }
  for (let i = 0; i < body.answers.length; i++) {
    const problem = answerProblem(body.answers[i], `answers[${i}]`);
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, answers: body.answers };
}
