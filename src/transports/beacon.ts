import type { TransportObject } from '../types';
import { resultOf } from '../outbox/status';
import { UNLOAD_LIMIT, bodyOf, byteLength } from './body';

/** A transport that may say `accepted` without knowing whether the server got the batch. */
export interface QueuedTransport extends TransportObject {
  /** `accepted` only means the browser queued the request (sendBeacon gives no response). */
  queued: true;
}

/** Options of the beacon transport. */
export interface BeaconTransportOptions {
  endpoint: string;
  window?: Window;
  /** Used for a single answer too large for a beacon when the page is not unloading; default the window's fetch. */
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * Sends each batch with `navigator.sendBeacon(url, Blob(json, text/plain;charset=UTF-8))`: a CORS-simple
 * request (no preflight) that survives the page closing, but carries the browser's cookies and tells nothing
 * about the server's answer, so `accepted` means "queued" (see `queued`). A body of 64 KiB or more is
 * `too-large`, which makes the outbox split the batch; a single answer that large cannot go by beacon: while
 * unloading it is left for a later fetch (`retry`), otherwise it is POSTed with fetch as text/plain.
 * `sendBeacon` returning false (the browser's queue is full) leaves the answers in the outbox (`retry`).
 */
export function beaconTransport(options: BeaconTransportOptions): QueuedTransport {
  const now = options.now || Date.now;
  const win = options.window || (typeof window != 'undefined' ? window : undefined);
  return {
    queued: true,
    maxBatch: 20,
    async send(batch, context) {
      const body = bodyOf(batch, now());
      if (byteLength(body) >= UNLOAD_LIMIT) {
        if (batch.length > 1) return { status: 'too-large' };
        const f = options.fetch || (win && win.fetch ? win.fetch.bind(win) : undefined);
        if (context.unload || !f) return { status: 'retry', reason: 'too large for a beacon' };
        try {
          const headers = { 'Content-Type': 'text/plain;charset=UTF-8' };
          return resultOf(await f(options.endpoint, { method: 'POST', body, headers, credentials: 'omit', signal: context.signal }), now());
        } catch (error) {
          return { status: 'retry', reason: String(error) };
        }
      }
      const nav = win && win.navigator;
      if (!nav || typeof nav.sendBeacon != 'function') return { status: 'retry', reason: 'sendBeacon is not available' };
      try {
        const blob = new Blob([body], { type: 'text/plain;charset=UTF-8' });
        return nav.sendBeacon(options.endpoint, blob) ? { status: 'accepted' } : { status: 'retry', reason: 'sendBeacon refused the request' };
      } catch (error) {
        return { status: 'retry', reason: String(error) };
      }
    },
  };
}
