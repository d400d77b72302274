import type { Answer, HearkenEvents } from '../types';
import type { OutboxEntry, OutboxStorage } from './storage/types';

/** The `emit` delivery reports through: the widget's emitter. */
export type Emit = <K extends 'sent' | 'drop' | 'error'>(name: K, payload: HearkenEvents[K]) => void;

/** Default cap on waiting answers. */
export const MAX_ENTRIES = 500;
/** Default time to live of an undelivered answer: 30 days. */
export const TTL_MS = 30 * 864e5;
// Ages are written back when they moved this much, so a reload does not lose much of the count.
const AGE_SAVE_STEP = 60_000;

/** The outbox: answers waiting for delivery, with a size cap and a time to live. */
export interface Outbox {
  /** Stores an answer; resolves once it is stored. Evicts the oldest answers over the cap (`drop`, reason `cap`). */
  add(answer: Answer): Promise<OutboxEntry>;
  /** Reads the store fresh: ages every entry, drops those past their time to live (`drop`, `ttl`) or over the cap; oldest first. */
  read(): Promise<OutboxEntry[]>;
  /** Removes delivered (or given up) answers. */
  remove(ids: string[]): Promise<void>;
  /** Marks entries as handed to a transport that cannot confirm delivery (sendBeacon). */
  markQueued(entries: OutboxEntry[]): Promise<void>;
  /** How many answers wait. */
  count(): Promise<number>;
}

/** Options of `createOutbox`. */
export interface OutboxOptions {
  storage: OutboxStorage;
  emit: Emit;
  now: () => number;
  maxEntries?: number;
  ttlMs?: number;
}

/** Oldest first: by accumulated age (immune to clock jumps), then by the time stored. */
function byAge(a: OutboxEntry, b: OutboxEntry): number {
  return b.age - a.age || a.t - b.t || (a.id < b.id ? -1 : 1);
}

/**
 * Brings an entry's age up to date: `age += max(0, now − seen)`. A clock set back only resets `seen`, so the
 * age keeps growing from there; returns whether the change is worth writing back.
 */
export function ageEntry(entry: OutboxEntry, now: number): boolean {
  const delta = now - entry.seen;
  if (delta > 0) entry.age += delta;
  entry.seen = now;
  return delta < 0 || delta >= AGE_SAVE_STEP;
}

/** Creates the outbox over a storage backend. Storage errors surface as rejections (openStorage never rejects). */
export function createOutbox(options: OutboxOptions): Outbox {
  const { storage, emit, now } = options;
  const max = Math.max(1, options.maxEntries || MAX_ENTRIES);
  const ttl = options.ttlMs || TTL_MS;

  async function drop(entries: OutboxEntry[], reason: 'ttl' | 'cap') {
    if (!entries.length) return;
    await storage.remove(entries.map((e) => e.id));
    emit('drop', { answers: entries.map((e) => e.answer), reason });
  }

  async function aged(save: boolean): Promise<OutboxEntry[]> {
    const t = now();
    const entries = await storage.all();
    const changed = entries.filter((e) => ageEntry(e, t));
    if (save && changed.length) await storage.update(changed);
    return entries.sort(byAge);
  }

  return {
    async add(answer) {
      const t = now();
      const entry: OutboxEntry = { id: answer.id, answer, t, age: 0, seen: t };
      await storage.add(entry);
      const all = await aged(false);
      if (all.length > max) await drop(all.filter((e) => e.id != entry.id).slice(0, all.length - max), 'cap');
      return entry;
    },
    async read() {
      const all = await aged(true);
      const expired = all.filter((e) => e.age >= ttl);
      await drop(expired, 'ttl');
      const live = all.filter((e) => e.age < ttl);
      const over = live.length - max;
      if (over > 0) await drop(live.splice(0, over), 'cap');
      return live;
    },
    remove: (ids) => (ids.length ? storage.remove(ids) : Promise.resolve()),
    markQueued: (entries) => storage.update(entries.map((e) => ({ ...e, queuedAge: e.age }))),
    count: () => storage.all().then((list) => list.length),
  };
}
