import type { TransportResult } from '../types';
import { MAX_DELAY } from './backoff';

/** The parts of a fetch `Response` that decide what happens to a batch. */
export interface ResponseLike {
  status: number;
  type?: string;
  headers?: { get(name: string): string | null };
}

/**
 * Milliseconds asked for by a `Retry-After` header, given in seconds or as an HTTP date; capped at 5 min,
 * never negative; `undefined` when missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(text)) ms = parseFloat(text) * 1000;
  else {
    // an HTTP date names its month; Date.parse would also read "-5" as a year
    const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : NaN;
    if (isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(MAX_DELAY, Math.max(0, Math.round(ms)));
}

/**
 * What an HTTP response means for the batch it answered:
 * 2xx accepted (after redirects, only the final response counts); 408, 425, 429 and 5xx retry, honouring
 * Retry-After; 413 too large (split); any other 4xx rejected; an opaque or opaque-redirect response (no-cors,
 * CORS-blocked, manual redirect) and anything else retry.
 */
export function resultOf(response: ResponseLike, now: number): TransportResult {
  const { status } = response;
  if (response.type == 'opaque' || response.type == 'opaqueredirect') return { status: 'retry', reason: 'opaque response (CORS?)' };
  if (status >= 200 && status < 300) return { status: 'accepted' };
  if (status == 413) return { status: 'too-large' };
  const reason = 'HTTP ' + status;
  if (status == 408 || status == 425 || status == 429 || status >= 500 || status < 400) {
    const after = parseRetryAfter(response.headers && response.headers.get('Retry-After'), now);
    return after === undefined ? { status: 'retry', reason } : { status: 'retry', after, reason };
  }
  return { status: 'reject', reason };
}
