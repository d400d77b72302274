/**
 * The dashboard's API, read through the store. Read-only, except the "done" toggle of the to-contact list:
 *
 * - `GET /api/answers[?since=<cursor|ISO-8601>]` → `{ answers, cursor }`
 * - `GET /api/stats[?survey=&touchpoint=&locale=&from=&to=]` → the store's `stats`, from hearken's helpers
 * - `GET /api/contacts` → the consented contact requests, newest first
 * - `POST /api/contacts/<id>/done` with `{"done": true|false}` (JSON only) → `{ id, done }`, 404 for no such id
 * - `GET /api/export?format=ndjson|csv` → every answer, streamed
 * - `GET /api/events` → Server-Sent Events (events.mjs)
 * - `GET /collect` → `{ answers }`
 *
 * With a token (`HEARKEN_DASHBOARD_TOKEN`) each needs `Authorization: Bearer <token>`, or `?token=<token>`
 * where a header cannot be sent (`EventSource`); without it, 401 with a reason.
 */
import { timingSafeEqual } from 'node:crypto';
import { parseCursor } from './events.mjs';
import { sendJson } from './collect-route.mjs';
import { SURVEY_KINDS } from '../shared/surveys.js';

const FILTER_FIELDS = ['survey', 'touchpoint', 'locale', 'from', 'to'];
const EXPORT_TYPES = { ndjson: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8' };

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {object} DashboardApiOptions
 * @property {any} store the collector kit's Store
 * @property {import('./feed.mjs').AnswerFeed} feed
 * @property {import('./events.mjs').EventStream} events
 * @property {string} [token] required when set
 */

/**
 * Whether a value is an ISO-8601 date-time with a time zone, e.g. `2025-03-01T12:00:00Z`, on a day that exists
 * (`Date.parse` rolls `2026-02-30` over to March) in years 1 to 9999 (what the store can compare with).
 * @param {string} value
 */
const isIsoDate = (value) => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return false;
  const time = Date.parse(value);
  if (!(time >= Date.parse('0001-01-01T00:00:00Z') && time <= Date.parse('9999-12-31T23:59:59.999Z'))) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

/**
 * Why a filter of `/api/stats` or `/api/contacts` cannot be used, naming the parameter, or null. Checked here rather
 * than left to the store, which answered a month 13 with a 500 and took `from=yesterday` as PostgreSQL reads it.
 * @param {Record<string, string>} filter
 */
export function filterProblem(filter) {
  if (filter.survey !== undefined && !SURVEY_KINDS.includes(/** @type {any} */ (filter.survey))) {
    return `survey: must be nps, csat or ces, got ${JSON.stringify(filter.survey)}`;
  }
  for (const name of /** @type {const} */ (['from', 'to'])) {
    if (filter[name] !== undefined && !isIsoDate(filter[name])) {
      return `${name}: must be an ISO-8601 date-time with a time zone, e.g. 2026-12-01T00:00:00Z, got ${JSON.stringify(filter[name])}`;
    }
  }
  return null;
}

/**
 * Whether a request carries the token (always true without one).
 * @param {Req} req
 * @param {URL} url
 * @param {string | undefined} token
 */
export function authorized(req, url, token) {
  if (!token) return true;
  const header = req.headers.authorization || '';
  const given = header.startsWith('Bearer ') ? header.slice(7) : url.searchParams.get('token') || '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length == b.length && timingSafeEqual(a, b);
}

/**
 * The answers of `GET /api/answers?since=`: all, those after a cursor (`since=1200`, a `seq` as the `cursor`
 * field and the event ids of `/api/events` give), or those answered at or after a time. A bad `since` gives
 * the reason as a string.
 * @param {import('./feed.mjs').AnswerFeed} feed
 * @param {string | null} since
 */
export function listSince(feed, since) {
  const cursor = feed.cursor();
  if (since === null || since === '') return { answers: feed.all(), cursor };
  const after = parseCursor(since);
  if (after !== undefined) return { answers: feed.since(after), cursor };
  if (isIsoDate(since)) {
    const from = Date.parse(since);
    return { answers: feed.all().filter((a) => Date.parse(String(a.answeredAt)) >= from), cursor };
  }
  return `since: must be a cursor (a whole number) or an ISO-8601 date-time, got ${JSON.stringify(since)}`;
}

/** @param {Req} req @returns {Promise<string>} */
async function readText(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 10_000) break;
  }
  return text;
}

