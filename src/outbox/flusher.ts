import type { Clock } from '../storage/index';
import type { FlushLock } from './lock';
import type { Ledger } from './ledger';
import type { Outbox } from './outbox';
import type { SendBatch } from './send-batch';
import type { SentNote } from './sent';
import type { OutboxEntry } from './storage/types';
import { MAX_DELAY, backoffDelay } from './backoff';

/** Why a flush starts. */
export type FlushReason = 'add' | 'start' | 'online' | 'timer' | 'manual';

/** What `createFlusher` needs. */
export interface FlusherDeps {
  outbox: Outbox;
  ledger: Ledger;
  lock: FlushLock;
  note: SentNote;
  send: SendBatch;
  clock: Clock;
  random: () => number;
  /** Largest batch of the transport (read at each batch: a transport may change it). */
  maxBatch(): number;
  fail(what: string, cause: unknown): void;
}

/** Flushes the outbox: one tab at a time, in batches, oldest first, backing off on failure. */
export interface Flusher {
  /** Starts a flush, or asks the running one to go round again. Never rejects. */
  flush(reason: FlushReason): Promise<void>;
  /** Refused answers wait for the slow timer (every 5 min while the page lives). */
  hold(ids: string[]): void;
  /** A batch was accepted: the backoff starts over. */
  reset(): void;
  stop(): void;
}

/** A timer that keeps the earlier of two wake-ups; `fire` runs when it rings. */
function createWaker(clock: Clock, fire: () => void) {
  let timer: unknown;
  let due = Infinity;
  return {
    wake(ms: number) {
      const now = clock.now();
      // keep an earlier wake-up (a clock set back makes it look later: then the new one wins, harmlessly)
      if (due <= now + ms && due > now - MAX_DELAY) return;
      clock.clearTimeout(timer);
      due = now + ms;
      timer = clock.setTimeout(() => {
        due = Infinity;
        fire();
      }, ms);
    },
    stop: () => clock.clearTimeout(timer),
  };
}

/** The next batch of `entries` a round may send, and how long until a noted one may go. */
function nextBatch(entries: OutboxEntry[], done: Set<string>, deps: FlusherDeps) {
  // the wait is needed only when nothing can go: then every entry was looked at
  let wait = Infinity;
  const batch: OutboxEntry[] = [];
  const size = deps.maxBatch();
  for (const entry of entries) {
    if (batch.length >= size) break;
    if (done.has(entry.id) || deps.ledger.isBusy(entry.id)) continue;
    // read just before the send (same task): a beacon of another page may have taken it meanwhile
    const ms = deps.note.left(entry.id);
    if (ms) wait = Math.min(wait, ms);
    else batch.push(entry);
  }
  return { batch, wait };
}

/** Reads the store; what it finds is what the unload path can send (answers added during the read stay known). */
async function readStore(deps: FlusherDeps): Promise<OutboxEntry[] | undefined> {
  const known = deps.ledger.known;
  const before = [...known.keys()];
  try {
    const entries = await deps.outbox.read();
    before.forEach((id) => known.delete(id));
    entries.forEach((entry) => known.set(entry.id, entry));
    return entries;
  } catch (error) {
    deps.fail('outbox read failed', error);
    return undefined;
  }
}

/**
 * Creates the flusher. It reads the store fresh and loops until nothing is left; a retry wakes it after a backoff
 * (full jitter, or the server's Retry-After, which answers added meanwhile also wait for); two refusals in a row
 * end a round (an outage, 401/403); a tab that finds the lock taken tries again 1–2 s later; answers another
 * page's beacon took wait until their note expires.
 */
export function createFlusher(deps: FlusherDeps): Flusher {
  const { clock } = deps;
  let attempt = 0;
  let serverWait = false; // a Retry-After is pending: answers added meanwhile wait for it
  let slow: unknown;
  let running: Promise<void> | undefined;
  let again = false; // a flush asked for while one runs
  let stopped = false;
  const waker = createWaker(clock, () => {
    serverWait = false;
    flush('timer');
  });
  const wake = (ms: number) => stopped || waker.wake(ms);

  /** Sends batches while this tab holds the lock and answers are left. */
  async function round() {
    const done = new Set<string>();
    let refusals = 0;
    let lost = false;
    const ran = await deps.lock.run(async (held) => {
      while (!stopped) {
        const entries = await readStore(deps);
        if (!entries) return;
        const { batch, wait } = nextBatch(entries, done, deps);
        if (!batch.length) return void wake(wait);
        if (!held()) return void (lost = true);
        batch.forEach((entry) => done.add(entry.id));
        const result = await deps.send(batch, false);
        if (result.status == 'retry') {
          if (result.after !== undefined) serverWait = true;
          return void wake(Math.min(MAX_DELAY, Math.max(backoffDelay(attempt++, deps.random), result.after || 0)));
        }
        // two refusals in a row look like an outage (401/403): stop until the slow timer
        if ((refusals = result.status == 'reject' ? refusals + 1 : 0) > 1) return;
      }
    });
    // another tab is flushing: it reads the store fresh, but our answers may have come after its last read
    if (!ran || lost) wake(1000 + deps.random() * 1000);
  }

  function flush(reason: FlushReason): Promise<void> {
    if (stopped || (reason == 'add' && serverWait)) return Promise.resolve();
    if (reason == 'online') attempt = 0;
    if (reason != 'add') serverWait = false;
    if (running) return (again = true), running;
    return (running = (async () => {
      do {
        again = false;
        try {
          await round();
        } catch (error) {
          deps.fail('delivery failed', error);
        }
      } while (again && !stopped);
      running = undefined;
    })());
  }

  return {
    flush,
    hold(ids) {
      deps.ledger.hold(ids);
      slow = slow || clock.setTimeout(() => ((slow = undefined), deps.ledger.release(), flush('timer')), MAX_DELAY);
    },
    reset: () => void (attempt = 0),
    stop() {
      stopped = true;
      waker.stop();
      clock.clearTimeout(slow);
    },
  };
}
