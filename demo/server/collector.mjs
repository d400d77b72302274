/**
 * The collector: receives answer batches at `POST /collect`, validates them, stores each answer id
 * once, and serves them back at `GET /collect` / `GET /api/answers`. See demo/README.md for the
 * HTTP contract.
 */
import { createHash } from 'node:crypto';
import { npsScore, segmentCounts } from 'hearken';
import { parseCursor } from './events.mjs';
import { checkBatch, isIsoDate } from './validate.mjs';

/** Default largest request body, in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;
// Past this the rest of an oversized body is not even read: the socket is closed after the 413.
const DRAIN_LIMIT = 32 * 1024 * 1024;

/** How long after a drop an identical body counts as the browser's automatic resend. */
export const RESEND_WINDOW_MS = 3000;

const BASE_ALLOWED_HEADERS = ['content-type', 'authorization', 'x-requested-with'];

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {object} CollectorOptions
 * @property {import('./store.mjs').AnswerStore} store
 * @property {import('./faults.mjs').Faults} faults
 * @property {number} [maxBodyBytes] default 1 MiB
 * @property {string} [token] a request that sends `Authorization` must send `Bearer <token>`; default `demo-token`
 * @property {(line: string) => void} [log]
 */

/** The bearer token the demo collector expects from clients that authenticate (the storefront app). */
export const DEMO_TOKEN = 'demo-token';

/**
 * CORS headers for a request from any origin: the origin is echoed (with credentials allowed, as
 * `sendBeacon` always sends them), `Content-Type`, `Authorization` and `X-*` headers are allowed,
 * and `Retry-After` is readable by cross-origin scripts.
 * @param {Req} req
 * @returns {Record<string, string>}
 */
export function corsHeaders(req) {
  const origin = req.headers.origin;
  const asked = String(req.headers['access-control-request-headers'] || '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h && (BASE_ALLOWED_HEADERS.includes(h) || h.startsWith('x-')));
  /** @type {Record<string, string>} */
  const h = {
    'Access-Control-Allow-Origin': origin || '*',
    'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
    'Access-Control-Allow-Headers': [...new Set([...BASE_ALLOWED_HEADERS, ...asked])].join(', '),
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
  if (origin) h['Access-Control-Allow-Credentials'] = 'true';
  if (req.headers['access-control-request-private-network']) h['Access-Control-Allow-Private-Network'] = 'true';
  return h;
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Reads a request body up to a limit. An oversized body is still read to its end (up to 32 MiB,
 * discarded) so the client sees the 413 instead of a reset connection.
 * @param {Req} req
 * @param {number} limit
 * @returns {Promise<{ text: string } | { tooLarge: true, drained: boolean } | { aborted: true }>}
 */
function readBody(req, limit) {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (declared > DRAIN_LIMIT) return resolve({ tooLarge: true, drained: false });
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) {
        req.removeAllListeners('data');
        req.pause();
        resolve({ tooLarge: true, drained: false });
      }
    });
    req.on('end', () => resolve(size > limit ? { tooLarge: true, drained: true } : { text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => resolve({ aborted: true }));
    req.on('close', () => resolve({ aborted: true }));
  });
}

/** @param {string | undefined} type */
function acceptedType(type) {
  if (!type) return true;
  const media = type.split(';')[0].trim().toLowerCase();
  return media == 'application/json' || media == 'text/plain' || /^application\/[\w.+-]*\+json$/.test(media);
}

/** @param {number} ms */
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Creates the collector's request handler. It answers for `/collect`, `/api/answers` and
 * `/api/stats`, and returns false for any other path.
 * @param {CollectorOptions} options
 * @returns {(req: Req, res: Res, pathname: string) => boolean}
 */
