/**
 * Small value checks shared by attribute and option parsing. Each returns the normalised value, or
 * `undefined` when the value is bad, so the caller can name the attribute/option in one message.
 */
import type { SurveyKind } from '../surveys/index';
import type { BadOption } from './types';
import { allowedPoints } from '../surveys/index';

/** A non-empty trimmed string (`undefined` otherwise). */
export function text(value: unknown): string | undefined {
  return typeof value == 'string' && value.trim() ? value.trim() : undefined;
}

/** One of `allowed`, trimmed and in any case (`' NPS '` → `nps`, `datalayer` → `dataLayer`), spelled as listed. */
export function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: unknown): T | undefined => {
    const typed = typeof value == 'string' ? value.trim().toLowerCase() : undefined;
    return allowed.filter((choice) => choice.toLowerCase() == typed)[0];
  };
}

/** A finite number, from a number or (for attributes) a numeric string. */
export function number(value: unknown): number | undefined {
  const n = typeof value == 'string' && value.trim() ? Number(value) : value;
  return typeof n == 'number' && isFinite(n) ? n : undefined;
}

/** An absolute http(s) URL, or a path resolved against `base` (the page's URL). */
export function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value != 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol == 'http:' || url.protocol == 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A CSS colour. Where the browser can tell (`CSS.supports`), it decides; elsewhere a conservative
 * pattern that also keeps anything that could close a declaration (`;`, `{`, `}`) out.
 */
export function cssColor(value: unknown): string | undefined {
  if (typeof value != 'string' || !value.trim()) return undefined;
  const v = value.trim();
  if (typeof CSS != 'undefined' && CSS.supports) return CSS.supports('color', v) ? v : undefined;
  return /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|hsl|oklch|oklab|lab|lch|color)a?\([^;{}()]*\))$/i.test(v) ? v : undefined;
}

/** A flat object of string values (numbers and booleans are turned into strings). */
export function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value != 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v == 'string' || typeof v == 'number' || typeof v == 'boolean') out[key] = String(v);
    else return undefined;
  }
  return out;
}

/** `userId` → `user-id`: an option's attribute name. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** Quotes a bad value for an error message, briefly. */
export function show(value: unknown): string {
  let s: string;
  try {
    s = typeof value == 'string' ? value : typeof value == 'function' ? 'a function' : String(JSON.stringify(value));
  } catch {
    // a BigInt or a cycle; String() throws too for an object without a prototype
    try {
      s = String(value);
    } catch {
      s = Object.prototype.toString.call(value);
    }
  }
  return '"' + (s.length > 60 ? s.slice(0, 57) + '...' : s) + '"';
}

/**
 * A number of points `survey` is not asked on, refused (`[hearken] data-scale must be 3 or 5 for csat, got "4"` in
 * words), or `undefined` when `scale` is absent or fits the survey.
 */
export function scaleError(survey: SurveyKind, scale: number | undefined, nameOf: (option: string) => string): BadOption | undefined {
  const points = allowedPoints(survey);
  return scale === undefined || points.indexOf(scale) >= 0 ? undefined : { name: nameOf('scale'), key: 'scale', value: String(scale), choices: points, survey };
}
