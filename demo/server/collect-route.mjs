/**
 * `/collect` of the demo server: the collector kit's handler (README's endpoint contract), with what only
 * the demo adds in front of it — scripted and random faults (`--faults`), the storefront app's bearer
 * token, and Chromium's silent resend of a dropped request dropped again. See demo/README.md.
 */
import { createHash } from 'node:crypto';
import { sendResponse, toRequest } from './web.mjs';

/** Default largest request body, in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;
// Past this the rest of an oversized body is not even read: the socket is closed after the 413.
const DRAIN_LIMIT = 32 * 1024 * 1024;
/** How long after a drop an identical body counts as the browser's automatic resend. */
export const RESEND_WINDOW_MS = 3000;
/** The bearer token the demo collector expects from clients that authenticate (the storefront app). */
export const DEMO_TOKEN = 'demo-token';

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {object} CollectRouteOptions
 * @property {(request: Request) => Promise<Response>} collector the kit's handler
 * @property {import('./faults.mjs').Faults} faults
 * @property {number} [maxBodyBytes] default 1 MiB (the kit answers 413 above it)
 * @property {string} [token] a request that sends `Authorization` must send `Bearer <token>`; default `demo-token`
 * @property {(line: string) => void} [log]
 */

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
 * Reads a request body, keeping at most `limit + 1` bytes (enough for the kit to see it is too large). An
 * oversized body is still read to its end (up to 32 MiB) so the client sees the 413, not a reset.
 * @param {Req} req
 * @param {number} limit
 * @returns {Promise<{ body: Buffer, drained: boolean } | null>} null when the client went away
 */
function readBody(req, limit) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      if (size <= limit) chunks.push(chunk);
      size += chunk.length;
      if (size > DRAIN_LIMIT) {
        req.removeAllListeners('data');
        req.pause();
        resolve({ body: Buffer.concat(chunks), drained: false });
      }
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), drained: true }));
    req.on('error', () => resolve(null));
    req.on('close', () => resolve(null));
  });
}

/** @param {number} ms */
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Creates the `/collect` route. Returns true when it answered the request.
 * @param {CollectRouteOptions} options
 * @returns {(req: Req, res: Res, pathname: string) => boolean}
 */
export function createCollectRoute({ collector, faults, maxBodyBytes = MAX_BODY_BYTES, token = DEMO_TOKEN, log = () => {} }) {
  // Chromium silently resends a request when a connection it held ready (kept alive or preconnected)
  // closes without an answer. The resend carries the same bytes, `sentAt` included, while a widget's
  // own retry does not: an identical body soon after a drop gets the same drop, so it reaches the page.
  /** @type {Map<string, number>} */
  const dropped = new Map();
  /** @param {Buffer} body */
  const digest = (body) => createHash('sha256').update(body).digest('hex');
  /** @param {Req} req @param {Buffer} body */
  function drop(req, body) {
    const now = Date.now();
    for (const [k, at] of dropped) if (now - at > RESEND_WINDOW_MS) dropped.delete(k);
    dropped.set(digest(body), now);
    req.socket.destroy();
  }
  /** @param {Buffer} body */
  const isResend = (body) => Date.now() - (dropped.get(digest(body)) ?? -Infinity) <= RESEND_WINDOW_MS;

  /** @param {Req} req @param {Res} res */
  async function post(req, res) {
    // The script tag and beacons cannot send headers, so the header is optional; a wrong one is refused.
    const auth = req.headers.authorization;
    if (auth !== undefined && auth != `Bearer ${token}`) {
      req.resume();
      log(`POST /collect → 401`);
      return sendJson(res, 401, { error: 'authorization: must be "Bearer <token>" with the demo token' }, await corsOf(req));
    }
    const read = await readBody(req, maxBodyBytes);
    if (!read) return;
    if (!read.drained) res.shouldKeepAlive = false;
    if (isResend(read.body)) {
      log(`POST /collect → the browser resent a dropped request: dropped again`);
      return drop(req, read.body);
    }
    const outcome = faults.take();
    if (outcome == 'down' || outcome == 'drop') {
      log(`POST /collect → ${outcome}: connection destroyed`);
      return drop(req, read.body);
    }
    if (outcome == 'slow') await delay(faults.slowMs);
    if (outcome == '500') return sendJson(res, 500, { error: 'fault: injected server error' }, await corsOf(req));
    if (outcome == '429') {
      return sendJson(res, 429, { error: 'fault: injected rate limit' }, { ...(await corsOf(req)), 'Retry-After': String(faults.retryAfter) });
    }
    if (outcome == 'timeout') {
      log(`POST /collect → timeout: holding the request`);
      const timer = setTimeout(() => drop(req, read.body), faults.hangMs);
      timer.unref();
      req.socket.once('close', () => clearTimeout(timer));
      return;
    }
    const response = await collector(toRequest(req, read.body));
    if (outcome == 'drop-after-save' && response.ok) {
      log(`POST /collect → drop-after-save: stored, connection destroyed`);
      return drop(req, read.body);
    }
    log(`POST /collect → ${response.status}${outcome == 'slow' ? ' (slow)' : ''}`);
    await sendResponse(response, res);
  }

  /**
   * The kit's CORS headers for this request's origin (read off its answer to a preflight), for the answers
   * the demo gives itself.
   * @param {Req} req
   * @returns {Promise<Record<string, string>>}
   */
  async function corsOf(req) {
    const preflight = new Request(`http://localhost/collect`, { method: 'OPTIONS', headers: req.headers.origin ? { Origin: req.headers.origin } : {} });
    const headers = Object.fromEntries((await collector(preflight)).headers);
    headers['access-control-expose-headers'] ||= 'Retry-After';
    return headers;
  }

  return function handle(req, res, pathname) {
    if (pathname != '/collect' || (req.method != 'POST' && req.method != 'OPTIONS')) return false;
    if (faults.isDown()) {
      req.socket.destroy();
      return true;
    }
    const work = req.method == 'POST' ? post(req, res) : collector(toRequest(req, null)).then((response) => sendResponse(response, res));
    work.catch((e) => {
      log(`${req.method} /collect failed: ${e}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'server: unexpected error' });
    });
    return true;
  };
}
