import type { HearkenOptions } from './types';
import type { LoopOptions } from './loop-options';
import { cssColor, httpUrl, number, oneOf, stringRecord, text } from './checks';
import { LOOP_OPTIONS } from './loop-options';
import { splitPatterns } from '../rules/index';

/** How one option is checked: its value (attribute text when `attr`), normalised, or `undefined` when bad. */
export type Check = (value: unknown, context: { base?: string; attr?: boolean }) => unknown;

/**
 * One row of the option table: its check, and whether it has an attribute. What a good value looks like, said in
 * the error, is config/expect.ts's (with the messages, which come only when one is needed).
 */
export interface Field {
  check: Check;
  /** `false`: a JS option only (objects and elements cannot be written as attributes). */
  attr?: false;
  /** The values of an enumerated option, which the error lists and from which a near miss gets "did you mean …?". */
  choices?: readonly string[];
}

const field = (check: Check, attr?: false, choices?: readonly string[]): Field => ({ check, attr, choices });
const TEXT = field((v) => text(v));
/** One of `allowed`, which the error message lists. */
const choice = (allowed: string[]) => field(oneOf(allowed), undefined, allowed);
const POSITIVE = field((v) => (((v = number(v)) as number) > 0 ? v : undefined));
/** A number from 0 to `max` (a whole one when `whole`). */
const upTo = (max: number, whole?: boolean) =>
  field((v) => {
    const n = number(v)!;
    return n >= 0 && n <= max && (!whole || n % 1 == 0) ? n : undefined;
  });
/** True or false; a bare attribute (`data-debug`) is true, as in HTML. */
const FLAG = field((v, { attr }) => (typeof v == 'boolean' ? v : attr && /^(true|false|)$/.test((v as string).trim()) ? (v as string).trim() != 'false' : undefined));
const DAYS = upTo(Infinity);
const TRANSPORTS = ['fetch', 'beacon', 'dataLayer', 'segment', 'posthog'];
const isTransport = (v: unknown) => typeof v == 'function' || (!!v && typeof v == 'object' && typeof (v as { send?: unknown }).send == 'function');
// The loop options pass as they are: the kit checks them when it draws a prompt (keeps hearken.js small).
const LATER = field((v) => v);

/**
 * The one option table: every option of `createHearken(options)`, `show(survey, overrides)`, the script tag's
 * `data-*` attributes, inline mounts and `<hearken-survey>` (whose attributes are these names in kebab case),
 * with its check. README's attribute table lists exactly these (tests/config/fields.test.ts).
 */
export const FIELDS: { [K in keyof HearkenOptions]-?: Field } = {
  endpoint: field((v, { base }) => httpUrl(v, base)),
  survey: choice(['nps', 'csat', 'ces']),
  question: TEXT,
  brand: TEXT,
  subject: TEXT,
  task: TEXT,
  locale: field((v) => (/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(text(v) || '') ? text(v) : undefined)),
  touchpoint: TEXT,
  position: choice(['bottom-right', 'bottom-left', 'bottom', 'center']),
  offset: upTo(Infinity),
  theme: choice(['light', 'dark', 'auto']),
  accent: field(cssColor),
  scale: field((v) => ((v = number(v)) !== undefined && (v as number) % 1 == 0 ? v : undefined)),
  style: choice(['numbers', 'stars', 'faces']),
  userId: TEXT,
  meta: field(stringRecord, false),
  // Its keys are checked by the kit, which holds the texts (resolvePrompt).
  texts: field(stringRecord, false),
  transport: field((v) => oneOf(TRANSPORTS)(v) || (typeof v != 'string' && isTransport(v) ? v : undefined), undefined, TRANSPORTS),
  writeKey: TEXT,
  surveyId: TEXT,
  eventName: TEXT,
  headers: field(stringRecord, false),
  credentials: field((v) => (typeof v == 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined)),
  target: field((v) => (v && typeof v == 'object' && (v as Node).nodeType == 1 ? v : undefined), false),
  maxEntries: POSITIVE,
  ttlDays: POSITIVE,
  // Timers take at most 2^31-1 ms (some 24 days); longer ones fire at once.
  timeoutMs: field((v, c) => ((v = POSITIVE.check(v, c)) === undefined ? v : Math.min(v as number, 2147483647))),
  autoCloseMs: field((v) => (((v = number(v)) as number) >= 0 ? v : undefined)),
  // the rules of when to ask (RuleOptions)
  trigger: choice(['auto', 'manual']),
  delay: upTo(Infinity),
  scroll: upTo(100),
  exitIntent: FLAG,
  onEvent: field((v) => ((v = text(v)) && !/\s/.test(v as string) ? v : undefined)),
  minPageviews: upTo(Infinity, true),
  pages: field((v) => {
    const list = typeof v == 'string' || (Array.isArray(v) && v.every((p) => typeof p == 'string')) ? splitPatterns(v as string | string[]) : [];
    return list.length && list.indexOf('!') < 0 ? list : undefined;
  }),
  // attributes may say `20%`
  sample: field((v, { attr }) => {
    const percent = attr && /%$/.test((v as string).trim());
    return upTo(1).check(percent ? number((v as string).trim().slice(0, -1))! / 100 : v, {});
  }),
  device: choice(['mobile', 'desktop']),
  resurveyDays: DAYS,
  dismissDays: DAYS,
  consent: choice(['granted', 'pending', 'denied']),
  respectGpc: FLAG,
  debug: FLAG,
  // closing the loop (checked by the kit)
  ...(Object.fromEntries(LOOP_OPTIONS.map((key) => [key, LATER])) as Record<keyof LoopOptions, Field>),
};
