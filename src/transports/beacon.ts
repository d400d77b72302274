import type { TransportObject } from './types';
import { httpTransport } from './fetch';

/** A transport that may say `accepted` without knowing whether the server got the batch. */
export interface QueuedTransport extends TransportObject {
  /** `accepted` only means the browser queued the request (sendBeacon gives no response). */
  queued: true;
}

/** Options of the beacon transport. */
export interface BeaconTransportOptions {
  endpoint: string;
  window?: Window;
  /** Used for a single answer too large for a beacon when the page is not unloading; default the global fetch. */
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * Sends each batch with `navigator.sendBeacon(url, Blob(json, text/plain;charset=UTF-8))`: a CORS-simple
 * request (no preflight) that survives the page closing, but carries the browser's cookies and tells nothing
 * about the server's answer, so `accepted` means "queued" (see `queued`). A body of 64 KiB or more is
 * `too-large`, which makes the outbox split the batch; a single answer that large cannot go by beacon: while
 * unloading it is left for a later fetch (`retry`), otherwise it is POSTed with fetch as text/plain.
 * `sendBeacon` missing, throwing or returning false (the browser's queue is full) leaves the answers in the
 * outbox (`retry`). As the main transport (`data-transport="beacon"`) that is all anyone can know: the outbox
 * deletes the answers and reports them `sent` once the browser queued them, so an answer the network or the
 * endpoint then loses is not retried. (The fetch transport uses a beacon only on page exit, and keeps those.)
 */
export function beaconTransport(options: BeaconTransportOptions): QueuedTransport {
  return httpTransport(options, true) as QueuedTransport;
}
