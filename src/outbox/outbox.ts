import type { Answer, HearkenEvents } from '../types';
import type { OutboxEntry, OutboxStorage } from './storage/types';

/** The `emit` delivery reports through: the widget's emitter. */
export type Emit = <K extends 'sent' | 'drop' | 'error'>(name: K, payload: HearkenEvents[K]) => void;

/** The outbox: answers waiting for delivery, with a size cap and a time to live. */
export interface Outbox {
  /** Stores an answer; resolves once it is stored. Evicts the oldest answers over the cap (`drop`, reason `cap`). */
  add(answer: Answer): Promise<OutboxEntry>;
  /** Reads the store fresh: ages every entry, drops those past their time to live (`drop`, `ttl`) or over the cap; oldest first. */
  read(): Promise<OutboxEntry[]>;
  /** Removes entries that are settled, then reports them: `sent`, or `drop` with its reason (only those it removed: each drop is reported once). */
  finish(entries: OutboxEntry[], name: 'sent' | 'drop', reason?: HearkenEvents['drop']['reason']): Promise<void>;
}

/** Oldest first: by age (immune to clock jumps), then by the time stored. */
export const byAge = (a: OutboxEntry, b: OutboxEntry) => b.g - a.g || a.t - b.t || (a.id < b.id ? -1 : 1);

/**
 * Creates the outbox over a storage backend: at most `max` answers (default 500), each for `ttl` ms of
 * waiting (default 30 days). Ages only grow: `age += max(0, now − seen)`, so a clock set back cannot make an
 * answer immortal. Storage errors surface as rejections.
 */
export function createOutbox(storage: OutboxStorage, emit: Emit, now: () => number, max?: number, ttl?: number): Outbox {
  const cap = Math.max(1, max || 500);
  const life = ttl || 2592e6;
  // Answers in the store at the last look (+ adds since): the whole store is read on add only near the cap,
  // since reading it on every add grows with the answers waiting (the flush that follows an add reads it anyway).
  let count = Infinity;
  /** The oldest entries of `list` beyond the cap, counting `n` entries. */
  const over = (list: OutboxEntry[], n = list.length) => list.slice(0, Math.max(0, n - cap));

  /** Every entry, aged, oldest first; ages that moved a minute (or went back) are written back if `save`. */
  const aged = async (save?: boolean) => {
    const t = now();
    const all = await storage.all();
    const changed = all.filter((e) => {
      const d = t - e.s;
      if (d > 0) e.g += d;
      e.s = t;
      return d < 0 || d >= 6e4;
    });
    if (save && changed.length) await storage.update(changed);
    return all.sort(byAge);
  };

  const finish: Outbox['finish'] = async (list, name, reason) => {
    if (!list.length) return;
    const removed = await storage.remove(list.map((e) => e.id));
    // A drop is reported by the page that removed the entry: another tab may have sent or dropped it meanwhile.
    const answers = list.filter((e) => name == 'sent' || removed.includes(e.id)).map((e) => e.a);
    if (answers.length) emit(name, reason ? { answers, reason } : ({ answers } as never));
  };

  return {
    async add(a) {
      const t = now();
      const entry: OutboxEntry = { id: a.id, a, t, g: 0, s: t };
      await storage.add(entry);
      if (++count >= cap) {
        const all = await aged();
        count = Math.min(all.length, cap);
        await finish(over(all.filter((e) => e.id != a.id), all.length), 'drop', 'cap');
      }
      return entry;
    },
    async read() {
      const all = await aged(true);
      const live = all.filter((e) => e.g < life);
      await finish(all.filter((e) => e.g >= life), 'drop', 'ttl');
      await finish(over(live), 'drop', 'cap');
      count = Math.min(live.length, cap);
      return live.slice(-cap);
    },
    finish,
  };
}
