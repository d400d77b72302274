import type { AnswerFilter } from '../types';
import { isIsoDate, show } from '../validate-values';

// An ISO date alone, and an ISO date and time without an offset: both read as UTC.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/** A WHERE clause (empty or starting with ` WHERE`) and its parameters, numbered from `$1`. */
export interface SqlWhere {
  sql: string;
  params: unknown[];
}

/**
 * A filter's `from` or `to` as an ISO time with an offset, which PostgreSQL reads the same in any time zone: a date
 * alone is midnight UTC, a time without an offset is UTC (PostgreSQL would read those in the server's time zone, and
 * PGlite's is UTC). Throws a TypeError for anything else (`'yesterday'`, which PostgreSQL would read too).
 */
function instantOf(method: string, name: 'from' | 'to', value: unknown): string {
  // A Date is an instant already: a JavaScript caller may pass one, which the stores read right before this check
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  const text = typeof value != 'string' ? value : DATE_ONLY.test(value) ? `${value}T00:00:00Z` : NO_OFFSET.test(value) ? `${value}Z` : value;
  if (!isIsoDate(text)) throw new TypeError(`[hearken] ${method}: ${name} must be an ISO date or time, got ${show(value)}`);
  return text;
}

/**
 * A filter with its `from` and `to` checked and written with an offset (see instantOf), before any SQL runs.
 * @param method the store's method, for the message of a bad value
 */
export function checkFilter(method: string, filter: AnswerFilter = {}): AnswerFilter {
  const checked = { ...filter };
  if (filter.from !== undefined) checked.from = instantOf(method, 'from', filter.from);
  if (filter.to !== undefined) checked.to = instantOf(method, 'to', filter.to);
  return checked;
}

/**
 * The WHERE clause of a filter (checked with checkFilter); `extra` conditions (constant SQL) are added with AND.
 * Values always travel as parameters, never inside the SQL text.
 */
export function whereOf(filter: AnswerFilter = {}, extra: string[] = []): SqlWhere {
  const conditions = [...extra];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.survey !== undefined) add('survey = ?', filter.survey);
  if (filter.touchpoint !== undefined) add('touchpoint = ?', filter.touchpoint);
  if (filter.locale !== undefined) add('locale = ?', filter.locale);
  if (filter.from !== undefined) add('answered_at >= ?::timestamptz', filter.from);
  if (filter.to !== undefined) add('answered_at < ?::timestamptz', filter.to);
  if (filter.after !== undefined) add('seq > ?', filter.after);
  return { sql: conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '', params };
}

/** ` LIMIT n` for a filter's limit (a whole number ≥ 0), else nothing. */
export function limitOf(filter: AnswerFilter = {}): string {
  const limit = filter.limit;
  return limit !== undefined && Number.isInteger(limit) && limit >= 0 ? ` LIMIT ${limit}` : '';
}
