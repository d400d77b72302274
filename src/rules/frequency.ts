import type { SurveyKind } from '../surveys/index';
import type { Reason, RuleOptions } from './types';
import type { KeyValueStore } from '../storage/index';
import { readJson, writeJson, KEYS } from '../storage/index';

/** Days before a survey answered is asked again, when `resurveyDays` is not set. */
export const RESURVEY_DAYS: Record<SurveyKind, number> = { nps: 90, csat: 30, ces: 30 };

/** Days before a prompt closed without an answer is shown again, when `dismissDays` is not set. */
export const DISMISS_DAYS = 14;

const DAY = 864e5;

/**
 * What is remembered of one survey key, stored as JSON (short names: they are stored and shipped):
 * `a` the time (ms since epoch) of the last answer, `d` of the last dismissal.
 */
export interface HistoryEntry {
  a?: number;
  d?: number;
}

/** Every survey key's history. */
export type History = Record<string, HistoryEntry>;

/**
 * The key history, sampling and frequency caps are kept under: the survey, plus `@touchpoint` when
 * there is one. An NPS answer does not hold back a CSAT, and a CSAT at `checkout` does not hold back
 * one at `delivery`: they ask about different moments.
 */
export function surveyKey(survey: SurveyKind, touchpoint?: string): string {
  return touchpoint ? survey + '@' + touchpoint : survey;
}

/** Reads the whole history (empty when missing or corrupt). */
export function readHistory(store: KeyValueStore): History {
  const h = readJson<History>(store, KEYS.history, {});
  // a plain object only: an array or a number would lose what is recorded next
  return h.constructor == Object ? h : {};
}

/** Remembers an answer (`a`) or a dismissal (`d`) of `key` at `now`. */
export function record(store: KeyValueStore, key: string, what: keyof HistoryEntry, now: number): void {
  const h = readHistory(store);
  h[key] = { ...h[key], [what]: now };
  writeJson(store, KEYS.history, h);
}

/**
 * The `resurveyDays` and `dismissDays` caps of one survey key. Says why not, e.g.
 * `resurvey: answered nps 12d ago (wait 90d)` or `dismiss: closed nps 3d ago (wait 14d)`.
 */
export function checkFrequency(
  entry: HistoryEntry = {},
  key: string,
  survey: SurveyKind,
  limits: Pick<RuleOptions, 'resurveyDays' | 'dismissDays'>,
  now: number,
): Reason {
  const wait = (at: number | undefined, days: number, what: string) => {
    const ago = now - at!; // NaN when never: no wait
    // A time far in the future (a clock that was wrong) is ignored rather than blocking for years.
    return ago > -DAY && ago < days * DAY ? `${what} ${key} ${Math.floor(Math.max(0, ago) / DAY)}d ago (wait ${days}d)` : '';
  };
  return (
    wait(entry.a, limits.resurveyDays ?? RESURVEY_DAYS[survey], 'resurvey: answered') ||
    wait(entry.d, limits.dismissDays ?? DISMISS_DAYS, 'dismiss: closed')
  );
}
