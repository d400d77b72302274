import type { AnswerFilter } from '../types';

/** A WHERE clause (empty or starting with ` WHERE`) and its parameters, numbered from `$1`. */
export interface SqlWhere {
  sql: string;
  params: unknown[];
}

/**
 * The WHERE clause of a filter; `extra` conditions (constant SQL) are added with AND. Values always travel as
 * parameters, never inside the SQL text.
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
