import type { Delivery, DeliveryDeps, FlushTransport } from './types';
import type { Emit } from './outbox';
import type { OutboxEntry } from './storage/types';
import { openStorage } from './storage/index';
import { DEFAULT_TTL_MS, createOutbox } from './outbox';
import { markedStorage } from './marker';
import { forDestination } from './destination';
import { createLedger } from './ledger';
import { createLock } from './lock';
import { createSentNote } from './sent';
import { createRescue } from './rescue';
import { createBatchSender } from './send-batch';
import { createFlusher } from './flusher';
import { createUnload, windowLeave } from './unload';
import { entryOf } from './storage/entry';
import { realClock, safeStorage, storageKeys } from '../storage/index';

export type { Delivery, DeliveryDeps, FlushTransport } from './types';

let instances = 0;

/** `emit`, never throwing into delivery: a host's listener that throws is reported on the console. */
const safeEmit =
  (emit: Emit): Emit =>
  (name, payload) => {
    try {
      emit(name, payload);
    } catch (error) {
      console.error('[hearken] a listener threw', error);
    }
  };

/**
 * Creates the delivery layer: every answer reaches the endpoint (the collector dedups by `id`) or, past its
 * time to live, is reported as dropped. Wiring only; each part is its own module:
 * - the outbox (`outbox.ts`, over `storage/`: IndexedDB, else localStorage, else memory) stores before any request;
 * - the flusher (`flusher.ts`) sends batches one tab at a time (`lock.ts`), with backoff, on add, on start, on
 *   `online` and on its timers; `send-batch.ts` applies a transport's verdict;
 * - the unload path (`unload.ts`) beacons what this page knows when it is hidden or left, notes it (`sent.ts`)
 *   and keeps answers whose write had not landed (`rescue.ts`).
 */
export function createDelivery(deps: DeliveryDeps): Delivery {
  const win = deps.window || (typeof window != 'undefined' ? window : undefined);
  const clock = deps.clock || realClock;
  const random = deps.random || Math.random;
  const keys = storageKeys(deps.namespace);
  const transport = deps.transport;
  const unloadTransport: FlushTransport = deps.unloadTransport || transport.unload || transport;
  const timeoutMs = deps.timeoutMs || 1e4;
  const batchSize = (t: FlushTransport) => Math.max(1, t.maxBatch || 20);
  let started = false;
  let destroyed = false;
  let stopListening = () => {};

  const emit = safeEmit(deps.emit);
  const fail = (what: string, cause: unknown) => emit('error', { message: '[hearken] ' + what + ': ' + cause, cause });
  // the page's localStorage, shared by the outbox's marker, the lock, the sent notes and the rescue
  const local = safeStorage(() => win && win.localStorage);
  const backend = deps.storage || openStorage(win, { namespace: deps.namespace, database: deps.database, onFallback: (message, cause) => emit('error', { message, cause }), clock });
  // the marker follows the whole outbox (every destination's answers wait for a page that loads the delivery); another
  // destination's entry expires by its own time to live (one of an earlier build without it, by this delivery's)
  const ttl = deps.ttlMs || DEFAULT_TTL_MS;
  const expired = (entry: OutboxEntry) => entry.age + Math.max(0, clock.now() - entry.seenAt) >= (entry.ttl || ttl);
  const marked = markedStorage(backend, local, keys.waiting, () => clock.now(), keys.rescuePrefix);
  const storage = forDestination(marked, deps.destination, expired, ttl);
  const ledger = createLedger();
  const outbox = createOutbox({ storage, emit, clock, settled: ledger.settle, maxEntries: deps.maxEntries, ttlMs: deps.ttlMs });
  const owner = clock.now() + '' + random() + ++instances; // one per delivery: per tab by time and chance, per page by count
  const lock = createLock({ window: win, name: keys.flushLock, owner, clock, leaseMs: timeoutMs + 1e4, store: local });
  const note = createSentNote(local, keys.sentPrefix, clock, timeoutMs);
  const rescue = createRescue(local, keys.rescuePrefix, deps.destination, ttl);
  const flusher = createFlusher({ outbox, ledger, lock, note, clock, random, fail, maxBatch: () => batchSize(transport), send: (b, u) => send(b, u) });
  const send = createBatchSender({
    transport, unloadTransport, outbox, ledger, lock, clock, timeoutMs, fail,
    accepted: flusher.reset,
    refused(ids, reason) {
      flusher.hold(ids);
      fail('endpoint refused ' + ids.length + ' answer(s), retrying every 5 min', reason);
    },
  });
  const unload = createUnload({ ledger, lock, note, rescue, send, maxBatch: () => batchSize(unloadTransport) });
  const onOnline = () => flusher.flush('online');

  return {
    async add(answer) {
      // Known before it is stored: an answer committed while the page is left goes out with the beacon at once.
      ledger.known.set(answer.id, entryOf(answer, clock.now()));
      ledger.unsaved.add(answer.id);
      try {
        const entry = await outbox.add(answer);
        ledger.unsaved.delete(entry.id);
        if (!ledger.isSettled(entry.id)) ledger.known.set(entry.id, entry);
      } catch (error) {
        fail('outbox write failed', error);
      }
      if (!destroyed) flusher.flush('add');
    },
    flush: () => flusher.flush('manual'),
    start() {
      if (started || destroyed) return;
      started = true;
      if (win) {
        win.addEventListener('online', onOnline);
        const leave = (deps.onLeave || windowLeave(win))(() => destroyed || unload());
        stopListening = () => (win.removeEventListener('online', onOnline), leave());
      }
      // what earlier pages kept at unload, their outbox write pending, goes in first (another destination's as its)
      const [saved, forget] = rescue.take();
      Promise.all(saved.map((kept) => (!kept.to || kept.to == deps.destination ? outbox.add(kept.answer) : marked.add({ ...entryOf(kept.answer, clock.now()), to: kept.to, ttl: kept.ttl }))))
        .then(forget, (error: unknown) => fail('outbox write failed', error))
        .then(() => flusher.flush('start'));
    },
    destroy() {
      destroyed = true;
      flusher.stop();
      send.abortAll();
      stopListening();
    },
    pending: () => storage.all().then((list) => list.length, () => 0),
  };
}
