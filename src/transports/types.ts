import type { Answer } from '../surveys/index';

/** What a transport says about one batch. */
export type TransportResult =
  /** The endpoint accepted every answer of the batch: they leave the outbox. */
  | { status: 'accepted' }
  /** Try again later; `after` is a delay in milliseconds asked for by the server (Retry-After). */
  | { status: 'retry'; after?: number; reason?: string }
  /** The batch is too large (HTTP 413): it is split and the halves are retried. */
  | { status: 'too-large' }
  /** The endpoint refused the batch (a 4xx other than 408/413/425/429): kept and retried slowly until its time to live. */
  | { status: 'reject'; reason: string };

/** What a transport is told along with a batch. */
export interface TransportContext {
  /** Aborted when the attempt timed out or the widget was destroyed. */
  signal: AbortSignal;
  /** True when the page is being hidden or unloaded: use a path that survives it (beacon, keepalive). */
  unload: boolean;
}

/** A transport as an object. */
export interface TransportObject {
  send(batch: Answer[], context: TransportContext): Promise<TransportResult>;
  /** Largest batch this transport takes at once; default 20. */
  maxBatch?: number;
}

/** A transport as a bare function. */
export type TransportFunction = (batch: Answer[], context: TransportContext) => Promise<TransportResult>;

/**
 * Delivers batches of answers. Throwing, rejecting or never settling counts as a retry after the
 * timeout.
 */
export type Transport = TransportObject | TransportFunction;

/** Names of the built-in transports. */
export type TransportName = 'fetch' | 'beacon' | 'dataLayer' | 'segment' | 'posthog';
