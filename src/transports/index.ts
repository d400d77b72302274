import type { Transport, TransportName, TransportObject } from '../types';
import { beaconTransport } from './beacon';
import { dataLayerTransport } from './data-layer';
import { fetchTransport } from './fetch';

export { beaconTransport } from './beacon';
export type { BeaconTransportOptions, QueuedTransport } from './beacon';
export { dataLayerTransport } from './data-layer';
export { fetchTransport } from './fetch';
export type { FetchTransportOptions } from './fetch';

/** A transport as `resolveTransport` returns it: a `TransportObject`, plus hints for the outbox. */
export interface ResolvedTransport extends TransportObject {
  /** `accepted` only means the browser queued the request (sendBeacon). */
  queued?: boolean;
  /** The transport to use while the page is hidden or unloading, when it is not this one. */
  unload?: TransportObject;
}

/** Options of `resolveTransport`. */
export interface TransportOptions {
  endpoint?: string;
  headers?: Record<string, string>;
  credentials?: boolean;
  fetch?: typeof fetch;
  window?: Window;
  now?: () => number;
}

/**
 * Turns `transport` (a built-in's name, an object with `send`, a bare function, or nothing for `fetch`) into a
 * transport object. The fetch transport carries a beacon transport for the unload path when the browser has
 * `sendBeacon` and no custom headers are set (a beacon cannot send headers; keepalive fetch is used then).
 * Without an endpoint, `fetch` and `beacon` reject every batch with a reason (answers are kept).
 */
export function resolveTransport(transport: TransportName | Transport | undefined, options: TransportOptions = {}): ResolvedTransport {
  if (typeof transport == 'function') return { send: transport };
  if (transport && typeof transport == 'object') return transport;
  const win = options.window || (typeof window != 'undefined' ? window : undefined);
  if (transport == 'dataLayer') return dataLayerTransport(win);
  const endpoint = options.endpoint;
  if (!endpoint) return { send: async () => ({ status: 'reject', reason: 'no endpoint is configured' }) };
  const o = { ...options, endpoint, window: win, fetch: options.fetch || (win && win.fetch && win.fetch.bind(win)) || undefined };
  const beacon = beaconTransport(o);
  if (transport == 'beacon') return beacon;
  const main: ResolvedTransport = fetchTransport(o);
  if (win && win.navigator && (win.navigator as Partial<Navigator>).sendBeacon && !Object.keys(options.headers || {}).length) main.unload = beacon;
  return main;
}
