import type { Answer } from '../surveys/index';
import type { DeliveryEvents, Emit } from './types';

export type { Emit } from './types';
import type { Clock } from '../storage/index';
import type { OutboxEntry, OutboxStorage } from './storage/types';
import { byAge, entryOf } from './storage/entry';


/** How long an answer waits for delivery at most, unless `ttlMs` says otherwise: 30 days. */
export const DEFAULT_TTL_MS = 2592e6;

/** The outbox: answers waiting for delivery, with a size cap and a time to live. */
export interface Outbox {
  /** Stores an answer; resolves once it is stored. Evicts the oldest answers over the cap (`drop`, reason `cap`). */
  add(answer: Answer): Promise<OutboxEntry>;
  /** Reads the store fresh: ages every entry, drops those past their time to live (`drop`, `ttl`) or over the cap; oldest first. */
  read(): Promise<OutboxEntry[]>;
  /** Removes entries that are settled, then reports them: `sent`, or `drop` with its reason (only those it removed: each drop is reported once). */
  finish(entries: OutboxEntry[], name: 'sent' | 'drop', reason?: DeliveryEvents['drop']['reason']): Promise<void>;
}

/** What `createOutbox` needs. */
export interface OutboxDeps {
  storage: OutboxStorage;
  emit: Emit;
  clock: Pick<Clock, 'now'>;
  /** Told the ids of answers that left for good (sent or dropped), before the event about them. */
  settled(ids: string[]): void;
  /** Most answers kept. Default 500. */
  maxEntries?: number;
  /** Time to live of an answer, in ms. Default 30 days. */
  ttlMs?: number;
}

/**
 * Creates the outbox over a storage backend: at most `maxEntries` answers, each for `ttlMs` of waiting. Ages only
 * grow: `age += max(0, now − seenAt)`, so a clock set back cannot make an answer immortal. Storage errors surface
 * as rejections.
 */
export function createOutbox(deps: OutboxDeps): Outbox {
  const { storage, clock } = deps;
  const cap = Math.max(1, deps.maxEntries || 500);
  const life = deps.ttlMs || DEFAULT_TTL_MS;
  // Answers in the store at the last look (+ adds since): the whole store is read on add only near the cap,
  // since reading it on every add grows with the answers waiting (the flush that follows an add reads it anyway).
  let count = Infinity;
  /** The oldest entries of `list` beyond the cap, counting `n` entries. */
  const over = (list: OutboxEntry[], n = list.length) => list.slice(0, Math.max(0, n - cap));

  /** Every entry, aged, oldest first; ages that moved a minute (or went back) are written back if `save`. */
  const aged = async (save?: boolean) => {
    const now = clock.now();
    const all = await storage.all();
    const changed = all.filter((entry) => {
      const waited = now - entry.seenAt;
      if (waited > 0) entry.age += waited;
      entry.seenAt = now;
      return waited < 0 || waited >= 6e4;
    });
    if (save && changed.length) await storage.update(changed);
    return all.sort(byAge);
  };

  const finish: Outbox['finish'] = async (list, name, reason) => {
    if (!list.length) return;
    const removed = await storage.remove(list.map((entry) => entry.id));
    // A drop is reported by the page that removed the entry: another tab may have sent or dropped it meanwhile.
    const gone = list.filter((entry) => name == 'sent' || removed.includes(entry.id));
    deps.settled(list.map((entry) => entry.id));
    const answers = gone.map((entry) => entry.answer);
    if (answers.length) deps.emit(name, reason ? { answers, reason } : ({ answers } as never));
  };

  return {
    async add(answer) {
      const entry = entryOf(answer, clock.now());
      await storage.add(entry);
      if (++count >= cap) {
        const all = await aged();
        count = Math.min(all.length, cap);
        await finish(over(all.filter((e) => e.id != answer.id), all.length), 'drop', 'cap');
      }
      return entry;
    },
    async read() {
      const all = await aged(true);
      const live = all.filter((entry) => entry.age < life);
      await finish(all.filter((entry) => entry.age >= life), 'drop', 'ttl');
      await finish(over(live), 'drop', 'cap');
      count = Math.min(live.length, cap);
      return live.slice(-cap);
    },
    finish,
  };
}
