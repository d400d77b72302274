import type { CsatStyle, Position, SurveyKind, Texts, Theme, Transport, TransportName } from '../types';
import type { RuleOptions } from '../rules/types';
import { cssColor, httpUrl, number, oneOf, scaleError, show, stringRecord, text } from './checks';
import { parseRuleAttributes, validateRuleOptions } from '../rules/validate';
import type { LoopOptions } from './loop-options';
import { LOOP_OPTIONS } from './loop-options';

export { kebab } from './checks';

/**
 * Options of `createHearken(options)` and of `show(survey, overrides)`. Every option has a data-attribute
 * twin on the `<script>` tag, inline mounts and `<hearken-survey>`: `userId` ↔ `data-user-id`.
 * The rules of when to ask (`delay`, `pages`, `sample`, `resurveyDays`, `consent`…) are `RuleOptions`.
 */
export interface HearkenOptions extends RuleOptions, LoopOptions {
  /** URL answers are POSTed to (http or https; a path is resolved against the page). */
  endpoint?: string;
  /** Which question to ask. Default `nps`. */
  survey?: SurveyKind;
  /** Replaces the survey's question text. `{brand}`, `{subject}`, `{task}` are filled in. */
  question?: string;
  /** Fills `{brand}` ("How likely are you to recommend {brand}…"); with one, CES asks "{brand} made it easy for me to {task}." */
  brand?: string;
  /** Fills `{subject}` in the CSAT question. */
  subject?: string;
  /** Fills `{task}` in the CES statement. */
  task?: string;
  /** Language of the built-in texts; default `<html lang>`, then the browser's, then `en`. */
  locale?: string;
  /** Stage of the customer journey recorded with the answer: `checkout`, `delivery`, `support`… */
  touchpoint?: string;
  /** Where a floating prompt sits. Default `bottom-right`. */
  position?: Position;
  /** Default `auto` (follows the visitor's colour scheme). */
  theme?: Theme;
  /** Accent colour, any CSS colour. */
  accent?: string;
  /** Number of points: CSAT 3 or 5 (default 5), CES 5 or 7 (default 7); NPS is always 0–10. */
  scale?: number;
  /** How CSAT is drawn: `numbers` (default), `stars` or `faces`. */
  style?: CsatStyle;
  /** Your id for the visitor, recorded with answers. */
  userId?: string;
  /** Extra fields copied into each answer's `meta` (`data-meta-plan="pro"` → `meta.plan`). */
  meta?: Record<string, string>;
  /** Overrides of any built-in text, e.g. `{ thanks: 'Merci !' }`. */
  texts?: Partial<Texts>;
  /** `fetch` (default), `beacon`, `dataLayer`, `segment`, `posthog`, or your own transport. */
  transport?: TransportName | Transport;
  /** The `segment` transport's write key, or the `posthog` transport's project API key (`phc_…`). */
  writeKey?: string;
  /** The `posthog` transport's survey id: with it, answers show in PostHog's surveys UI. */
  surveyId?: string;
  /** The `segment` transport's event name. Default `Survey Answered`. */
  eventName?: string;
  /** Extra request headers for the fetch transport. */
  headers?: Record<string, string>;
  /** Send cookies with the fetch transport. Default false. */
  credentials?: boolean;
  /** Render inside this element (in the page flow) instead of floating. */
  target?: HTMLElement;
  /** Most answers kept waiting in the outbox. Default 500. */
  maxEntries?: number;
  /** Days an undelivered answer is kept before it is dropped. Default 30. */
  ttlDays?: number;
  /** Milliseconds before a request counts as failed. Default 10000. */
  timeoutMs?: number;
  /** Milliseconds the thank-you stays before the prompt closes itself. Default 4000. */
  autoCloseMs?: number;
}

type Field = { check: (value: unknown, base?: string) => unknown; expect: string; attr?: false };

const TEXT: Field = { check: text, expect: 'a non-empty text' };
/** One of `allowed`, which the error message lists. */
const choice = (allowed: string[]): Field => ({ check: oneOf(allowed), expect: 'one of ' + allowed.join(', ') });
const POSITIVE: Field = { check: (v) => ((v = number(v)) as number) > 0 ? v : undefined, expect: 'a positive number' };

const TRANSPORTS = ['fetch', 'beacon', 'dataLayer', 'segment', 'posthog'];

function isTransport(v: unknown): boolean {
  return typeof v == 'function' || (!!v && typeof v == 'object' && typeof (v as { send?: unknown }).send == 'function');
}

