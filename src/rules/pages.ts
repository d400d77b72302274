import type { Reason } from './types';

/** The parts of a location the page patterns look at. */
export interface PageLocation {
  href: string;
  pathname: string;
  search: string;
  hash: string;
}

/**
 * Splits `data-pages="/blog/*, !/admin/*"` (spaces or commas) into patterns; a list (the npm option) as the text it
 * makes, joined by commas: as the light start's gate reads it (loader/options.ts), so that both find the same patterns.
 */
export function splitPatterns(patterns: string | string[]): string[] {
  return String(patterns).split(/[\s,]+/).filter(Boolean);
}

// `*` is any text; every other character is itself (escaping each non-word one is valid RegExp syntax).
const toRegExp = (pattern: string) => RegExp('^' + pattern.replace(/[^\w*]/g, '\\$&').replace(/\*/g, '.*') + '$');

// `/blog` and `/blog/` are the same page to a visitor.
const trimSlash = (s: string) => (s.length > 1 ? s.replace(/\/(?=$|[?#])/, '') : s);

/**
 * Whether one pattern (without its `!`) matches the location: the path, plus the query when the
 * pattern has `?`, plus the hash when it has `#`; the full URL when the pattern has a scheme.
 */
export function matchPattern(pattern: string, loc: PageLocation): boolean {
  const has = (c: string) => pattern.indexOf(c) >= 0;
  const target =
    (/^\w+:\/\//.test(pattern) ? loc.href.split('#')[0] : loc.pathname + (has('?') ? loc.search : '')) + (has('#') ? loc.hash : '');
  return toRegExp(pattern).test(target) || toRegExp(trimSlash(pattern)).test(trimSlash(target));
}

/**
 * What keeps this page out of the `pages` filter: the `!` exclude that matches it, else the includes when none
 * matches; `undefined` when it passes (any include matches, or there is none, and no exclude does).
 */
export function pagesBar(patterns: string | string[] | null | undefined, loc: PageLocation): string | string[] | undefined {
  const list = patterns ? splitPatterns(patterns) : [];
  const includes = list.filter((p) => p[0] != '!');
  return list.find((p) => p[0] == '!' && matchPattern(p.slice(1), loc)) || (includes.length && !includes.some((p) => matchPattern(p, loc)) ? includes : undefined);
}

/** The `pages` filter, saying why not, e.g. `pages: /checkout not in /blog/*,/docs/*`. */
export function checkPages(patterns: string | string[] | undefined, loc: PageLocation): Reason {
  const bar = pagesBar(patterns, loc);
  return bar ? `pages: ${loc.pathname} ${typeof bar == 'string' ? 'excluded by' : 'not in'} ${bar}` : '';
}
