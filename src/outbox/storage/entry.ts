import type { Answer } from '../../surveys/index';
import type { OutboxEntry } from './types';
import { fitAnswer } from '../../surveys/index';

/**
 * A new entry for `answer`, stored at `now`. Its comment and page are cut to what the collector kit takes (`fitAnswer`,
 * in place): one answer it refuses would hold back every batch it is sent in.
 */
export function entryOf(answer: Answer, now: number): OutboxEntry {
  return { id: answer.id, answer: fitAnswer(answer), storedAt: now, age: 0, seenAt: now };
}

/** The entry of 0.1 (`{ id, a, t, g, s }`), still found in the outboxes of visitors who came back. */
interface LegacyEntry {
  id: string;
  a: Answer;
  t: number;
  g: number;
  s: number;
}

/**
 * A stored record as an entry, whichever version wrote it; `undefined` when damaged. Its answer is cut as `entryOf`
 * cuts a new one (an earlier version stored it uncut).
 */
export function readEntry(record: unknown): OutboxEntry | undefined {
  const stored = record as Partial<OutboxEntry & LegacyEntry> | null;
  if (!stored || typeof stored != 'object' || !stored.id) return undefined;
  if (stored.answer) return (fitAnswer(stored.answer), stored as OutboxEntry);
  if (stored.a) return { id: stored.id, answer: fitAnswer(stored.a), storedAt: stored.t || 0, age: stored.g || 0, seenAt: stored.s || 0 };
  return undefined;
}

/** Oldest first: by age (immune to clock jumps), then by the time stored. */
export const byAge = (a: OutboxEntry, b: OutboxEntry) => b.age - a.age || a.storedAt - b.storedAt || (a.id < b.id ? -1 : 1);