// The loop options pass as they are: the kit checks them when it draws a prompt (keeps hearken.js small).
const LATER: Field = { check: (v) => v, expect: '' };

/** How each option is checked, and what a good value looks like (said in the error). */
export const FIELDS: { [K in Exclude<keyof HearkenOptions, keyof RuleOptions>]-?: Field } = {
  ...(Object.fromEntries(LOOP_OPTIONS.map((k) => [k, LATER])) as Record<keyof LoopOptions, Field>),
  endpoint: { check: httpUrl, expect: 'an http(s) URL' },
  survey: choice(['nps', 'csat', 'ces']),
  question: TEXT,
  brand: TEXT,
  subject: TEXT,
  task: TEXT,
  locale: { check: (v) => (/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(text(v) || '') ? text(v) : undefined), expect: 'a language tag like "de" or "pt-BR"' },
  touchpoint: TEXT,
  position: choice(['bottom-right', 'bottom-left', 'bottom', 'center']),
  theme: choice(['light', 'dark', 'auto']),
  accent: { check: cssColor, expect: 'a CSS colour' },
  scale: { check: (v) => ((v = number(v)) !== undefined && (v as number) % 1 == 0 ? v : undefined), expect: 'a number of points (NPS 11, CSAT 3 or 5, CES 5 or 7)' },
  style: choice(['numbers', 'stars', 'faces']),
  userId: TEXT,
  meta: { check: stringRecord, expect: 'an object of text values', attr: false },
  // Its keys are checked by the kit, which holds the texts (resolvePrompt).
  texts: { check: stringRecord, expect: 'an object of texts', attr: false },
  transport: {
    check: (v) => (oneOf(TRANSPORTS)(v) || (typeof v != 'string' && isTransport(v) ? v : undefined)),
    expect: TRANSPORTS.join(', ') + ', or an object with send(batch)',
  },
  writeKey: TEXT,
  surveyId: TEXT,
  eventName: TEXT,
  headers: { check: stringRecord, expect: 'an object of header values', attr: false },
  credentials: { check: (v) => (typeof v == 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined), expect: 'true or false' },
  target: { check: (v) => (v && typeof v == 'object' && (v as Node).nodeType == 1 ? v : undefined), expect: 'an element', attr: false },
  maxEntries: POSITIVE,
  ttlDays: POSITIVE,
  // Timers take at most 2^31-1 ms (some 24 days); longer ones fire at once.
  timeoutMs: { check: (v) => ((v = POSITIVE.check(v)) === undefined ? v : Math.min(v as number, 2147483647)), expect: POSITIVE.expect },
  autoCloseMs: { check: (v) => ((v = number(v)) as number) >= 0 ? v : undefined, expect: 'a number of milliseconds' },
};

/**
 * Keeps the good options and reports each bad one once, naming it by `nameOf` (the option name for JS,
 * `data-…` for attributes, where a bare flag like `data-debug` means true). Unknown keys are ignored.
 * A `scale` the `survey` of the same options is not asked on (csat on 4 points) is reported here, whether
 * or not a prompt is ever drawn, and set to `undefined`: the survey's default scale is drawn, not one
 * inherited from other options.
 */
export function checkOptions(
  raw: Record<string, unknown>,
  report: (message: string) => void,
  nameOf: (option: string) => string = (o) => o,
  base?: string,
  fromAttributes?: boolean,
): HearkenOptions {
  const out: Record<string, unknown> = {};
  // Own keys, looked up as own keys: not `extend` that an old library put on Object.prototype, nor `constructor`.
  for (const key of Object.keys(raw)) {
    const field = Object.prototype.hasOwnProperty.call(FIELDS, key) ? (FIELDS as Record<string, Field>)[key] : undefined;
    const value = raw[key];
    if (!field || value === undefined) continue;
    const good = field.check(value, base);
    if (good === undefined) report(`[hearken] ${nameOf(key)} must be ${field.expect}, got ${show(value)}`);
    else out[key] = good;
  }
  const scale = out.survey ? scaleError(out.survey as SurveyKind, out.scale as number | undefined, nameOf) : undefined;
  if (scale) {
    report(scale);
    delete out.scale;
  }
  const rules = (fromAttributes ? parseRuleAttributes : validateRuleOptions)(raw as Record<string, string>, report, nameOf);
  return { ...out, ...rules } as HearkenOptions;
}
