import type { StoredAnswer } from '../types';

/** The CSV columns of an export, in order: the answer record's fields, flattened, then what the store added. */
export const CSV_COLUMNS = [
  'id', 'survey', 'score', 'scaleMin', 'scaleMax', 'segment', 'comment', 'reasons', 'contactChannel', 'contactValue',
  'question', 'locale', 'touchpoint', 'page', 'visitorId', 'userId', 'meta', 'answeredAt', 'widget', 'receivedAt', 'done',
] as const;

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
// apostrophe: exported comments are visitors' text (OWASP "CSV injection"). So does each part of a cell a spreadsheet
// may read as a cell of its own: after a `;` or a tab (the separators Excel and LibreOffice take in many languages,
// where `Great coffee;=1+1` is two cells, the second a formula) and after a line break (read by a program that does
// not keep quoted lines together).
const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_INSIDE = /([;\t\r\n])(?=[=+\-@])/g;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value == 'number' || typeof value == 'boolean') return String(value);
  let text = String(value).replace(FORMULA_INSIDE, "$1'");
  if (FORMULA_START.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) || text != text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header row of a CSV export, with its line end. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

/** One answer as a CSV row (RFC 4180, CRLF line ends); reasons are joined with `;`, meta is JSON. */
export function csvRow(answer: StoredAnswer): string {
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    id: answer.id,
    survey: answer.survey,
    score: answer.score,
    scaleMin: answer.scale.min,
    scaleMax: answer.scale.max,
    segment: answer.segment,
    comment: answer.comment,
    reasons: answer.reasons?.join(';'),
    contactChannel: answer.contact?.channel,
    contactValue: answer.contact?.value,
    question: answer.question,
    locale: answer.locale,
    touchpoint: answer.touchpoint,
    page: answer.page,
    visitorId: answer.visitorId,
    userId: answer.userId,
    meta: answer.meta && JSON.stringify(answer.meta),
    answeredAt: answer.answeredAt,
    widget: answer.widget,
    receivedAt: answer.receivedAt,
    done: answer.done,
  };
  return CSV_COLUMNS.map((column) => cell(values[column])).join(',') + '\r\n';
}
