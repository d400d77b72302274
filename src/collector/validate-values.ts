// Small checks the validation of answer records shares.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
// The instants a store can keep: years 1 to 9999 in UTC. PostgreSQL has no year 0 and writes years past 9999 in a
// form it does not read back, so `0000-…`, or `0001-01-01T00:00+01:00` (year 0 in UTC), would fail the whole
// batch's insert with a 500, which the widget retries for ever, rather than be refused.
const EARLIEST = Date.parse('0001-01-01T00:00:00Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

/** A value as a reason quotes it: JSON, cut at 60 characters. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

/** Whether a value is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value == 'object' && value !== null && !Array.isArray(value);
}

/** Why a value is not a string of at most `max` characters (non-empty unless `allowEmpty`), or null. */
export function textProblem(value: unknown, max: number, allowEmpty = false): string | null {
  if (typeof value != 'string') return `must be a string, got ${show(value)}`;
  if (!allowEmpty && !value.trim()) return 'must be a non-empty string';
  if (value.length > max) return `must be at most ${max} characters, got ${value.length}`;
  // PostgreSQL's text cannot hold U+0000.
  if (value.indexOf('\u0000') >= 0) return 'must not contain the NUL character (U+0000)';
  return null;
}

/**
 * Why a text is not fit to be a key, or null: a UTF-16 surrogate without its pair is not a character, and a database
 * stores it as U+FFFD, so two different ids holding one would become the same key (the second answer taken for a
 * duplicate, and lost). Other fields may keep one: stored as U+FFFD, it costs a character, not an answer, where
 * refusing it would hold back the whole batch.
 */
export function keyProblem(value: string): string | null {
  return LONE_SURROGATE.test(value) ? 'must be well-formed text (a UTF-16 surrogate without its pair is not a character)' : null;
}

/** Whether a value is an ISO-8601 date-time with a time zone, e.g. `2025-03-01T12:00:00.000Z`, in years 1 to 9999 (UTC). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value != 'string' || !ISO_DATE.test(value)) return false;
  const time = Date.parse(value);
  if (!(time >= EARLIEST && time <= LATEST)) return false;
  // Date.parse rolls 2025-02-30 over to March: check the day exists in its month.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
