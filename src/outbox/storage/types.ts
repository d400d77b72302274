import type { Answer } from '../../types';

/** One answer as the outbox keeps it. */
export interface OutboxEntry {
  /** The answer's id: the key in every backend. */
  id: string;
  answer: Answer;
  /** Clock reading when the answer was stored; orders entries oldest first. */
  t: number;
  /** Milliseconds the entry has waited so far. It only grows, so a clock set back cannot make an answer immortal. */
  age: number;
  /** Clock reading when `age` was last brought up to date. */
  seen: number;
  /**
   * Set when a transport that cannot confirm delivery (sendBeacon) took the entry: the `age` it had then.
   * The entry stays, and is resent (deduplicated by id at the collector) on the next page load, on `online`,
   * or once it has waited a while longer.
   */
  queuedAge?: number;
}

/** Names of the storage backends, best first. */
export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

/**
 * Where outbox entries live. Every method may reject when the backend fails; `openStorage` wraps the
 * backends so that a failure moves on to the next one instead.
 */
export interface OutboxStorage {
  /** The backend new entries are written to. */
  readonly kind: StorageKind;
  /** Every stored entry (any order). */
  all(): Promise<OutboxEntry[]>;
  /** Stores an entry (replacing one with the same id); resolves once it is durable. */
  add(entry: OutboxEntry): Promise<void>;
  /** Rewrites entries that are still stored; ids removed meanwhile (by another tab) stay removed. */
  update(entries: OutboxEntry[]): Promise<void>;
  /** Removes entries by id; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>;
}
