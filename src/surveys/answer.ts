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
