import type { TransportResult } from './types';

/** The parts of a fetch `Response` that decide what happens to a batch. */
export interface ResponseLike {
  status: number;
  type?: string;
  /** True when fetch followed a redirect: `status` and `url` are the final response's. */
  redirected?: boolean;
  url?: string;
  headers?: { get(name: string): string | null };
}

/** Longest wait a server's Retry-After may ask for: 5 min (the outbox never waits longer between attempts either). */
export const MAX_RETRY_AFTER = 3e5;

/** A `retry` result with a reason and, when the server asked for one, a delay. */
export const retry = (reason: string, after?: number): TransportResult => ({ status: 'retry', after, reason });

/**
 * Milliseconds asked for by a `Retry-After` header, given in seconds or as an HTTP date; capped at 5 min,
 * never negative; `undefined` when missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = (value || '').trim();
  // an HTTP date names its month; Date.parse would also read "-5" as a year
  const ms = /^\d+(\.\d+)?$/.test(text) ? +text * 1000 : /[a-z]{3}/i.test(text) ? Date.parse(text) - now : NaN;
  return ms == ms ? Math.min(MAX_RETRY_AFTER, Math.max(0, Math.round(ms))) : undefined;
}

/**
 * What an HTTP response means for the batch it answered:
 * 2xx accepted; 408, 425, 429 and 5xx retry, honouring Retry-After; 413 too large (split); any other 4xx
 * rejected; an opaque or opaque-redirect response (no-cors, CORS-blocked, manual redirect) and anything else
 * retry. A response fetch reached through a redirect is rejected whatever its status, its reason naming the
 * final URL: a 301/302/303 turns the POST into a GET without body (a login page's 200 would otherwise delete
 * answers nobody stored), and fetch does not say which redirect it followed.
 */
export function resultOf(response: ResponseLike, now: number): TransportResult {
  const s = response.status;
  const reason = 'HTTP ' + s;
  return /^opaque/.test(response.type!)
    ? retry('opaque response')
    : response.redirected
      ? { status: 'reject', reason: 'redirected to ' + response.url + ' (' + reason + '); set the endpoint to the final URL' }
      : s > 199 && s < 300
        ? { status: 'accepted' }
        : s == 413
          ? { status: 'too-large' }
          : s < 400 || s > 499 || s == 408 || s == 425 || s == 429
            ? retry(reason, parseRetryAfter(response.headers && response.headers.get('Retry-After'), now))
            : { status: 'reject', reason };
}
