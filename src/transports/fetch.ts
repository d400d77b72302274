import type { Answer } from '../surveys/index';
import type { TransportObject } from './types';
import { resultOf, retry } from './http-status';
import { UNLOAD_LIMIT, bodyOf } from './body';

/** Options of the fetch transport. */
export interface FetchTransportOptions {
  endpoint: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Send cookies (`credentials: 'include'`); default `omit`. */
  credentials?: boolean;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
  /** The window whose `navigator.sendBeacon` the beacon transport uses; default the global one. */
  window?: Window;
  now?: () => number;
}

/**
 * The HTTP transports, fetch and (with `beacon`) sendBeacon, which share the body, the fetch call and
 * the mapping of failures to `retry`. `bodyFor` writes a batch as the request body (the pipeline transports
 * write their vendor's format), or returns `undefined` when the batch is too large for the receiver.
 */
export function httpTransport(
  options: FetchTransportOptions,
  beacon?: boolean,
  bodyFor: (batch: Answer[], now: number) => string | undefined = bodyOf,
): TransportObject & { queued?: boolean } {
  const now = options.now || Date.now;
  const type = beacon ? 'text/plain;charset=UTF-8' : 'application/json';
  return {
    queued: beacon,
    maxBatch: 20,
    async send(batch, context) {
      const body = bodyFor(batch, now());
      if (body == null) return { status: 'too-large' };
      const blob = new Blob([body], { type });
      const small = blob.size < UNLOAD_LIMIT;
      try {
        if (beacon) {
          if (small) return (options.window || window).navigator.sendBeacon(options.endpoint, blob) ? { status: 'accepted' } : retry('sendBeacon refused');
          if (batch.length > 1) return { status: 'too-large' };
          if (context.unload) return retry('too large');
        }
        const response = await (options.fetch || fetch)(options.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': type, ...(beacon ? {} : options.headers) },
          body,
          credentials: !beacon && options.credentials ? 'include' : 'omit',
          // the page's address, query string included, is none of the endpoint's business (the answer has its path)
          referrerPolicy: 'strict-origin',
          signal: context.signal,
          keepalive: (context.unload && small) || undefined,
        });
        return resultOf(response, now());
      } catch (error) {
        // TypeError: offline, DNS, CORS-blocked, no fetch or sendBeacon at all; AbortError: timed out or destroyed
        return retry(String(error));
      }
    },
  };
}

/**
 * POSTs each batch as JSON (`Content-Type: application/json`) in batches of up to 20, cookies omitted unless
 * asked. While the page is hidden or unloading, a body under 64 KiB goes with `keepalive: true` so it
 * outlives the page. The HTTP status decides the result (see `resultOf`); a network error, CORS block or
 * abort is a retry. Redirects are followed (fetch's default, so the final URL can be named), but a redirected
 * response is refused: the answers stay and an `error` event asks for the endpoint to be set to the final URL.
 */
export function fetchTransport(options: FetchTransportOptions): TransportObject {
  return httpTransport(options);
}
