import type { TransportObject } from '../types';
import type { OutboxEntry } from './storage/types';
import type { Emit, Outbox } from './outbox';
import type { FlushLock } from './lock';
import type { InFlight } from './inflight';
import { backoffDelay, MAX_DELAY } from './backoff';
import { sendOnce } from './attempt';

/** A transport plus the outbox's hint: `queued` when `accepted` only means "queued by the browser". */
export type FlushTransport = TransportObject & { queued?: boolean };

/** Why a flush runs. `start` and `online` also resend answers a beacon took (the collector dedups by id). */
export type FlushReason = 'add' | 'start' | 'online' | 'timer' | 'manual';

/** What the flusher needs; everything with side effects is passed in. */
export interface FlusherDeps {
  outbox: Outbox;
  transport: FlushTransport;
  /** Used on `pagehide` / hidden; default `transport`. */
  unloadTransport?: FlushTransport;
  lock: FlushLock;
  inflight: InFlight;
  emit: Emit;
  now: () => number;
  random: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  timeoutMs: number;
}

/** Sends the outbox, one batch at a time, and schedules its own retries. */
export interface Flusher {
  /** One flush now (or soon, see FlushReason); resolves when done, never rejects. */
  flush(reason: FlushReason): Promise<void>;
  /** The last-chance send while the page is hidden or unloading: synchronous, from the entries known in memory. */
  unload(): void;
  /** Tells the flusher about an entry this tab stored (so `unload` can send it without reading storage). */
  remember(entry: OutboxEntry): void;
  /** Forgets answers given up on (dropped). */
  forget(ids: string[]): void;
  /** Stops timers and aborts requests in flight. */
  destroy(): void;
}

type Outcome = { kind: 'ok' | 'reject' } | { kind: 'retry'; after?: number };

