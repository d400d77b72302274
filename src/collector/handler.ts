import { MAX_COMMENT_LENGTH } from '../surveys';
import { nestsDeeperThan, readBody } from './body';
import { checkAllowOrigins, originVerdict } from './cors';
import { createRateLimiter } from './rate-limit';
import { json } from './reply';
import type { AddResult, CollectedAnswer, CollectorHandler, CollectorOptions, RequestContext } from './types';
import { checkBatch } from './validate';

/** Default largest request body: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/**
 * The smallest `maxBodyBytes` allowed: room for one answer with the longest comment the widget sends
 * (`MAX_COMMENT_LENGTH` characters, at up to 3 bytes of UTF-8 each) and its other fields at the collector's limits.
 * Below it such an answer would get 413 for ever: the widget splits a batch, but cannot split one answer.
 */
export const MIN_MAX_BODY_BYTES = 3 * MAX_COMMENT_LENGTH + 64 * 1024;
/** Default requests a minute per client address. */
export const DEFAULT_RATE_LIMIT = 60;
// Deeper JSON than this is no answer batch (a record nests 3 levels): refused before anything walks it.
const MAX_JSON_DEPTH = 16;
const ACCEPTED_TYPE = /^(application\/json|text\/plain|application\/[\w.+-]*\+json)$/;
const ALREADY_READ = 'the request body was already read: mount the collector before body parsers such as express.json()';

// The smallest value of each number option, and why, for the message that refuses a smaller one.
const LEAST: Record<'maxBodyBytes' | 'rateLimit', [number, string]> = {
  maxBodyBytes: [MIN_MAX_BODY_BYTES, ' (one answer with the longest comment the widget sends)'],
  rateLimit: [0, ''],
};

function checkOptions(options: CollectorOptions): void {
  const store = options?.store;
  if (!store || typeof store.add != 'function') {
    throw new TypeError('[hearken] createCollector: store must be a Store (createEmbeddedStore, createPostgresStore or your own with add())');
  }
  for (const [name, [least, why]] of Object.entries(LEAST)) {
    const value = options[name as keyof typeof LEAST];
    if (value !== undefined && !(Number.isFinite(value) && value >= least)) {
      throw new TypeError(`[hearken] createCollector: ${name} must be a number ≥ ${least}${why}, got ${JSON.stringify(value)}`);
    }
  }
}

/**
 * Creates the collector's handler: README's endpoint contract on a Web `Request`. It answers `POST` (the answer
 * batches, as `application/json` or the beacon's `text/plain`) and `OPTIONS` (CORS preflight) at whatever path it is
 * mounted on; 2xx only once the store committed. Throws for a bad option, naming it.
 */
export function createCollector(options: CollectorOptions): CollectorHandler {
  checkOptions(options);
  const { store, onStored } = options;
  const allowOrigins = checkAllowOrigins(options.allowOrigins);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? ((message: string) => console.error(message));
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, options.now ?? Date.now);
  const addressOf = options.clientAddress ?? ((_request: Request, context: RequestContext) => context.clientAddress);
  let toldAlreadyRead = false;

  // A body parser before the collector is a mistake of the set-up: every request fails the same way until it is
  // fixed. One line says it, where a line a request would flood the log; each 500 says it too, and the widget keeps
  // the answers and retries them, so none is lost meanwhile.
  function alreadyRead(cors: Record<string, string>): Response {
    if (!toldAlreadyRead) log(`[hearken] collector: ${ALREADY_READ}`);
    toldAlreadyRead = true;
    return json(500, { error: `server: ${ALREADY_READ}` }, cors);
  }

  function announce(answers: CollectedAnswer[], result: AddResult) {
    // A store of your own that does not list storedIds gets no onStored calls rather than a failed request.
    if (!onStored || !Array.isArray(result.storedIds) || !result.storedIds.length) return;
    const wanted = new Set(result.storedIds);
    const fresh = answers.filter((answer) => wanted.delete(answer.id));
    Promise.resolve()
      .then(() => onStored(fresh, result))
      .catch((error) => log(`[hearken] collector: onStored failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  async function post(request: Request, context: RequestContext, cors: Record<string, string>): Promise<Response> {
    const rate = limiter.take(addressOf(request, context));
    if (!rate.ok) return json(429, { error: 'rate limit: too many requests from this client, retry later' }, { ...cors, 'Retry-After': String(rate.retryAfterSeconds) });
    const type = (request.headers.get('content-type') ?? 'text/plain').split(';')[0].trim().toLowerCase();
    if (!ACCEPTED_TYPE.test(type)) return json(415, { error: 'content-type: must be application/json or text/plain' }, cors);
    const body = await readBody(request, maxBodyBytes);
    if ('tooLarge' in body) return json(413, { error: `body: must be at most ${maxBodyBytes} bytes` }, cors);
    if ('unread' in body && body.unread == 'already read') return alreadyRead(cors);
    // A client that hung up mid-upload is ordinary (a tab closed, a network lost): nothing to log. It reads no
    // answer; the widget keeps the answer and sends it again.
    if ('unread' in body) return json(400, { error: 'body: the connection closed before the whole body arrived' }, cors);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return json(400, { error: 'body: must be JSON' }, cors);
    }
    if (nestsDeeperThan(parsed, MAX_JSON_DEPTH)) return json(400, { error: `body: nests deeper than ${MAX_JSON_DEPTH} levels` }, cors);
    const batch = checkBatch(parsed);
    if (!batch.ok) return json(batch.tooLarge ? 413 : 400, { error: batch.error }, cors);
    let result;
    try {
      result = await store.add(batch.answers);
    } catch (error) {
      log(`[hearken] collector: the store failed: ${error instanceof Error ? error.message : String(error)}`);
      return json(500, { error: 'storage: could not store the answers, retry later' }, cors);
    }
    announce(batch.answers, result);
    return json(200, { ok: true, stored: result.stored, duplicates: result.duplicates }, cors);
  }

  return async function collect(request, context = {}) {
    try {
      const origin = originVerdict(request, allowOrigins);
      if (!origin.allowed) return json(403, { error: 'origin: not allowed to post here (see allowOrigins)' }, origin.headers);
      if (request.method == 'OPTIONS') return json(204, null, origin.headers);
      if (request.method != 'POST') return json(405, { error: 'method: only POST and OPTIONS' }, { ...origin.headers, Allow: 'POST, OPTIONS' });
      return await post(request, context, origin.headers);
    } catch (error) {
      log(`[hearken] collector: unexpected error: ${error instanceof Error ? error.stack : String(error)}`);
      return json(500, { error: 'server: unexpected error' });
    }
  };
}
