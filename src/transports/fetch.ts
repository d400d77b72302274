import type { TransportObject } from '../types';
import { resultOf } from '../outbox/status';
import { UNLOAD_LIMIT, bodyOf, byteLength } from './body';

/** Options of the fetch transport. */
export interface FetchTransportOptions {
  endpoint: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Send cookies (`credentials: 'include'`); default `omit`. */
  credentials?: boolean;
  /** The fetch to use; default the window's. */
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * POSTs each batch as JSON (`Content-Type: application/json`) in batches of up to 20, cookies omitted unless
 * asked. While the page is hidden or unloading, a body under 64 KiB goes with `keepalive: true` so it
 * outlives the page. The HTTP status decides the result (see `resultOf`); a network error, CORS block or
 * abort is a retry.
 */
export function fetchTransport(options: FetchTransportOptions): TransportObject {
  const now = options.now || Date.now;
  return {
    maxBatch: 20,
    async send(batch, context) {
      const f = options.fetch || (typeof fetch == 'function' ? fetch : undefined);
      if (!f) return { status: 'retry', reason: 'fetch is not available' };
      const body = bodyOf(batch, now());
      const init: RequestInit = {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...options.headers },
        body,
        credentials: options.credentials ? 'include' : 'omit',
        signal: context.signal,
      };
      if (context.unload && byteLength(body) < UNLOAD_LIMIT) init.keepalive = true;
      try {
        return resultOf(await f(options.endpoint, init), now());
      } catch (error) {
        // TypeError: offline, DNS, CORS-blocked; AbortError: timed out or destroyed
        return { status: 'retry', reason: String(error) };
      }
    },
  };
}
