import type { Answer } from './types';
import { VERSION } from '../version';

/** A random RFC 4122 v4 id: `crypto.randomUUID` where there is one, else built from `getRandomValues`. */
export function newId(c: Crypto = crypto): string {
  if (c.randomUUID) return c.randomUUID();
  // randomUUID is only on secure (https) pages; getRandomValues is everywhere
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 15) | 64;
  b[8] = (b[8] & 63) | 128;
  const h = Array.from(b, (x) => (x + 256).toString(16).slice(1)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The longest comment and page an answer record carries, in UTF-16 code units (as `String#length` counts): the
 * collector kit refuses a longer one, and one refused answer would hold back its whole batch.
 */
export const MAX_COMMENT_LENGTH = 200_000;
export const MAX_PAGE_LENGTH = 2_000;
/** The longest reason key, in UTF-16 code units: the collector kit refuses a longer one (and so its whole batch). */
export const MAX_REASON_LENGTH = 100;

/** `text` cut to at most `max` UTF-16 code units, never between the two halves of a character; what is not text, left. */
function clip<T>(text: T, max: number): T {
  return typeof text == 'string' && text.length > max ? (text.slice(0, max).replace(/[\ud800-\udbff]$/, '') as T) : text;
}

// A path segment holding an email (`/account/jane@example.com/orders`, `%40` encoded or not): each segment is read
// once (a pattern that looked for the `@` from every place of a segment took seconds on a 100,000-character path).
const SEGMENT = /[^/]+/g;
const EMAIL_SIGN = /@|%40/i;
// What a paste may bring that nobody reads: a character's two halves (kept whole), a half alone, a C0 control
// character but tab and line breaks. (No lookbehind: Safari before 16.4 cannot parse one.)
const UNREADABLE = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]|[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * `text` without what the collector refuses or a batch cannot afford: NUL, which PostgreSQL cannot store (the kit
 * refuses the whole batch: every answer in it held back for 30 days), and the other control characters, six bytes of
 * JSON each, dropped; a half of a character alone, also six, made U+FFFD. So the longest comment is at most three
 * bytes a character, within the collector's smallest body (its `MIN_MAX_BODY_BYTES`).
 */
function readable(text: string): string {
  return text.replace(UNREADABLE, (found) => (found.length > 1 ? found : found >= '\ud800' ? '\ufffd' : ''));
}

/**
 * Cuts, in place, what a visitor or a page made too long or unreadable for the collector kit (`readable`, in the
 * comment, `userId`, `touchpoint`, `question` and `meta`'s texts): a pasted comment over
 * `MAX_COMMENT_LENGTH`, a page over `MAX_PAGE_LENGTH` (a long path). The page also loses what identifies a visitor in
 * a path: its parameters after a `;` (`;jsessionid=…`, a session token) and the segments holding an email
 * (`[email]`). Called where an answer enters the delivery and the outbox, rather than in `buildAnswer`, which is on
 * the way to the question and pays for each byte. Returns it.
 */
export function fitAnswer(answer: Answer): Answer {
  // (a record read back from storage may be damaged: what is not text is left as it is)
  if (typeof answer.comment == 'string') answer.comment = clip(readable(answer.comment), MAX_COMMENT_LENGTH);
  // and the page's own texts (a userId or touchpoint from JavaScript, a question from a CMS): one NUL held back the batch
  const texts = [answer as unknown as Record<string, unknown>, answer.meta as Record<string, unknown> | undefined];
  const keys = [['userId', 'touchpoint', 'question'], Object.keys(answer.meta || {})];
  texts.forEach((fields, i) => keys[i].forEach((key) => fields && typeof fields[key] == 'string' && (fields[key] = readable(fields[key] as string))));
  if (typeof answer.page == 'string')
    answer.page = clip(answer.page.replace(/;.*/, '').replace(SEGMENT, (segment) => (EMAIL_SIGN.test(segment) ? '[email]' : segment)), MAX_PAGE_LENGTH);
  return answer;
}

/** origin + path of a location, without query string or hash (they can carry personal data). */
export function pageOf(location: { origin: string; pathname: string }): string {
  return location.origin + location.pathname;
}

/** What a prompt knows when an answer is committed: the record less what `buildAnswer` adds. */
export type AnswerFields = Omit<Answer, 'id' | 'answeredAt' | 'widget'>;

/** Builds the answer record; optional fields that are empty are left out. */
export function buildAnswer(fields: AnswerFields, now: Date = new Date(), id: string = newId()): Answer {
  const { comment, touchpoint, userId, meta, scale, ...required } = fields;
  const answer: Answer = { id, ...required, scale: { min: scale.min, max: scale.max }, answeredAt: now.toISOString(), widget: 'hearken/' + VERSION };
  if (comment) answer.comment = comment;
  if (touchpoint) answer.touchpoint = touchpoint;
  if (userId) answer.userId = userId;
  if (meta && Object.keys(meta).length) answer.meta = { ...meta };
  return answer;
}