/** Creates the flusher. See createDelivery for the rules it implements. */
export function createFlusher(deps: FlusherDeps): Flusher {
  const { outbox, transport, lock, inflight, emit } = deps;
  const unloadTransport = deps.unloadTransport || transport;
  const controllers = new Set<AbortController>();
  const known = new Map<string, { entry: OutboxEntry; gen: number }>();
  let gen = 0; // read generation: an entry remembered during a read is not forgotten by it
  const inFlight = new Set<string>(); // this tab's requests
  const held = new Set<string>(); // rejected: wait for the slow timer
  const gone = new Set<string>(); // delivered or dropped, even if removing them from storage failed
  const queued = new Set<string>(); // taken by a beacon during this page's life
  let attempt = 0;
  let serverWait = false; // a Retry-After is pending: answers added meanwhile wait for it
  let timer: unknown;
  let timerDue = Infinity;
  let slowTimer: unknown;
  let running: Promise<void> | undefined;
  let again: FlushReason | undefined;
  let destroyed = false;

  const batchSize = (t: TransportObject) => Math.max(1, t.maxBatch || 20);

  function wake(ms: number) {
    if (destroyed) return;
    const now = deps.now();
    // keep an earlier wake-up (a clock set back makes it look later: then the new one wins, harmlessly)
    if (timerDue <= now + ms && timerDue > now - MAX_DELAY) return;
    deps.clearTimeout(timer);
    timerDue = now + ms;
    timer = deps.setTimeout(() => {
      timerDue = Infinity;
      serverWait = false;
      void flush('timer');
    }, ms);
  }

  function slow() {
    if (destroyed || slowTimer !== undefined) return;
    slowTimer = deps.setTimeout(() => {
      slowTimer = undefined;
      held.clear();
      void flush('timer');
    }, MAX_DELAY);
  }

  function retryLater(after?: number) {
    const delay = backoffDelay(attempt++, deps.random);
    if (after !== undefined) serverWait = true;
    wake(Math.min(MAX_DELAY, Math.max(delay, after || 0)));
  }

  function succeeded() {
    attempt = 0;
  }

  function eligible(e: OutboxEntry, full: boolean): boolean {
    if (gone.has(e.id) || inFlight.has(e.id) || held.has(e.id)) return false;
    if (full || transport.queued) return true;
    // a beacon took it: resend only once it has waited a while longer (or on the next load / online)
    return !queued.has(e.id) && (e.queuedAge === undefined || e.age - e.queuedAge >= MAX_DELAY);
  }

  async function settle(batch: OutboxEntry[], unload: boolean): Promise<Outcome> {
    const t = unload ? unloadTransport : transport;
    const ids = batch.map((e) => e.id);
    ids.forEach((id) => inFlight.add(id));
    if (!unload) inflight.claim(ids, deps.timeoutMs + 5000);
    const result = await sendOnce(
      t,
      batch.map((e) => e.answer),
      { timeoutMs: deps.timeoutMs, unload, setTimeout: deps.setTimeout, clearTimeout: deps.clearTimeout, controllers },
    );
    ids.forEach((id) => inFlight.delete(id));
    if (!unload) inflight.clear();
    try {
      if (result.status == 'accepted') {
        succeeded();
        if (t.queued && !transport.queued) {
          ids.forEach((id) => queued.add(id));
          await outbox.markQueued(batch);
        } else {
          ids.forEach((id) => (gone.add(id), known.delete(id)));
          await outbox.remove(ids);
          emit('sent', { answers: batch.map((e) => e.answer) });
        }
        return { kind: 'ok' };
      }
      if (result.status == 'too-large') {
        if (batch.length > 1) {
          const half = Math.ceil(batch.length / 2);
          const first = await settle(batch.slice(0, half), unload);
          if (first.kind == 'retry') return first;
          const second = await settle(batch.slice(half), unload);
          return second.kind == 'ok' ? first : second;
        }
        // a beacon cannot carry it; a later fetch may
        if (unload) return { kind: 'retry' };
        ids.forEach((id) => (gone.add(id), known.delete(id)));
        await outbox.remove(ids);
        emit('drop', { answers: [batch[0].answer], reason: 'too-large' });
        return { kind: 'ok' };
      }
      if (result.status == 'reject') {
        ids.forEach((id) => held.add(id));
        slow();
        emit('error', {
          message: `[hearken] the endpoint refused ${ids.length} answer(s) (${result.reason}); they are kept and retried every 5 minutes until they expire`,
          cause: result,
        });
        return { kind: 'reject' };
      }
      return { kind: 'retry', after: result.after };
    } catch (error) {
      emit('error', { message: '[hearken] the outbox could not be updated: ' + String(error), cause: error });
      return { kind: 'ok' };
    }
  }

  async function round(full: boolean): Promise<void> {
    const done = new Set<string>();
    let rejects = 0;
    let lost = false;
    const ran = await lock.run(async (stillHeld) => {
      while (!destroyed) {
        let entries: OutboxEntry[];
        const readGen = ++gen;
        try {
          entries = await outbox.read();
        } catch (error) {
          emit('error', { message: '[hearken] could not read the outbox: ' + String(error), cause: error });
          return;
        }
        const ids = new Set(entries.map((e) => e.id));
        known.forEach((k, id) => k.gen < readGen && !ids.has(id) && known.delete(id));
        entries.forEach((e) => known.set(e.id, { entry: e, gen: readGen }));
        const batch = entries.filter((e) => !done.has(e.id) && eligible(e, full)).slice(0, batchSize(transport));
        if (!batch.length) return;
        if (!stillHeld()) return void (lost = true);
        batch.forEach((e) => done.add(e.id));
        const outcome = await settle(batch, false);
        if (outcome.kind == 'retry') return retryLater(outcome.after);
        // two refusals in a row look like an outage (401/403): stop until the slow timer
        rejects = outcome.kind == 'reject' ? rejects + 1 : 0;
        if (rejects >= 2) return;
      }
    });
    // another tab is flushing: it reads the store fresh, but our answers may have come after its last read
    if (!ran || lost) wake(1000 + Math.floor(deps.random() * 1000));
  }

  function flush(reason: FlushReason): Promise<void> {
    if (destroyed) return Promise.resolve();
    if (reason == 'add' && serverWait) return Promise.resolve();
    if (reason == 'online') attempt = 0;
    if (reason != 'add') serverWait = false;
    if (running) {
      again = again == 'start' || again == 'online' ? again : reason;
      return running;
    }
    const run = async () => {
      let next: FlushReason | undefined = reason;
      while (next && !destroyed) {
        again = undefined;
        try {
          await round(next == 'start' || next == 'online');
        } catch (error) {
          emit('error', { message: '[hearken] delivery failed: ' + String(error), cause: error });
        }
        next = again;
      }
    };
    return (running = run().then(() => {
      running = undefined;
    }));
  }

  function unload() {
    if (destroyed) return;
    const elsewhere = inflight.elsewhere();
    const entries = Array.from(known.values(), (k) => k.entry)
      .filter((e) => !elsewhere.has(e.id) && !gone.has(e.id) && !inFlight.has(e.id) && !held.has(e.id) && !queued.has(e.id))
      .sort((a, b) => b.age - a.age || a.t - b.t);
    const size = batchSize(unloadTransport);
    // every batch starts now: a page being unloaded does not wait for answers
    for (let i = 0; i < entries.length; i += size) void settle(entries.slice(i, i + size), true);
  }

  return {
    flush,
    unload,
    remember: (entry) => void known.set(entry.id, { entry, gen: gen + 1 }),
    forget: (ids) => ids.forEach((id) => (gone.add(id), known.delete(id))),
    destroy() {
      destroyed = true;
      deps.clearTimeout(timer);
      deps.clearTimeout(slowTimer);
      controllers.forEach((c) => c.abort());
    },
  };
}
