/**
 * Sample answers for the dashboard: a few thousand over 90 days, deterministic for a seed, with trends a
 * CX team would look for — NPS climbing, a CSAT dip while a carrier delivered late (days 35–48 of 90),
 * and checkout effort dropping after a redesign (from day 60) — across touchpoints and locales.
 * Every record passes the collector kit's validation.
 */
import { scaleFor, segmentOf } from 'hearken';
import { levelOf, segmentsOf } from '../shared/surveys.js';
import { addFollowUp } from './seed-follow-up.mjs';
import { dealer, seededRandom, weighted } from './seed-random.mjs';
import { COMMENTS, LOCALES, QUESTIONS } from './seed-texts.mjs';

export { seededRandom };

const DAY = 864e5;

/** @template T @param {() => number} rnd @param {T[]} list @returns {T} */
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

/** @param {() => number} rnd a UUID v4 made of the generator's numbers */
function uuid(rnd) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rnd() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// Where each survey is asked, and how often.
const TOUCHPOINTS = {
  nps: [['catalogue', 0.45], ['app', 0.3], ['account', 0.25]],
  csat: [['checkout', 0.45], ['delivery', 0.35], ['support', 0.2]],
  ces: [['support', 0.5], ['checkout', 0.3], ['returns', 0.2]],
};
const PAGES = {
  catalogue: '/shop/',
  app: '/app/',
  account: '/app/account',
  checkout: '/shop/order.html',
  delivery: '/shop/order.html',
  support: '/shop/support.html',
  returns: '/shop/support.html',
};
const helpers = { scaleFor, segmentOf };
// How often each score of the default scale is picked, once its segment is drawn.
const SCORE_WEIGHTS = { nps: [1, 1, 2, 3, 4, 7, 9, 5, 6, 5, 6], csat: [2, 3, 1, 5, 6], ces: [2, 3, 4, 1, 4, 5, 4] };

/**
 * The scores of one level (0 negative, 1 neutral, 2 positive) on a survey's default scale, as [score, weight]
 * pairs: hearken's `segmentOf` decides which scores belong to the level.
 * @param {'nps' | 'csat' | 'ces'} survey
 * @param {number} level
 * @returns {[number, number][]}
 */
function scoresOf(survey, level) {
  const scale = /** @type {{ min: number, max: number }} */ (scaleFor(survey));
  return SCORE_WEIGHTS[survey]
    .map((weight, i) => /** @type {[number, number]} */ ([scale.min + i, weight]))
    .filter(([score]) => levelOf(survey, score, scale, helpers) == level);
}

/**
 * The chances of the negative and positive segment of one answer, at `t` (0 = oldest day, 1 = today).
 * @param {'nps' | 'csat' | 'ces'} survey
 * @param {string} touchpoint
 * @param {string} locale
 * @param {number} t
 * @returns {[number, number]}
 */
function chances(survey, touchpoint, locale, t) {
  const harsh = locale == 'de' || locale == 'pl' ? 0.05 : 0;
  if (survey == 'nps') {
    const app = touchpoint == 'app' ? 0.05 : 0;
    return [0.32 - 0.16 * t + harsh, 0.34 + 0.24 * t + app - harsh];
  }
  if (survey == 'csat') {
    if (touchpoint == 'delivery' && t > 35 / 90 && t < 48 / 90) return [0.55, 0.28];
    return [0.09 + harsh, 0.78 - harsh];
  }
  const redesign = touchpoint == 'checkout' && t >= 60 / 90;
  const base = touchpoint == 'returns' ? [0.24, 0.5] : touchpoint == 'checkout' ? [0.22, 0.55] : [0.15, 0.64];
  return redesign ? [0.07, 0.8] : [base[0] + harsh, base[1] - harsh];
}

/**
 * @typedef {object} SeedOptions
 * @property {number} [count] how many answers; default 3000
 * @property {number} [days] over how many days up to `end`; default 90
 * @property {number} [end] the newest possible time (ms); default now
 * @property {number} [seed] default 42
 * @property {string} [origin] origin of the recorded pages; default http://127.0.0.1:5173
 * @property {string} [widget] default `hearken/0.1.0`
 */

/**
 * Generates sample answers, oldest first. Ids are `seed-<uuid>`, so seeded answers can be told from
 * real ones and replaced.
 * @param {SeedOptions} [options]
 * @returns {Record<string, any>[]}
 */
