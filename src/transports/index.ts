import type { Transport, TransportName, TransportObject } from './types';
import { beaconTransport } from './beacon';
import { dataLayerTransport } from './data-layer';
import { fetchTransport } from './fetch';
import type { Pipelines } from './pipelines';

export type { Pipelines } from './pipelines';

export { beaconTransport } from './beacon';
export type { BeaconTransportOptions, QueuedTransport } from './beacon';
export { dataLayerTransport } from './data-layer';
export { fetchTransport } from './fetch';
export type { FetchTransportOptions } from './fetch';
export { segmentTransport } from './segment';
export type { SegmentTransportOptions } from './segment';
export { posthogTransport } from './posthog';
export type { PostHogTransportOptions } from './posthog';

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
  /** The pipeline transports' key: Segment's write key, PostHog's project API key. */
  writeKey?: string;
  /** PostHog's survey id. */
  surveyId?: string;
  /** Segment's event name. */
  eventName?: string;
  /** Loads the pipeline transports (they ship apart from the core). */
  loadPipelines?: () => Promise<Pipelines>;
  fetch?: typeof fetch;
  window?: Window;
  now?: () => number;
}

/**
 * Turns `transport` (a built-in's name, an object with `send`, a bare function, or nothing for `fetch`) into a
 * transport object. The fetch transport carries a beacon transport for the unload path when the browser has
 * `sendBeacon` and no custom headers are set (a beacon cannot send headers; keepalive fetch is used then).
 * Without an endpoint, `fetch`, `beacon`, `segment` and `posthog` reject every batch with a reason (answers are
 * kept). `segment` and `posthog` are loaded with `loadPipelines` as they are resolved (with the delivery).
 */
export function resolveTransport(transport: TransportName | Transport | undefined, options: TransportOptions = {}): ResolvedTransport {
  if (typeof transport == 'function') return { send: transport };
  if (transport && typeof transport == 'object') return transport;
  const win = options.window || (typeof window != 'undefined' ? window : undefined);
  if (transport == 'dataLayer') return dataLayerTransport(win);
  const endpoint = options.endpoint;
  if (!endpoint) return { send: async () => ({ status: 'reject', reason: 'no endpoint is configured' }) };
  const o = { ...options, endpoint, window: win, fetch: options.fetch || (win && win.fetch && win.fetch.bind(win)) || undefined };
  if (transport == 'segment' || transport == 'posthog') {
    // Loaded now, with the delivery, rather than at the first batch: an answer given just before the page is left is
    // sent as it goes, when no script can load any more. Asked for again at each batch (the loader keeps what it
    // loaded); a failed load throws there, which the outbox retries. Without a write key (reported when the options
    // were checked) the data plane refuses the batches.
    options.loadPipelines!().catch(() => {});
    return {
      send: (batch, context) => options.loadPipelines!().then((pipelines) => pipelines[transport]({ ...o, writeKey: options.writeKey || '' }).send(batch, context)),
    };
  }
  const beacon = beaconTransport(o);
  if (transport == 'beacon') return beacon;
  const main: ResolvedTransport = fetchTransport(o);
  if (win && win.navigator && (win.navigator as Partial<Navigator>).sendBeacon && !Object.keys(options.headers || {}).length) main.unload = beacon;
  return main;
}
export type { Transport, TransportContext, TransportFunction, TransportName, TransportObject, TransportResult } from './types';
export { pipelines } from './pipelines';
