import type { SurveyKind } from '../surveys/index';
import type { Reason, RuleOptions } from './types';
import type { KeyValueStore } from '../storage/index';
import { readJson, writeJson, KEYS } from '../storage/index';

/**
 * Days before a survey answered is asked again, when `resurveyDays` is not set: 90 for NPS (a relationship,
 * asked quarterly), 30 for CSAT and CES (a touchpoint). A test rather than a table: 13 B less in dist/hearken.js.
 */
const resurveyDays = (survey: SurveyKind) => (survey == 'nps' ? 90 : 30);

/** Days before a prompt closed without an answer is shown again, when `dismissDays` is not set. */
export const DISMISS_DAYS = 14;

const DAY = 864e5;

/** What is remembered of one survey key, stored as JSON: when (ms since epoch) it was last answered and dismissed. */
export interface HistoryEntry {
  answeredAt?: number;
  dismissedAt?: number;
}

/** Every survey key's history. */
export type History = Record<string, HistoryEntry>;

/** The entry of 0.1 (`{ a, d }`), still stored by visitors who came back, or added by a tab running 0.1. */
interface LegacyEntry {
  a?: number;
  d?: number;
}

/**
 * The key history, sampling and frequency caps are kept under: the survey, plus `@touchpoint` when
 * there is one. An NPS answer does not hold back a CSAT, and a CSAT at `checkout` does not hold back
 * one at `delivery`: they ask about different moments.
 */
export function surveyKey(survey: SurveyKind, touchpoint?: string): string {
  return touchpoint ? survey + '@' + touchpoint : survey;
}

// the later of two times (of today's name and 0.1's), either of which may be missing
const later = (time?: number, legacy?: number) => (legacy == null || time! > legacy ? time : legacy);

/**
 * Reads the whole history (empty when missing or corrupt), each entry in today's names whichever version wrote it:
 * 0.1's `{ a, d }`, or both when a tab running 0.1 added its time to an entry in today's names.
 */
export function readHistory(store: KeyValueStore): History {
  const history = readJson<Record<string, HistoryEntry & LegacyEntry>>(store, KEYS.history, {});
  // a plain object only: an array or a number would lose what is recorded next
  if (history.constructor != Object) return {};
  for (const key in history) {
    const stored = history[key] || {};
    history[key] = { answeredAt: later(stored.answeredAt, stored.a), dismissedAt: later(stored.dismissedAt, stored.d) };
  }
  return history;
}

/**
 * Rewrites a history stored in 0.1's field names (`a`, `d`) in today's, so that dist/hearken.js, which reads
 * only today's, sees the re-survey and dismiss waits of visitors from before (until then it loads the full
 * script, which reads both). Writes only when something was in the old names. Such a visitor may have answers of
 * 0.1's waiting in the outbox, which 0.1 kept without the marker that tells a light page view to deliver them: it is
 * set, so the next page view loads the delivery, which sends them (or, finding none, clears it). Without it, a visitor
 * inside a re-survey wait kept them past their time to live on every page that could not ask (upgrade audit).
 */
export function migrateHistory(store: KeyValueStore): void {
  if (/"[ad]":/.test(store.get(KEYS.history) || '')) writeJson(store, KEYS.history, readHistory(store)), writeJson(store, KEYS.waiting, 1);
}

/** Remembers an answer (`answeredAt`) or a dismissal (`dismissedAt`) of `key` at `now`; writes today's names. */
export function record(store: KeyValueStore, key: string, what: keyof HistoryEntry, now: number): void {
  const history = readHistory(store);
  history[key] = { ...history[key], [what]: now };
  writeJson(store, KEYS.history, history);
}

/** What starts each wait `heldBy` finds, by its index there: an answer, a dismissal. */
const WAITS = ['resurvey: answered', 'dismiss: closed'];

/**
 * The `resurveyDays` or `dismissDays` wait that holds one survey key back now: which (0 after an answer, 1 after a
 * dismissal; `WAITS` names them, which dist/hearken.js does not carry), how long ago (ms) it started and how many
 * days it lasts; `undefined` when neither holds.
 */
export function heldBy(entry: HistoryEntry = {}, survey: SurveyKind, limits: Pick<RuleOptions, 'resurveyDays' | 'dismissDays'>, now: number): [number, number, number] | undefined {
  const wait = (at: number | undefined, days: number, which: number): [number, number, number] | undefined => {
    const ago = now - at!; // NaN when never: no wait
    // A time far in the future (a clock that was wrong) is ignored rather than blocking for years.
    return ago > -DAY && ago < days * DAY ? [which, ago, days] : undefined;
  };
  return wait(entry.answeredAt, limits.resurveyDays ?? resurveyDays(survey), 0) || wait(entry.dismissedAt, limits.dismissDays ?? DISMISS_DAYS, 1);
}

/**
 * The `resurveyDays` and `dismissDays` caps of one survey key. Says why not, e.g.
 * `resurvey: answered nps 12d ago (wait 90d)` or `dismiss: closed nps 3d ago (wait 14d)`.
 */
export function checkFrequency(
  entry: HistoryEntry | undefined,
  key: string,
  survey: SurveyKind,
  limits: Pick<RuleOptions, 'resurveyDays' | 'dismissDays'>,
  now: number,
): Reason {
  const held = heldBy(entry, survey, limits, now);
  return held ? `${WAITS[held[0]]} ${key} ${Math.floor(Math.max(0, held[1]) / DAY)}d ago (wait ${held[2]}d)` : '';
}
