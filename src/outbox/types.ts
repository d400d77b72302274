import type { Answer } from '../surveys/index';
import type { TransportObject } from '../transports/index';
import type { Clock } from '../storage/index';
import type { OutboxStorage } from './storage/types';

/** A transport plus the outbox's hint: `queued` when `accepted` only means "queued by the browser" (sendBeacon). */
export type FlushTransport = TransportObject & { queued?: boolean };

/** The delivery layer of one widget (or of a page's widgets sharing it). */
export interface Delivery {
  /** Stores the answer durably, then starts a flush (not awaited). Never rejects. */
  add(answer: Answer): Promise<void>;
  /**
   * One flush attempt now; resolves when done, never rejects. Answers sent at a page exit less than `timeoutMs`
   * ago (their beacon may still travel) are not sent by it, but by the flush it schedules for when that wait ends.
   */
  flush(): Promise<void>;
  /** Attaches the online and page-exit listeners and flushes answers left by earlier visits. */
  start(): void;
  /** Detaches listeners, clears timers, aborts requests in flight. Stored answers stay for the next visit. */
  destroy(): void;
  /** How many answers of its destination wait in the outbox (this tab's and other tabs'). */
  pending(): Promise<number>;
  /** Fetches the delivery's code ahead of an answer, where it comes later (src/widget/lazy-delivery.ts). */
  prepare?(): void;
}

/** What `createDelivery` needs. Only `transport` and `emit` are required; the rest have browser defaults. */
export interface DeliveryDeps {
  /** Sends batches. A `queued: true` transport (beacon) can only say "queued", so accepted means gone. */
  transport: FlushTransport & { unload?: TransportObject };
  emit: Emit;
  /** Default: `openStorage(window)`, IndexedDB → localStorage → memory. */
  storage?: OutboxStorage;
  /** Default the real clock. */
  clock?: Clock;
  random?: () => number;
  /** The page; undefined during server-side rendering (memory storage, no listeners). */
  window?: Window;
  /**
   * Registers the last-chance send for when the page is hidden or left; returns the unsubscribe function. The
   * widget passes the page's leave module, which runs it after every open prompt committed its answer. Default:
   * the window's own `pagehide` and `visibilitychange` (hidden) listeners.
   */
  onLeave?: (send: () => void) => () => void;
  /** Most answers kept; the oldest are dropped beyond it. Default 500. */
  maxEntries?: number;
  /** Time to live of an undelivered answer, in ms. Default 30 days. */
  ttlMs?: number;
  /** A request slower than this counts as failed; also how long what a page exit sent waits before it is sent again. Default 10 s. */
  timeoutMs?: number;
  /** Used while the page is hidden or unloading. Default `transport.unload` (the beacon for the built-in fetch), else `transport`. */
  unloadTransport?: FlushTransport;
  /**
   * Where this delivery's answers go (the kind of transport): it stores its answers marked with it and reads,
   * ages, caps and sends only those (src/outbox/destination.ts). Default: every answer of the outbox.
   */
  destination?: string;
  /** Prefix of the database, lock and keys (src/storage/keys.ts). Default `hearken`. */
  namespace?: string;
  /** The outbox database's connection, opened ahead (`openDatabase`, by a widget at its start). */
  database?: Promise<IDBDatabase>;
}

/** The events the delivery layer reports, with their payloads (part of the widget's `HearkenEvents`). */
export interface DeliveryEvents {
  /** Answers the endpoint accepted. */
  sent: { answers: Answer[] };
  /** Answers given up on: past their time to live, evicted by the size cap, or too large to send. */
  drop: { answers: Answer[]; reason: 'ttl' | 'cap' | 'too-large' };
  /** Something went wrong that the host may want to know: bad config, a rejected batch, storage trouble. */
  error: { message: string; cause?: unknown };
}

/** The `emit` delivery reports through: the widget's emitter. */
export type Emit = <K extends keyof DeliveryEvents>(name: K, payload: DeliveryEvents[K]) => void;
