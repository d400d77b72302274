import type { Answer, TransportObject, TransportResult } from '../types';
import type { OutboxEntry } from './storage/types';
import type { Delivery, DeliveryDeps, FlushTransport } from './types';
import type { Emit } from './outbox';
import { openStorage } from './storage/index';
import { byAge, createOutbox } from './outbox';
import { createLock } from './lock';
import { createSentNote } from './sent';
import { createRescue } from './rescue';
import { safeStorage } from '../rules/storage';
import { backoffDelay, MAX_DELAY, within } from './backoff';
import type { ClearTimer } from './backoff';
import { retry } from './status';

export type { Delivery, DeliveryDeps, FlushTransport } from './types';

// What this page knows of an answer, as bits of one number.
const GONE = 1; // delivered or dropped, even if removing it from storage failed
const FLYING = 2; // in a request of this tab
const HELD = 4; // refused: waits for the slow timer
const QUEUED = 8; // taken by a beacon during this page's life: not beaconed again by this page

let instances = 0;

/**
 * Creates the delivery layer: every answer reaches the endpoint (the collector dedups by `id`) or, past its
 * time to live, is reported as dropped.
 *
 * - `add` resolves once the answer is stored (IndexedDB, else localStorage, else memory), before any request.
 * - Flushes on add, on start, on `online`, on a backoff timer (full jitter from 1 s doubling to 5 min, or the
 *   server's Retry-After, which answers added meanwhile also wait for), and on `pagehide` / hidden (the
 *   unload path: a beacon, or keepalive fetch, from the answers known in memory, sent synchronously).
 * - Batches of `maxBatch` (20), oldest first; a 413 splits a batch, and a single answer still too large is dropped.
 * - A refused batch (4xx, or a response that was redirected) is kept and retried every 5 minutes while this
 *   page lives, and by the next page's first flush, until its time to live; two refusals in a row (an outage,
 *   401/403) end the flush. Other answers still go meanwhile.
 * - One tab flushes at a time (Web Locks, else a leased localStorage lock); the flusher reads the store fresh
 *   and loops until nothing is left, and a tab that finds the lock taken tries again 1–2 s later.
 * - What the unload path sends is kept (a duplicate POST is preferred to a lost answer) and noted in
 *   localStorage (`createSentNote`): no page of the origin sends it again until `timeoutMs` after, when the
 *   flush that found it waiting sends it. The main transport's `queued` answers (sendBeacon) are gone once queued.
 */
