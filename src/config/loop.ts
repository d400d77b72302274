import type { ContactChannel, Segment } from '../surveys/index';
import type { LoopOptions } from './loop-options';
import type { Reason } from './reasons';
import { MAX_REASONS, parseReasons } from './reasons';
import { show, text } from './checks';
import { SEGMENTS, SURVEYS } from '../surveys/index';

/** What a prompt does after the score, resolved from the loop options. */
export interface LoopPlan {
  /** The reason chips for a segment (none when it is not asked). */
  reasons(segment: Segment): Reason[];
  /** The channels a segment is asked to be contacted through, in the owner's order (none when not asked). */
  contact(segment: Segment): ContactChannel[];
  /** The owner's purpose line, if any (else the locale's). */
  contactPurpose?: string;
  /** The review link of the thank-you step. */
  reviewUrl?: string;
  /** The owner's link text, if any (else the locale's). */
  reviewLabel?: string;
  /** Whether comments are scrubbed of personal data before they are stored. */
  scrub: boolean;
}

const ALL_SEGMENTS = SURVEYS.flatMap((s) => SEGMENTS[s] as readonly Segment[]).filter((s, i, all) => all.indexOf(s) == i);
const TOP = SURVEYS.map((s) => SEGMENTS[s][2] as Segment);
const NEGATIVE = SURVEYS.map((s) => SEGMENTS[s][0] as Segment);

// `all`, or segment names (a text separated by spaces or commas, or an array); `undefined` when bad.
function segments(value: unknown): Segment[] | undefined {
  const names = typeof value == 'string' ? value.split(/[\s,]+/).filter(Boolean) : Array.isArray(value) ? value : [];
  if (names.length == 1 && names[0] == 'all') return ALL_SEGMENTS;
  return names.length && names.every((n) => ALL_SEGMENTS.indexOf(n) >= 0) ? names : undefined;
}

// `email`, `phone`, or both in the owner's order; `undefined` when bad.
function channels(value: unknown): ContactChannel[] | undefined {
  const names = typeof value == 'string' ? value.split(/[\s,]+/).filter(Boolean) : Array.isArray(value) ? value : [];
  const ok = names.length && names.length <= 2 && names.every((n, i) => (n == 'email' || n == 'phone') && names.indexOf(n) == i);
  return ok ? names : undefined;
}

// An absolute https: URL; `undefined` otherwise.
function httpsUrl(value: unknown): string | undefined {
  try {
    const url = new URL(text(value)!);
    return url.protocol == 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const capitalised = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * Checks the loop options of one prompt and resolves what it asks after the score. Each bad option is
 * reported once (`[hearken] data-review-url must be an https: URL, got "http://…"`) and left out; more
 * than 12 reasons are cut to the first 12, with one report.
 */
export function resolveLoop(options: LoopOptions, report: (message: string) => void, nameOf: (option: string) => string): LoopPlan {
  const raw = options as Record<string, unknown>;
  const bad = (key: string, expect: string) => report(`[hearken] ${nameOf(key)} must be ${expect}, got ${show(raw[key])}`);
  // Checks one option if it was given: the good value, or `undefined` after reporting a bad one.
  const check = <T>(key: keyof LoopOptions, read: (v: unknown) => T | undefined, expect: string): T | undefined => {
    if (raw[key] === undefined) return undefined;
    let value: T | undefined;
    try {
      value = read(raw[key]);
    } catch {
      // a value that cannot even be compared (an object without a prototype): bad, like any other
    }
    if (value === undefined) bad(key, expect);
    return value;
  };
  const lists: Record<string, Reason[]> = {};
  for (const key of ['reasons', ...ALL_SEGMENTS.map((s) => 'reasons' + capitalised(s))]) {
    const parsed = check(key as keyof LoopOptions, parseReasons, 'reasons separated by ";" (Label or key=Label)');
    if (parsed?.tooMany) bad(key, `at most ${MAX_REASONS} reasons (the first ${MAX_REASONS} are shown)`);
    if (parsed) lists[key] = parsed.reasons;
  }
  const SEGMENT_NAMES = 'all or segment names (' + ALL_SEGMENTS.join(', ') + ')';
  const reasonsFor = check('reasonsFor', segments, SEGMENT_NAMES);
  const contactFor = check('contactFor', segments, SEGMENT_NAMES) || NEGATIVE;
  const contact = check('contact', channels, 'email, phone, or "email phone"') || [];
  const scrub = check('scrub', (v) => (v === false || v === 'off' ? false : v === true || v === 'on' ? true : undefined), 'off or on');
  return {
    reasons(segment) {
      const own = lists['reasons' + capitalised(segment)];
      const shown = reasonsFor ? reasonsFor.indexOf(segment) >= 0 : own || TOP.indexOf(segment) < 0;
      return (shown && (own || lists.reasons)) || [];
    },
    contact: (segment) => (contactFor.indexOf(segment) >= 0 ? contact : []),
    contactPurpose: check('contactPurpose', text, 'a non-empty text'),
    reviewUrl: check('reviewUrl', httpsUrl, 'an https: URL'),
    reviewLabel: check('reviewLabel', text, 'a non-empty text'),
    scrub: scrub !== false,
  };
}
