import type { Answer, TransportObject } from '../types';
import type { OutboxStorage } from './storage/types';
import type { Emit } from './outbox';
import type { FlushTransport } from './flusher';
import { openStorage } from './storage/index';
import { createOutbox } from './outbox';
import { createLock } from './lock';
import { createInFlight } from './inflight';
import { createFlusher } from './flusher';

let instances = 0;

/** The delivery layer of one widget (or of a page's widgets sharing it). */
export interface Delivery {
  /** Stores the answer durably, then starts a flush (not awaited). Never rejects. */
  add(answer: Answer): Promise<void>;
  /** One flush attempt now; resolves when done, never rejects. */
  flush(): Promise<void>;
  /** Attaches the online / pagehide / visibilitychange listeners and flushes answers left by earlier visits. */
  start(): void;
  /** Detaches listeners, clears timers, aborts requests in flight. Stored answers stay for the next visit. */
  destroy(): void;
  /** How many answers wait in the outbox (this tab's and other tabs'). */
  pending(): Promise<number>;
}

/** What `createDelivery` needs. Only `transport` and `emit` are required; the rest have browser defaults. */
export interface DeliveryDeps {
  /** Sends batches. A `queued: true` transport (beacon) can only say "queued", so accepted means gone. */
  transport: FlushTransport & { unload?: TransportObject };
  emit: Emit;
  /** Default: `openStorage(window)`, IndexedDB → localStorage → memory. */
  storage?: OutboxStorage;
  now?: () => number;
  random?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
  /** The page; undefined during server-side rendering (memory storage, no listeners). */
  window?: Window;
  /** Most answers kept; the oldest are dropped beyond it. Default 500. */
  maxEntries?: number;
  /** Time to live of an undelivered answer, in ms. Default 30 days. */
  ttlMs?: number;
  /** A request slower than this counts as failed. Default 10 s. */
  timeoutMs?: number;
  /** Used while the page is hidden or unloading. Default `transport.unload` (the beacon for the built-in fetch), else `transport`. */
  unloadTransport?: TransportObject & { queued?: boolean };
  /** Prefix of the database, lock and keys. Default `hearken`. */
  namespace?: string;
}

/**
 * Creates the delivery layer: every answer reaches the endpoint (the collector dedups by `id`) or, past its
 * time to live, is reported as dropped.
 *
 * - `add` resolves once the answer is stored (IndexedDB, else localStorage, else memory), before any request.
 * - Flushes on add, on start, on `online`, on a backoff timer (full jitter from 1 s doubling to 5 min), and on
 *   `pagehide` / hidden (the unload path: a beacon, or keepalive fetch, from the answers known in memory).
 * - One tab flushes at a time (Web Locks, else a leased localStorage lock); the flusher reads the store fresh
 *   and loops until nothing is left, and a tab that finds the lock taken tries again 1–2 s later.
 * - After a beacon the answers are kept, marked, and resent on the next start / `online` (or after 5 min);
 *   a duplicate POST is preferred to a lost answer.
 */
export function createDelivery(deps: DeliveryDeps): Delivery {
  const win = deps.window || (typeof window != 'undefined' ? window : undefined);
  const ns = deps.namespace || 'hearken';
  const now = deps.now || Date.now;
  const random = deps.random || Math.random;
  const setT = deps.setTimeout || ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearT = deps.clearTimeout || ((id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>));
  let flusher: ReturnType<typeof createFlusher> | undefined;
  const emit: Emit = (name, payload) => {
    if (name == 'drop' && flusher) flusher.forget((payload as { answers: Answer[] }).answers.map((a) => a.id));
    try {
      deps.emit(name, payload);
    } catch (error) {
      console.error('[hearken] an event listener threw', error);
    }
  };
  const storage =
    deps.storage ||
    openStorage(win, {
      namespace: ns,
      setTimeout: setT,
      clearTimeout: clearT,
      onFallback: (message, cause) => emit('error', { message, cause }),
    });
  const outbox = createOutbox({ storage, emit, now, maxEntries: deps.maxEntries, ttlMs: deps.ttlMs });
  // unique per delivery: per tab by time and randomness, per page by the counter
  const owner = now().toString(36) + random().toString(36).slice(2) + '.' + ++instances;
  const timeoutMs = deps.timeoutMs || 10_000;
  flusher = createFlusher({
    outbox,
    transport: deps.transport,
    unloadTransport: deps.unloadTransport || deps.transport.unload,
    lock: createLock({ window: win, name: ns + ':flush', owner, now, setTimeout: setT, clearTimeout: clearT, leaseMs: timeoutMs + 10_000 }),
    inflight: createInFlight(win, ns + ':inflight', owner, now),
    emit,
    now,
    random,
    setTimeout: setT,
    clearTimeout: clearT,
    timeoutMs,
  });
  const f = flusher;
  let started = false;
  let destroyed = false;

  const onOnline = () => void f.flush('online');
  const onPageHide = () => f.unload();
  const onVisibility = () => {
    if (win!.document.visibilityState == 'hidden') f.unload();
  };

  return {
    async add(answer) {
      try {
        f.remember(await outbox.add(answer));
      } catch (error) {
        emit('error', { message: '[hearken] could not store the answer: ' + String(error), cause: error });
      }
      if (!destroyed) void f.flush('add');
    },
    flush: () => f.flush('manual'),
    start() {
      if (started || destroyed) return;
      started = true;
      if (win) {
        win.addEventListener('online', onOnline);
        win.addEventListener('pagehide', onPageHide);
        if (win.document) win.document.addEventListener('visibilitychange', onVisibility);
      }
      void f.flush('start');
    },
    destroy() {
      destroyed = true;
      f.destroy();
      if (win && started) {
        win.removeEventListener('online', onOnline);
        win.removeEventListener('pagehide', onPageHide);
        if (win.document) win.document.removeEventListener('visibilitychange', onVisibility);
      }
    },
    pending: () => outbox.count().catch(() => 0),
  };
}