export function createDelivery(deps: DeliveryDeps): Delivery {
  const win = deps.window || (typeof window != 'undefined' ? window : undefined);
  const ns = deps.namespace || 'hearken';
  const now = deps.now || Date.now;
  const random = deps.random || Math.random;
  const set = deps.setTimeout || setTimeout;
  const clear = deps.clearTimeout || (clearTimeout as ClearTimer);
  const transport = deps.transport;
  const unloader: FlushTransport = deps.unloadTransport || transport.unload || transport;
  const timeout = deps.timeoutMs || 1e4;
  const size = (t: TransportObject) => Math.max(1, t.maxBatch || 20);

  const state = new Map<string, number>();
  const is = (id: string, bits: number) => (state.get(id)! & bits) > 0;
  const flag = (ids: string[], bit: number, on?: boolean) => ids.forEach((id) => state.set(id, on ? state.get(id)! | bit : state.get(id)! & ~bit));
  const known = new Map<string, OutboxEntry>(); // what the unload path can send
  const controllers = new Set<AbortController>();

  const emit: Emit = (name, payload) => {
    const answers = (payload as { answers?: Answer[] }).answers;
    if (answers) {
      const ids = answers.map((a) => a.id);
      flag(ids, GONE, true);
      ids.forEach((id) => known.delete(id));
    }
    try {
      deps.emit(name, payload);
    } catch (error) {
      console.error('[hearken] a listener threw', error);
    }
  };
  const fail = (what: string, cause: unknown) => emit('error', { message: '[hearken] ' + what + ': ' + cause, cause });

  const storage = deps.storage || openStorage(win, ns, (message, cause) => emit('error', { message, cause }), set, clear);
  const outbox = createOutbox(storage, emit, now, deps.maxEntries, deps.ttlMs);
  // unique per delivery: per tab by time and randomness, per page by the counter
  // the page's localStorage, shared by the lock, the sent notes and the rescue
  const local = safeStorage(() => win && win.localStorage);
  const lock = createLock(win, ns + ':flush', now() + '' + random() + ++instances, now, set, clear, timeout + 1e4, local);
  const note = createSentNote(local, ns + ':sent:', now, timeout);
  const rescue = createRescue(local, ns + ':rescue:');
  const unsaved = new Set<string>(); // added, its outbox write not yet confirmed

  let attempt = 0;
  let serverWait = false; // a Retry-After is pending: answers added meanwhile wait for it
  let timer: unknown;
  let due = Infinity;
  let slow: unknown;
  let running: Promise<void> | undefined;
  let again = false; // a flush asked for while one runs
  let started = false;
  let destroyed = false;

  function wake(ms: number) {
    const t = now();
    // keep an earlier wake-up (a clock set back makes it look later: then the new one wins, harmlessly)
    if (destroyed || (due <= t + ms && due > t - MAX_DELAY)) return;
    clear(timer);
    due = t + ms;
    timer = set(() => {
      due = Infinity;
      serverWait = false;
      flush('timer');
    }, ms);
  }

  /**
   * Sends a batch and applies the result; resolves `accepted` when the batch is settled (sent, queued, or
   * dropped as too large). The transport is called synchronously, so a beacon goes out even from a pagehide
   * handler; throwing, rejecting, nonsense, or no answer within the timeout (its signal is then aborted) is a retry.
   */
  async function settle(batch: OutboxEntry[], unload: boolean): Promise<TransportResult> {
    const t = unload ? unloader : transport;
    const ids = batch.map((e) => e.id);
    const c = new AbortController();
    controllers.add(c);
    flag(ids, FLYING, true);
    if (!unload) lock.claim(ids);
    const r = await within(
      new Promise<TransportResult>((ok) => ok(t.send(batch.map((e) => e.a), { signal: c.signal, unload }))).then(
        (r) => (r && /^(accepted|retry|too-large|reject)$/.test(r.status) ? r : retry('bad result')),
        () => retry('threw'),
      ),
      timeout,
      () => (c.abort(), retry('timed out')),
      set,
      clear,
    );
    controllers.delete(c);
    if (!unload) lock.claim([]);
    try {
      if (r.status == 'accepted') {
        attempt = 0;
        if (t.queued && !transport.queued) {
          flag(ids, QUEUED, true);
          return r;
        }
      } else if (r.status == 'too-large' && batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        const first = await settle(batch.slice(0, half), unload);
        if (first.status == 'retry') return first;
        const second = await settle(batch.slice(half), unload);
        return second.status == 'accepted' ? first : second;
      } else if (r.status != 'too-large' || unload) {
        // a single answer too large for a beacon is left for a later fetch
        if (r.status == 'reject') {
          flag(ids, HELD, true);
          slow =
            slow ||
            set(() => {
              slow = undefined;
              state.forEach((v, id) => state.set(id, v & ~HELD));
              flush('timer');
            }, MAX_DELAY);
          fail('endpoint refused ' + ids.length + ' answer(s), retrying every 5 min', r.reason);
        }
        return r.status == 'too-large' ? retry('too large') : r;
      }
      // delivered, or a single answer too large for any transport: gone, even if removing it fails
      const sent = r.status == 'accepted';
      flag(ids, GONE, true);
      await outbox.finish(batch, sent ? 'sent' : 'drop', sent ? undefined : 'too-large');
    } catch (error) {
      fail('outbox write failed', error);
    } finally {
      // cleared last, so that an unload meanwhile does not send them again
      flag(ids, FLYING);
    }
    return { status: 'accepted' };
  }

  /** Sends batches while this tab holds the lock and answers are left; wakes when a noted one may go again. */
  async function round() {
    const done = new Set<string>();
    let rejects = 0;
    let lost = false;
    const ran = await lock.run(async (held) => {
      while (!destroyed) {
        const old = [...known.keys()];
        let entries: OutboxEntry[];
        try {
          entries = await outbox.read();
        } catch (error) {
          return fail('outbox read failed', error);
        }
        // answers added during the read stay known
        old.forEach((id) => known.delete(id));
        entries.forEach((e) => known.set(e.id, e));
        // the wait is needed only when nothing can go: then every entry was looked at
        let wait = Infinity;
        const batch: OutboxEntry[] = [];
        for (const e of entries) {
          if (batch.length >= size(transport)) break;
          if (done.has(e.id) || is(e.id, GONE | FLYING | HELD)) continue;
          // read just before the send below (same task): a beacon of another page may have taken it meanwhile
          const ms = note.left(e.id);
          if (ms) wait = Math.min(wait, ms);
          else batch.push(e);
        }
        if (!batch.length) return wake(wait);
        if (!held()) return void (lost = true);
        batch.forEach((e) => done.add(e.id));
        const r = await settle(batch, false);
        if (r.status == 'retry') {
          if (r.after !== undefined) serverWait = true;
          return wake(Math.min(MAX_DELAY, Math.max(backoffDelay(attempt++, random), r.after || 0)));
        }
        // two refusals in a row look like an outage (401/403): stop until the slow timer
        if ((rejects = r.status == 'reject' ? rejects + 1 : 0) > 1) return;
      }
    });
    // another tab is flushing: it reads the store fresh, but our answers may have come after its last read
    if (!ran || lost) wake(1000 + random() * 1000);
  }

  /** Starts a flush, or asks the running one to go round again. Never rejects. */
  function flush(reason: 'add' | 'start' | 'online' | 'timer' | 'manual'): Promise<void> {
    if (destroyed || (reason == 'add' && serverWait)) return Promise.resolve();
    if (reason == 'online') attempt = 0;
    if (reason != 'add') serverWait = false;
    if (running) {
      again = true;
      return running;
    }
    return (running = (async () => {
      do {
        again = false;
        try {
          await round();
        } catch (error) {
          fail('delivery failed', error);
        }
      } while (again && !destroyed);
      running = undefined;
    })());
  }

  /**
   * The last-chance send while the page is hidden or unloading: synchronous, from the entries known in memory,
   * leaving out those a flushing tab claimed or another page's unload sent less than `timeoutMs` ago.
   */
  function unload() {
    if (destroyed) return;
    const elsewhere = lock.others();
    const entries = [...known.values()]
      .filter((e) => !elsewhere.includes(e.id) && !note.left(e.id) && !is(e.id, GONE | FLYING | HELD | QUEUED))
      .sort(byAge);
    note.add(entries.map((e) => e.id));
    // answers whose outbox write has not landed yet would not outlive this page if their beacon failed
    rescue.keep([...known.values()].filter((e) => unsaved.has(e.id) && !is(e.id, GONE)).map((e) => e.a));
    const n = size(unloader);
    // every batch starts now: a page being unloaded does not wait for answers
    for (let i = 0; i < entries.length; i += n) settle(entries.slice(i, i + n), true);
  }

  const onVisibility = () => win!.document.visibilityState == 'hidden' && unload();
  const listen = (on: boolean) => {
    const m = on ? 'addEventListener' : 'removeEventListener';
    win![m]('online', onOnline);
    win![m]('pagehide', unload);
    if (win!.document) win!.document[m]('visibilitychange', onVisibility);
  };
  const onOnline = () => flush('online');

  return {
    async add(answer) {
      // Known before it is stored: an answer committed from a pagehide handler goes out with the beacon at once.
      const t = now();
      known.set(answer.id, { id: answer.id, a: answer, t, g: 0, s: t });
      unsaved.add(answer.id);
      try {
        const e = await outbox.add(answer);
        unsaved.delete(e.id);
        known.set(e.id, e);
      } catch (error) {
        fail('outbox write failed', error);
      }
      if (!destroyed) flush('add');
    },
    flush: () => flush('manual'),
    start() {
      if (started || destroyed) return;
      started = true;
      if (win) listen(true);
      // answers an earlier page kept at unload while their outbox write was pending go into the outbox first
      const [saved, forget] = rescue.take();
      Promise.all(saved.map((a) => outbox.add(a)))
        .then(forget, (error: unknown) => fail('outbox write failed', error))
        .then(() => flush('start'));
    },
    destroy() {
      destroyed = true;
      clear(timer);
      clear(slow);
      controllers.forEach((c) => c.abort());
      if (win && started) listen(false);
    },
    pending: () => storage.all().then((l) => l.length, () => 0),
  };
}
