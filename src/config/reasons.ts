import type { ReasonsOption } from './loop-options';
import { MAX_REASON_LENGTH } from '../surveys/index';

/** One reason chip: its stable key (recorded in the answer) and its label (shown as text). */
export interface Reason {
  key: string;
  label: string;
}

/** The most reasons a prompt shows; more are cut, with one error. */
export const MAX_REASONS = 12;

/** What a list of reasons parses to; `tooMany` when more than {@link MAX_REASONS} were given. */
export interface ParsedReasons {
  reasons: Reason[];
  tooMany: boolean;
}

/**
 * `Delivery was late!` → `delivery-was-late`: composed (NFC) and lower-cased, runs of anything but letters, their marks
 * and digits as one hyphen. The marks are the vowel signs of Hindi or Thai, and the dot `İ` keeps in lower case:
 * without them `देरी` (delay) and `दूरी` (distance) were both `द-र`, one key, and the second chip was dropped. An emoji's
 * presentation selector (U+FE0F, a mark too) is not one of them: `⏱️ Too slow` is `too-slow`. Cut to the
 * `MAX_REASON_LENGTH` the collector kit takes, never between the halves of a character.
 */
export function reasonKey(label: string): string {
  const lower = label.normalize('NFC').toLowerCase();
  const key = lower.replace(/(?:[^\p{L}\p{M}\p{N}]|[\ufe00-\ufe0f])+/gu, '-').replace(/^-|-$/g, '') || lower;
  return key.length > MAX_REASON_LENGTH ? key.slice(0, MAX_REASON_LENGTH).replace(/[\ud800-\udbff]$/, '') : key;
}

// One entry: `key=Label` (a key has no spaces), `Label`, or `{ key, label }`; `undefined` when it is none of those.
function entry(item: unknown): Reason | undefined {
  if (typeof item == 'string') {
    const keyed = /^\s*([^\s=]*)\s*=([^]*)$/.exec(item);
    const label = (keyed ? keyed[2]! : item).trim();
    return { key: (keyed && keyed[1]) || reasonKey(label), label };
  }
  const o = item as { key?: unknown; label?: unknown } | null;
  if (o && typeof o == 'object' && typeof o.label == 'string' && (o.key === undefined || typeof o.key == 'string'))
    return { key: (o.key && o.key.trim()) || reasonKey(o.label.trim()), label: o.label.trim() };
  return undefined;
}

/**
 * Parses a list of reasons: `late=Delivery was late; Price; Support` (or an array of such entries or of
 * `{ key, label }`). Empty labels are dropped, a key given twice keeps its first label, and only the
 * first {@link MAX_REASONS} are kept. `undefined` when the value is not a list of reasons at all.
 */
export function parseReasons(value: ReasonsOption | unknown): ParsedReasons | undefined {
  const items = typeof value == 'string' ? value.split(';') : Array.isArray(value) ? value : undefined;
  if (!items) return undefined;
  const reasons: Reason[] = [];
  for (const item of items) {
    const reason = entry(item);
    if (!reason) return undefined;
    if (reason.label && !reasons.some((r) => r.key == reason.key)) reasons.push(reason);
  }
  return { reasons: reasons.slice(0, MAX_REASONS), tooMany: reasons.length > MAX_REASONS };
}