/**
 * Creates the API's route. Returns true when it answered the request.
 * @param {DashboardApiOptions} options
 * @returns {(req: Req, res: Res, url: URL, pathname: string) => boolean}
 */
export function createDashboardApi({ store, feed, events, token }) {
  /** @param {Res} res @param {Promise<unknown>} work */
  const answer = (res, work) =>
    Promise.resolve(work).then(
      (body) => sendJson(res, 200, body),
      (e) => sendJson(res, 500, { error: `store: ${e instanceof Error ? e.message : e}` }),
    );

  /** @param {Req} req @param {Res} res @param {string} id */
  async function toggleDone(req, res, id) {
    if (!/^application\/json\b/i.test(req.headers['content-type'] || '')) {
      return sendJson(res, 415, { error: 'content-type: must be application/json' });
    }
    let done;
    try {
      done = JSON.parse(await readText(req)).done;
    } catch {
      // falls through to the 400 below
    }
    if (typeof done != 'boolean') return sendJson(res, 400, { error: 'done: must be true or false' });
    if (!(await store.setDone(id, done))) return sendJson(res, 404, { error: `id: no answer ${JSON.stringify(id)}` });
    sendJson(res, 200, { id, done });
  }

  /** @param {Res} res @param {string | null} format */
  async function exportAnswers(res, format) {
    if (format != 'ndjson' && format != 'csv') return sendJson(res, 400, { error: `format: must be ndjson or csv, got ${JSON.stringify(format)}` });
    res.writeHead(200, { 'Content-Type': EXPORT_TYPES[format], 'Content-Disposition': `attachment; filename="answers.${format}"`, 'Cache-Control': 'no-store' });
    for await (const chunk of store.export(format)) res.write(chunk);
    res.end();
  }

  return function handle(req, res, url, pathname) {
    // matched on the path as sent, then decoded: an id may hold a "/", sent as %2F
    const done = /^\/api\/contacts\/([^/]+)\/done$/.exec(url.pathname);
    const read = req.method == 'GET' || req.method == 'HEAD';
    const ours = (pathname.startsWith('/api/') && (read || done)) || (pathname == '/collect' && read);
    if (!ours) return false;
    if (!authorized(req, url, token)) {
      sendJson(res, 401, { error: 'authorization: the dashboard needs its token (HEARKEN_DASHBOARD_TOKEN): send "Authorization: Bearer <token>"' });
      return true;
    }
    if (done) {
      if (req.method != 'POST') sendJson(res, 405, { error: `method: ${req.method} is not allowed` }, { Allow: 'POST' });
      else toggleDone(req, res, decodeURIComponent(done[1])).catch((e) => sendJson(res, 500, { error: `store: ${e}` }));
      return true;
    }
    const query = url.searchParams;
    const filter = Object.fromEntries(FILTER_FIELDS.filter((f) => query.get(f)).map((f) => [f, query.get(f)]));
    const problem = (pathname == '/api/stats' || pathname == '/api/contacts') && filterProblem(filter);
    if (problem) return sendJson(res, 400, { error: problem }), true;
    // The lists read what is new in the store first, so an answer is listed as soon as its POST got a 2xx.
    if (pathname == '/collect') feed.sync().then(() => sendJson(res, 200, { answers: feed.all() }));
    else if (pathname == '/api/answers') {
      feed.sync().then(() => {
        const listed = listSince(feed, query.get('since'));
        if (typeof listed == 'string') sendJson(res, 400, { error: listed });
        else sendJson(res, 200, listed);
      });
    } else if (pathname == '/api/stats') answer(res, store.stats(filter));
    else if (pathname == '/api/contacts') answer(res, store.contacts(filter).then((/** @type {any[]} */ contacts) => ({ contacts })));
    else if (pathname == '/api/export') exportAnswers(res, query.get('format')).catch(() => res.destroy());
    else if (pathname == '/api/events') events.handle(req, res, query);
    else sendJson(res, 404, { error: `path: no API at ${pathname}` });
    return true;
  };
}
