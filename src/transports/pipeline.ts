import type { Answer } from '../surveys/index';
import type { TransportObject } from './types';
import type { FetchTransportOptions } from './fetch';
import { httpTransport } from './fetch';
import { plainJson } from '../storage/index';

/** Options shared by the pipeline transports (`segment`, `posthog`). */
export interface PipelineTransportOptions extends FetchTransportOptions {
  /** The data plane's or host's base URL (`https://api.segment.io`, `https://eu.i.posthog.com`). */
  endpoint: string;
  /** The source's write key (Segment, RudderStack, Jitsu) or the project API key (PostHog, `phc_…`). */
  writeKey: string;
}

/** How a pipeline transport writes its vendor's batch request. */
export interface PipelineFormat {
  /** Appended to the endpoint: `v1/batch`, `batch/`. */
  path: string;
  /** One answer as the vendor's event. */
  event(answer: Answer): object;
  /** The request body around the events (a JSON array's items, joined) and the time of sending. */
  body(events: string, sentAt: string): string;
  /** Most bytes per event and per request, when the vendor has limits. */
  limits?: [event: number, request: number];
  headers?: Record<string, string>;
}

const bytes = (text: string) => new Blob([text]).size;

/**
 * A transport that POSTs each batch as one vendor batch request to `<endpoint>/<path>`, through the fetch
 * transport (same status rules, retries, keepalive on page exit). A batch over the vendor's limits is
 * `too-large`: the outbox splits it, and drops a single answer that alone is too large.
 */
export function pipelineTransport(options: PipelineTransportOptions, format: PipelineFormat): TransportObject {
  const endpoint = options.endpoint.replace(/\/*$/, '/') + format.path;
  return httpTransport({ ...options, endpoint, headers: { ...options.headers, ...format.headers } }, false, (batch, now) => {
    const events = batch.map((answer) => plainJson(format.event(answer)));
    const body = format.body(events.join(), new Date(now).toISOString());
    const limits = format.limits;
    return limits && (events.some((event) => bytes(event) > limits[0]) || bytes(body) > limits[1]) ? undefined : body;
  });
}