export function generateAnswers(options = {}) {
  const { count = 3000, days = 90, seed = 42, origin = 'http://127.0.0.1:5173', widget = 'hearken/0.1.0' } = options;
  const end = options.end ?? Date.now();
  const rnd = seededRandom(seed);
  // The follow-ups draw from a generator of their own, so the scores and comments of a seed stay as they were.
  const followUpRnd = seededRandom(seed + 0x9e3779b9);
  const start = Math.floor(end / DAY) * DAY - (days - 1) * DAY;
  // More answers lately (traffic grows), fewer on weekends.
  const dayWeights = Array.from({ length: days }, (_, d) => {
    const weekday = new Date(start + d * DAY).getUTCDay();
    return [d, (1 + (0.6 * d) / days) * (weekday == 0 || weekday == 6 ? 0.7 : 1)];
  });
  const visitors = Array.from({ length: Math.ceil(count * 0.6) }, () => 'seed-v-' + uuid(rnd).slice(0, 13));
  /** @type {Record<string, any>[]} */
  const out = [];
  /** @type {Map<Record<string, any>, string[]>} the comment pool of each answer that has a comment */
  const commentPools = new Map();
  for (let i = 0; i < count; i++) {
    const day = weighted(rnd, /** @type {[number, number][]} */ (dayWeights));
    let answeredAt = start + day * DAY + Math.floor((7 + rnd() * 16) * 36e5);
    // today is not over yet: its answers fall before `end`
    if (answeredAt > end) answeredAt = end - Math.floor(rnd() * Math.min(6 * 36e5, end - start - day * DAY));
    const t = day / Math.max(1, days - 1);
    const survey = /** @type {'nps' | 'csat' | 'ces'} */ (weighted(rnd, [['nps', 0.4], ['csat', 0.35], ['ces', 0.25]]));
    const touchpoint = weighted(rnd, /** @type {[string, number][]} */ (TOUCHPOINTS[survey]));
    const locale = weighted(rnd, /** @type {[string, number][]} */ (LOCALES));
    const [neg, pos] = chances(survey, touchpoint, locale, t);
    const r = rnd();
    const level = r < neg ? 0 : r < neg + (1 - neg - pos) ? 1 : 2;
    const score = weighted(rnd, scoresOf(survey, level));
    const scale = /** @type {{ min: number, max: number }} */ (scaleFor(survey));
    const q = /** @type {Record<string, any>} */ (QUESTIONS)[locale];
    const question = survey == 'nps' ? q.nps : q[survey][touchpoint];
    const visitorId = pick(rnd, visitors);
    /** @type {Record<string, any>} */
    const answer = {
      id: 'seed-' + uuid(rnd),
      survey,
      score,
      scale,
      segment: segmentsOf(survey, helpers)[level],
      question,
      locale,
      touchpoint,
      page: origin + PAGES[/** @type {keyof typeof PAGES} */ (touchpoint)],
      visitorId,
    };
    const late = touchpoint == 'delivery' && level == 0 && t > 35 / 90 && t < 48 / 90;
    if (rnd() < [0.55, 0.25, 0.3][level]) {
      const pool = COMMENTS[locale];
      commentPools.set(answer, late ? pool.late : [pool.negative, pool.neutral, pool.positive][level]);
    }
    if (touchpoint == 'app' || touchpoint == 'account') answer.userId = 'u-' + (1000 + Math.floor(rnd() * 9000));
    addFollowUp(answer, level, late, followUpRnd);
    if (touchpoint == 'checkout' || touchpoint == 'delivery') answer.meta = { orderId: 'NW-' + (10000 + Math.floor(rnd() * 90000)) };
    answer.answeredAt = new Date(answeredAt).toISOString();
    answer.widget = widget;
    out.push(answer);
  }
  out.sort((a, b) => String(a.answeredAt).localeCompare(String(b.answeredAt)));
  // Comments are dealt newest first from each pool shuffled, so the newest ones of a pool (those a dashboard
  // lists) never repeat a text before the pool is used up.
  const deal = dealer(seededRandom(seed + 1));
  for (const a of out.slice().reverse()) {
    const pool = commentPools.get(a);
    if (pool) a.comment = deal(pool);
  }
  return out;
}