export function createCollector({ store, faults, maxBodyBytes = MAX_BODY_BYTES, token = DEMO_TOKEN, log = () => {} }) {
  // Chromium silently resends a request when a connection it held ready (kept alive or preconnected)
  // closes without an answer. The resend carries the same bytes, `sentAt` included, while a widget's
  // own retry does not: an identical body soon after a drop gets the same drop, so it reaches the page.
  /** @type {Map<string, number>} */
  const dropped = new Map();
  /** @param {string} text */
  const digest = (text) => createHash('sha256').update(text).digest('hex');
  /** @param {string} text */
  function rememberDrop(text) {
    const now = Date.now();
    for (const [k, at] of dropped) if (now - at > RESEND_WINDOW_MS) dropped.delete(k);
    dropped.set(digest(text), now);
  }
  /** @param {string} text */
  function isResend(text) {
    const at = dropped.get(digest(text));
    return at !== undefined && Date.now() - at <= RESEND_WINDOW_MS;
  }

  /** @param {Req} req @param {Res} res */
  async function post(req, res) {
    const cors = corsHeaders(req);
    if (!acceptedType(req.headers['content-type'])) {
      req.resume();
      return sendJson(res, 415, { error: `content-type: must be application/json or text/plain, got ${req.headers['content-type']}` }, cors);
    }
    // The script tag and beacons cannot send headers, so the header is optional; a wrong one is refused.
    const auth = req.headers.authorization;
    if (auth !== undefined && auth != `Bearer ${token}`) {
      req.resume();
      log(`POST /collect → 401`);
      return sendJson(res, 401, { error: 'authorization: must be "Bearer <token>" with the demo token' }, cors);
    }
    const body = await readBody(req, maxBodyBytes);
    if ('aborted' in body) return;
    if ('tooLarge' in body) {
      if (!body.drained) res.shouldKeepAlive = false;
      log(`POST /collect → 413`);
      return sendJson(res, 413, { error: `body: must be at most ${maxBodyBytes} bytes` }, cors);
    }
    if (isResend(body.text)) {
      rememberDrop(body.text);
      log(`POST /collect → the browser resent a dropped request: dropped again`);
      return req.socket.destroy();
    }
    const outcome = faults.take();
    if (outcome == 'down' || outcome == 'drop') {
      rememberDrop(body.text);
      log(`POST /collect → ${outcome}: connection destroyed`);
      return req.socket.destroy();
    }
    if (outcome == 'slow') await delay(faults.slowMs);
    if (outcome == '500') return sendJson(res, 500, { error: 'fault: injected server error' }, cors);
    if (outcome == '429') {
      return sendJson(res, 429, { error: 'fault: injected rate limit' }, { ...cors, 'Retry-After': String(faults.retryAfter) });
    }
    if (outcome == 'timeout') {
      log(`POST /collect → timeout: holding the request`);
      const timer = setTimeout(() => {
        rememberDrop(body.text);
        req.socket.destroy();
      }, faults.hangMs);
      timer.unref();
      req.socket.once('close', () => clearTimeout(timer));
      return;
    }
    /** @type {unknown} */
    let parsed;
    try {
      parsed = JSON.parse(body.text.replace(/^\uFEFF/, ''));
    } catch {
      return sendJson(res, 400, { error: 'body: must be JSON' }, cors);
    }
    const batch = checkBatch(parsed);
    if (!batch.ok) {
      log(`POST /collect → 400 ${batch.error}`);
      return sendJson(res, 400, { error: batch.error }, cors);
    }
    let result;
    try {
      result = await store.add(/** @type {import('./store.mjs').StoredAnswer[]} */ (batch.answers));
    } catch (e) {
      log(`POST /collect → 500 storage: ${e}`);
      return sendJson(res, 500, { error: 'storage: could not write the answers' }, cors);
    }
    if (outcome == 'drop-after-save') {
      rememberDrop(body.text);
      log(`POST /collect → drop-after-save: stored ${result.stored}, connection destroyed`);
      return req.socket.destroy();
    }
    log(`POST /collect → 200 stored ${result.stored}, duplicates ${result.duplicates}${outcome == 'slow' ? ' (slow)' : ''}`);
    sendJson(res, 200, { ok: true, ...result }, cors);
  }

  /** @param {Req} req @param {Res} res @param {string} pathname */
  return function handle(req, res, pathname) {
    if (pathname == '/collect') {
      if ((req.method == 'POST' || req.method == 'OPTIONS') && faults.isDown()) {
        req.socket.destroy();
        return true;
      }
      if (req.method == 'OPTIONS') {
        res.writeHead(204, corsHeaders(req));
        res.end();
      } else if (req.method == 'POST') {
        post(req, res).catch((e) => {
          log(`POST /collect failed: ${e}`);
          if (!res.headersSent) sendJson(res, 500, { error: 'server: unexpected error' });
        });
      } else if (req.method == 'GET' || req.method == 'HEAD') {
        sendJson(res, 200, { answers: store.all() }, corsHeaders(req));
      } else {
        sendJson(res, 405, { error: `method: ${req.method} is not allowed` }, { ...corsHeaders(req), Allow: 'POST, GET, OPTIONS' });
      }
      return true;
    }
    if (pathname == '/api/answers' && (req.method == 'GET' || req.method == 'HEAD')) {
      const since = new URL(req.url || '/', 'http://x').searchParams.get('since');
      const listed = listSince(store, since);
      if (typeof listed == 'string') sendJson(res, 400, { error: listed }, corsHeaders(req));
      else sendJson(res, 200, listed, corsHeaders(req));
      return true;
    }
    if (pathname == '/api/stats' && (req.method == 'GET' || req.method == 'HEAD')) {
      sendJson(res, 200, stats(store.all()), corsHeaders(req));
      return true;
    }
    return false;
  };
}

/**
 * The answers of `GET /api/answers?since=`: all of them, those after a cursor (`since=1200`, a count of
 * answers as the `cursor` field and the event ids of `/api/events` give), or those answered at or after
 * a time (`since=2025-03-01T00:00:00Z`). `cursor` is the count of answers stored now. A bad `since`
 * gives the reason as a string.
 * @param {import('./store.mjs').AnswerStore} store
 * @param {string | null} since
 * @returns {{ answers: Record<string, unknown>[], cursor: number } | string}
 */
export function listSince(store, since) {
  const cursor = store.count();
  if (since === null || since === '') return { answers: store.all(), cursor };
  const n = parseCursor(since);
  if (n !== undefined) return { answers: store.since(n), cursor };
  if (isIsoDate(since)) {
    const from = Date.parse(since);
    return { answers: store.all().filter((a) => Date.parse(String(a.answeredAt)) >= from), cursor };
  }
  return `since: must be a cursor (a whole number) or an ISO-8601 date-time, got ${JSON.stringify(since)}`;
}

/**
 * Counts per survey and segment, plus the NPS, all from hearken's own scoring helpers.
 * @param {any[]} answers
 */
export function stats(answers) {
  /** @type {Record<string, { count: number, segments: Record<string, number> }>} */
  const surveys = {};
  for (const survey of /** @type {const} */ (['nps', 'csat', 'ces'])) {
    const segments = segmentCounts(answers, survey);
    const count = Object.values(segments).reduce((sum, n) => sum + n, 0);
    if (count) surveys[survey] = { count, segments };
  }
  return { total: answers.length, nps: npsScore(answers), surveys };
}
