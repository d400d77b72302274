import type { RuleOptions } from './types';
import { kebab, number, oneOf, show, text } from '../config/checks';
import { splitPatterns } from './pages';

/** Answers the normalised value, or `undefined` when it is bad. `attr`: the value is attribute text. */
type Check = (value: unknown, attr: boolean) => unknown;

// A number from 0 to `max` (a whole one when `whole`).
const upTo = (max: number, whole?: boolean): Check => (v) => {
  const n = number(v)!;
  return n >= 0 && n <= max && (!whole || n % 1 == 0) ? n : undefined;
};
const anyNumber = upTo(Infinity);
// A bare attribute (`data-debug`) is true, as in HTML.
const flag: Check = (v, attr) => (typeof v == 'boolean' ? v : attr && /^(true|false|)$/.test(v as string) ? v != 'false' : undefined);
const TRUE_FALSE = 'true or false';
const DAYS = 'a number of days';

/**
 * Every rule option: its check, and what a good value looks like (said in the message). The keys are
 * the rule options; `src/config` reads them to find the attributes.
 */
export const RULE_FIELDS: { [K in keyof RuleOptions]-?: [check: Check, expect: string] } = {
  trigger: [oneOf(['auto', 'manual']), 'manual or auto'],
  delay: [anyNumber, 'a number of milliseconds'],
  scroll: [upTo(100), 'a percentage from 0 to 100'],
  exitIntent: [flag, TRUE_FALSE],
  onEvent: [(v) => (v = text(v)) && !/\s/.test(v as string) ? v : undefined, 'an event name'],
  minPageviews: [upTo(Infinity, true), 'a whole number of page views'],
  pages: [
    (v) => {
      const list = typeof v == 'string' || (Array.isArray(v) && v.every((p) => typeof p == 'string')) ? splitPatterns(v as string | string[]) : [];
      return list.length && list.indexOf('!') < 0 ? list : undefined;
    },
    'URL patterns like /blog/* or !/admin/*',
  ],
  sample: [
    // attributes may say `20%`
    (v, attr) => {
      const percent = attr && /%$/.test(v as string);
      return upTo(1)(percent ? number((v as string).slice(0, -1))! / 100 : v, attr);
    },
    'a share of visitors from 0 to 1',
  ],
  device: [oneOf(['mobile', 'desktop']), 'mobile or desktop'],
  resurveyDays: [anyNumber, DAYS],
  dismissDays: [anyNumber, DAYS],
  consent: [oneOf(['granted', 'pending', 'denied']), 'granted, pending or denied'],
  respectGpc: [flag, TRUE_FALSE],
  debug: [flag, TRUE_FALSE],
};

/**
 * Reads the rule options from an element's `dataset` (`dataset.exitIntent` for `data-exit-intent`).
 * A bad value is reported naming the attribute and the value —
 * `[hearken] data-delay must be a number of milliseconds, got "soon"` — and left out; the others still
 * apply. Keys that are not rule options are ignored. `nameOf` names attributes another way
 * (`<hearken-survey>` has no `data-` prefix).
 */
export function parseRuleAttributes(
  dataset: Record<string, string | undefined>,
  report: (message: string) => void,
  nameOf: (option: string) => string = (o) => 'data-' + kebab(o),
): Partial<RuleOptions> {
  return check(dataset, report, nameOf, true);
}

/**
 * Checks rule options given in JavaScript; a bad one is reported naming the option
 * (`[hearken] delay must be a number of milliseconds, got "soon"`) and left out.
 */
export function validateRuleOptions(
  opts: Record<string, unknown>,
  report: (message: string) => void,
  nameOf: (option: string) => string = (o) => o,
): Partial<RuleOptions> {
  return check(opts || {}, report, nameOf, false);
}

function check(raw: Record<string, unknown>, report: (message: string) => void, nameOf: (option: string) => string, attr: boolean) {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(RULE_FIELDS)) {
    const value = raw[key];
    const [ok, expect] = RULE_FIELDS[key as keyof RuleOptions];
    // attribute values are trimmed (` manual ` is fine); a blank one stays blank for the check to judge
    const good = value === undefined ? value : ok(text(value) || value, attr);
    if (good !== undefined) out[key] = good;
    else if (value !== undefined) report(`[hearken] ${nameOf(key)} must be ${expect}, got ${show(value)}`);
  }
  return out as Partial<RuleOptions>;
}
