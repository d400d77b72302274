import type { RuleOptions } from './types';
import { number, show, text } from '../config/checks';
import { kebab } from '../config/checks';
import { splitPatterns } from './pages';

type Check = (value: unknown, fromAttribute: boolean) => unknown;

const within = (min: number, max: number, whole?: boolean): Check => (v) => {
  const n = number(v);
  return n !== undefined && n >= min && n <= max && (!whole || n % 1 == 0) ? n : undefined;
};
const oneOf = (...allowed: string[]): Check => (v) => (allowed.indexOf(v as string) >= 0 ? v : undefined);
// A bare attribute (`data-debug`) is true, as in HTML.
const flag: Check = (v, attr) => (typeof v == 'boolean' ? v : attr && (v === '' || v === 'true') ? true : attr && v === 'false' ? false : undefined);
const fraction: Check = (v, attr) => {
  const percent = attr && typeof v == 'string' && /^\s*[\d.]+\s*%\s*$/.test(v);
  const n = number(percent ? (v as string).replace('%', '') : v);
  const f = n === undefined ? undefined : percent ? n / 100 : n;
  return f !== undefined && f >= 0 && f <= 1 ? f : undefined;
};
const patterns: Check = (v) => {
  const list = typeof v == 'string' ? splitPatterns(v) : Array.isArray(v) && v.every((p) => typeof p == 'string') ? splitPatterns(v) : [];
  return list.length && list.every((p) => p != '!') ? list : undefined;
};

/** How each rule option is checked, and what a good value looks like (said in the message). */
export const RULE_FIELDS: { [K in keyof RuleOptions]-?: { check: Check; expect: string } } = {
  trigger: { check: oneOf('auto', 'manual'), expect: 'manual or auto' },
  delay: { check: within(0, Infinity), expect: 'a number of milliseconds' },
  scroll: { check: within(0, 100), expect: 'a percentage from 0 to 100' },
  exitIntent: { check: flag, expect: 'true or false' },
  onEvent: { check: (v) => (typeof v == 'string' && /^[^\s]+$/.test(v.trim()) ? v.trim() : undefined), expect: 'an event name' },
  minPageviews: { check: within(0, Infinity, true), expect: 'a whole number of page views' },
  pages: { check: patterns, expect: 'URL patterns like /blog/* or !/admin/*' },
  sample: { check: fraction, expect: 'a share of visitors from 0 to 1' },
  device: { check: oneOf('mobile', 'desktop'), expect: 'mobile or desktop' },
  resurveyDays: { check: within(0, Infinity), expect: 'a number of days' },
  dismissDays: { check: within(0, Infinity), expect: 'a number of days' },
  consent: { check: oneOf('granted', 'pending', 'denied'), expect: 'granted, pending or denied' },
  respectGpc: { check: flag, expect: 'true or false' },
  debug: { check: flag, expect: 'true or false' },
};

function check(raw: Record<string, unknown>, report: (message: string) => void, nameOf: (option: string) => string, attr: boolean): Partial<RuleOptions> {
  const out: Record<string, unknown> = {};
  for (const key in RULE_FIELDS) {
    const value = raw[key];
    if (value === undefined) continue;
    const field = RULE_FIELDS[key as keyof RuleOptions];
    // attribute values are trimmed (` manual ` is fine); a blank one stays blank for the check to judge
    const good = field.check(typeof value == 'string' ? text(value) ?? value : value, attr);
    if (good === undefined) report(`[hearken] ${nameOf(key)} must be ${field.expect}, got ${show(value)}`);
    else out[key] = good;
  }
  return out as Partial<RuleOptions>;
}

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
