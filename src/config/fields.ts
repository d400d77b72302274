import type { HearkenOptions } from './types';
import type { LoopOptions } from './loop-options';
import { cssColor, httpUrl, number, oneOf, stringRecord, text } from './checks';
import { LOOP_OPTIONS } from './loop-options';
import { splitPatterns } from '../rules/index';

/** How one option is checked: its value (attribute text when `attr`), normalised, or `undefined` when bad. */
export type Check = (value: unknown, context: { base?: string; attr?: boolean }) => unknown;

/** One row of the option table: its check, what a good value looks like (said in the error), and whether it has an attribute. */
export interface Field {
  check: Check;
  expect: string;
  /** `false`: a JS option only (objects and elements cannot be written as attributes). */
  attr?: false;
  /** The values of an enumerated option, from which a near miss gets "did you mean …?". */
  choices?: readonly string[];
}

const field = (check: Check, expect: string, attr?: false, choices?: readonly string[]): Field => ({ check, expect, attr, choices });
const TEXT = field((v) => text(v), 'a non-empty text');
/** One of `allowed`, which the error message lists. */
const choice = (allowed: string[], expect = 'one of ' + allowed.join(', ')) => field(oneOf(allowed), expect, undefined, allowed);
const POSITIVE = field((v) => (((v = number(v)) as number) > 0 ? v : undefined), 'a positive number');
/** A number from 0 to `max` (a whole one when `whole`). */
const upTo = (max: number, expect: string, whole?: boolean) =>
  field((v) => {
    const n = number(v)!;
    return n >= 0 && n <= max && (!whole || n % 1 == 0) ? n : undefined;
  }, expect);
/** True or false; a bare attribute (`data-debug`) is true, as in HTML. */
const FLAG = field((v, { attr }) => (typeof v == 'boolean' ? v : attr && /^(true|false|)$/.test((v as string).trim()) ? (v as string).trim() != 'false' : undefined), 'true or false');
const DAYS = upTo(Infinity, 'a number of days');
const TRANSPORTS = ['fetch', 'beacon', 'dataLayer', 'segment', 'posthog'];
const isTransport = (v: unknown) => typeof v == 'function' || (!!v && typeof v == 'object' && typeof (v as { send?: unknown }).send == 'function');
// The loop options pass as they are: the kit checks them when it draws a prompt (keeps hearken.js small).
const LATER = field((v) => v, '');

/**
 * The one option table: every option of `createHearken(options)`, `show(survey, overrides)`, the script tag's
 * `data-*` attributes, inline mounts and `<hearken-survey>` (whose attributes are these names in kebab case),
 * with its check. README's attribute table lists exactly these (tests/config/fields.test.ts).
 */
export const FIELDS: { [K in keyof HearkenOptions]-?: Field } = {
  endpoint: field((v, { base }) => httpUrl(v, base), 'an http(s) URL'),
  survey: choice(['nps', 'csat', 'ces']),
  question: TEXT,
  brand: TEXT,
  subject: TEXT,
  task: TEXT,
  locale: field((v) => (/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(text(v) || '') ? text(v) : undefined), 'a language tag like "de" or "pt-BR"'),
  touchpoint: TEXT,
  position: choice(['bottom-right', 'bottom-left', 'bottom', 'center']),
  offset: upTo(Infinity, 'a number of pixels from 0'),
  theme: choice(['light', 'dark', 'auto']),
  accent: field(cssColor, 'a CSS colour'),
  scale: field((v) => ((v = number(v)) !== undefined && (v as number) % 1 == 0 ? v : undefined), 'a number of points (NPS 11, CSAT 3 or 5, CES 5 or 7)'),
  style: choice(['numbers', 'stars', 'faces']),
  userId: TEXT,
  meta: field(stringRecord, 'an object of text values', false),
  // Its keys are checked by the kit, which holds the texts (resolvePrompt).
  texts: field(stringRecord, 'an object of texts', false),
  transport: field((v) => oneOf(TRANSPORTS)(v) || (typeof v != 'string' && isTransport(v) ? v : undefined), TRANSPORTS.join(', ') + ', or an object with send(batch)', undefined, TRANSPORTS),
  writeKey: TEXT,
  surveyId: TEXT,
  eventName: TEXT,
  headers: field(stringRecord, 'an object of header values', false),
  credentials: field((v) => (typeof v == 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined), 'true or false'),
  target: field((v) => (v && typeof v == 'object' && (v as Node).nodeType == 1 ? v : undefined), 'an element', false),
  maxEntries: POSITIVE,
  ttlDays: POSITIVE,
  // Timers take at most 2^31-1 ms (some 24 days); longer ones fire at once.
  timeoutMs: field((v, c) => ((v = POSITIVE.check(v, c)) === undefined ? v : Math.min(v as number, 2147483647)), POSITIVE.expect),
  autoCloseMs: field((v) => (((v = number(v)) as number) >= 0 ? v : undefined), 'a number of milliseconds'),
  // the rules of when to ask (RuleOptions)
  trigger: choice(['auto', 'manual'], 'manual or auto'),
  delay: upTo(Infinity, 'a number of milliseconds'),
  scroll: upTo(100, 'a percentage from 0 to 100'),
  exitIntent: FLAG,
  onEvent: field((v) => ((v = text(v)) && !/\s/.test(v as string) ? v : undefined), 'an event name'),
  minPageviews: upTo(Infinity, 'a whole number of page views', true),
  pages: field((v) => {
    const list = typeof v == 'string' || (Array.isArray(v) && v.every((p) => typeof p == 'string')) ? splitPatterns(v as string | string[]) : [];
    return list.length && list.indexOf('!') < 0 ? list : undefined;
  }, 'URL patterns like /blog/* or !/admin/*'),
  // attributes may say `20%`
  sample: field((v, { attr }) => {
    const percent = attr && /%$/.test((v as string).trim());
    return upTo(1, '').check(percent ? number((v as string).trim().slice(0, -1))! / 100 : v, {});
  }, 'a share of visitors from 0 to 1'),
  device: choice(['mobile', 'desktop'], 'mobile or desktop'),
  resurveyDays: DAYS,
  dismissDays: DAYS,
  consent: choice(['granted', 'pending', 'denied'], 'granted, pending or denied'),
  respectGpc: FLAG,
  debug: FLAG,
  // closing the loop (checked by the kit)
  ...(Object.fromEntries(LOOP_OPTIONS.map((key) => [key, LATER])) as Record<keyof LoopOptions, Field>),
};
