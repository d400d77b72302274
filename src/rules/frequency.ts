import type { SurveyKind } from '../types';
import type { Decision } from './types';
import type { KeyValueStore } from './storage';
import { readJson, writeJson } from './storage';

/** Where the prompt history lives in localStorage. */
export const HISTORY_KEY = 'hearken:history';

/** Days before a survey answered is asked again, when `resurveyDays` is not set. */
export const RESURVEY_DAYS: Record<SurveyKind, number> = { nps: 90, csat: 30, ces: 30 };

/** Days before a prompt closed without an answer is shown again, when `dismissDays` is not set. */
export const DISMISS_DAYS = 14;

const DAY = 864e5;
const days = (n: number) => n + (n == 1 ? ' day' : ' days');

/** What is remembered of one survey key: times (ms since epoch) of the last answer and the last dismissal. */
export interface HistoryEntry {
  answeredAt?: number;
  dismissedAt?: number;
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
  const h = readJson<unknown>(store, HISTORY_KEY, {});
  return h && typeof h == 'object' && !Array.isArray(h) ? (h as History) : {};
}

function update(store: KeyValueStore, key: string, change: HistoryEntry): void {
  const history = readHistory(store);
  history[key] = { ...history[key], ...change };
  writeJson(store, HISTORY_KEY, history);
}

/** Remembers an answer to `key` at `now`. */
export function recordAnswer(store: KeyValueStore, key: string, now: number): void {
  update(store, key, { answeredAt: now });
}

/** Remembers that `key` was closed without an answer at `now`. */
export function recordDismiss(store: KeyValueStore, key: string, now: number): void {
  update(store, key, { dismissedAt: now });
}

/** The limits that apply to one survey. */
export interface FrequencyLimits {
  survey: SurveyKind;
  resurveyDays?: number;
  dismissDays?: number;
}

function wait(at: unknown, days: number, now: number): number | undefined {
  // A time far in the future (a clock that was wrong) is ignored rather than blocking for years.
  if (typeof at != 'number' || at > now + DAY) return undefined;
  const ago = Math.max(0, now - at);
  return ago < days * DAY ? Math.floor(ago / DAY) : undefined;
}

/**
 * The `resurveyDays` and `dismissDays` caps for one survey key, with a reason like
 * `resurvey: answered nps 12 days ago (wait 90)` or `dismiss: closed nps 3 days ago (wait 14)`.
 */
export function checkFrequency(entry: HistoryEntry | undefined, key: string, limits: FrequencyLimits, now: number): Decision {
  const resurvey = limits.resurveyDays ?? RESURVEY_DAYS[limits.survey];
  const dismiss = limits.dismissDays ?? DISMISS_DAYS;
  const answered = entry && wait(entry.answeredAt, resurvey, now);
  if (answered !== undefined) return { show: false, reason: `resurvey: answered ${key} ${days(answered)} ago (wait ${resurvey})` };
  const closed = entry && wait(entry.dismissedAt, dismiss, now);
  if (closed !== undefined) return { show: false, reason: `dismiss: closed ${key} ${days(closed)} ago (wait ${dismiss})` };
  return { show: true, reason: 'frequency: not asked recently' };
}
