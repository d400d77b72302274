import type { Answer } from '../../surveys/index';

/** One answer as the outbox keeps it. */
export interface OutboxEntry {
  /** The answer's id: the key in every backend. */
  id: string;
  answer: Answer;
  /** Clock reading when the answer was stored; orders entries of equal age. */
  storedAt: number;
  /** Milliseconds the entry has waited so far. It only grows, so a clock set back cannot make an answer immortal. */
  age: number;
  /** Clock reading when `age` was last brought up to date. */
  seenAt: number;
  /** Where it goes (the kind of transport: src/outbox/destination.ts); absent on entries of 0.1. */
  to?: string;
  /** Its time to live in milliseconds, as the widget that stored it set it (`ttlDays`): another destination's reads it. */
  ttl?: number;
}

/** Names of the storage backends, best first (also how warnings name them). */
export type StorageKind = 'IndexedDB' | 'localStorage' | 'memory';

/**
 * Where outbox entries live. Every method may reject when the backend fails; `openStorage` wraps the
 * backends so that a failure moves on to the next one instead.
 */
export interface OutboxStorage {
  /** The backend new entries are written to. */
  readonly kind: StorageKind;
  /**
   * True once a backend that may hold answers is no longer read: it hung (IndexedDB under load), so `all()` leaves
   * it out, and finding nothing there proves nothing. Absent where every read covers every backend.
   */
  readonly partial?: boolean;
  /** Every stored entry (any order). */
  all(): Promise<OutboxEntry[]>;
  /** Stores an entry (replacing one with the same id); resolves once it is durable. */
  add(entry: OutboxEntry): Promise<void>;
  /** Rewrites entries that are still stored; ids removed meanwhile (by another tab) stay removed. */
  update(entries: OutboxEntry[]): Promise<unknown>;
  /** Removes entries by id; resolves with the ids that were stored (unknown ids, removed meanwhile by another tab, are left out). */
  remove(ids: string[]): Promise<string[]>;
}
