import type { Answer } from './types';
import { VERSION } from './version';

/** A random RFC 4122 v4 id: `crypto.randomUUID` where there is one, else built from `getRandomValues`. */
export function newId(c: Crypto | undefined = typeof crypto != 'undefined' ? crypto : undefined): string {
  if (c && c.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  if (c && c.getRandomValues) c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = (Math.random() * 256) | 0;
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
  const answer: Answer = {
    id,
    survey: fields.survey,
    score: fields.score,
    scale: { min: fields.scale.min, max: fields.scale.max },
    segment: fields.segment,
    question: fields.question,
    locale: fields.locale,
    page: fields.page,
    visitorId: fields.visitorId,
    answeredAt: now.toISOString(),
    widget: 'hearken/' + VERSION,
  };
  if (fields.comment) answer.comment = fields.comment;
  if (fields.touchpoint) answer.touchpoint = fields.touchpoint;
  if (fields.userId) answer.userId = fields.userId;
  if (fields.meta && Object.keys(fields.meta).length) answer.meta = { ...fields.meta };
  return answer;
}
