// Small checks the validation of answer records shares.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

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

/** Whether a value is an ISO-8601 date-time with a time zone, e.g. `2025-03-01T12:00:00.000Z`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value != 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) return false;
  // Date.parse rolls 2025-02-30 over to March: check the day exists in its month.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
