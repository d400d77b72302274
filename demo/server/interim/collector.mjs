/**
 * INTERIM, until `hearken/collector` (branch `collector`) ships `createCollector`: the same shape, a Web
 * `Request` in and a `Response` out, implementing README's endpoint contract — CORS, both content types,
 * 413 above the body limit, batch validation with a reason, dedup by id, 2xx only after the store committed,
 * then `onStored` with the new answers.
 */
import { checkBatch } from './validate.mjs';

const BASE_ALLOWED_HEADERS = ['content-type', 'authorization', 'x-requested-with'];

/**
 * CORS headers for a request from any origin: the origin is echoed (with credentials allowed, as
 * `sendBeacon` always sends them), `Content-Type`, `Authorization` and `X-*` headers are allowed,
 * and `Retry-After` is readable by cross-origin scripts.
 * @param {Request} request
 * @returns {Record<string, string>}
 */
export function corsHeaders(request) {
  const origin = request.headers.get('origin');
  const asked = String(request.headers.get('access-control-request-headers') || '')
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
  return h;
}

/** @param {string | null} type */
function acceptedType(type) {
  if (!type) return true;
  const media = type.split(';')[0].trim().toLowerCase();
  return media == 'application/json' || media == 'text/plain' || /^application\/[\w.+-]*\+json$/.test(media);
}

/**
 * @param {{ store: any, maxBodyBytes?: number, onStored?: (answers: any[], result: any) => void, log?: (line: string) => void }} options
 * @returns {(request: Request) => Promise<Response>}
 */
export function createCollector({ store, maxBodyBytes = 1024 * 1024, onStored = () => {}, log = console.error }) {
  return async (request) => {
    const cors = corsHeaders(request);
    /** @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
    const json = (status, body, headers = {}) =>
      new Response(JSON.stringify(body), { status, headers: { ...cors, ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } });
    if (request.method == 'OPTIONS') return new Response(null, { status: 204, headers: cors });
    if (request.method != 'POST') return json(405, { error: `method: ${request.method} is not allowed` }, { Allow: 'POST, OPTIONS' });
    if (!acceptedType(request.headers.get('content-type'))) {
      return json(415, { error: `content-type: must be application/json or text/plain, got ${request.headers.get('content-type')}` });
    }
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > maxBodyBytes) return json(413, { error: `body: must be at most ${maxBodyBytes} bytes` });
    let parsed;
    try {
      parsed = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      return json(400, { error: 'body: must be JSON' });
    }
    const batch = checkBatch(parsed);
    if (!batch.ok) return json(400, { error: batch.error });
    let result;
    try {
      result = await store.add(batch.answers);
    } catch (e) {
      log(`[hearken] storage: ${e}`);
      return json(500, { error: 'storage: could not write the answers' });
    }
    const stored = batch.answers.filter((a) => result.storedIds.includes(a.id));
    if (stored.length) Promise.resolve().then(() => onStored(stored, result)).catch((e) => log(`[hearken] onStored: ${e}`));
    return json(200, { ok: true, stored: result.stored, duplicates: result.duplicates });
  };
}
