import type { Decision } from './types';

/** The parts of a location the page patterns look at. */
export interface PageLocation {
  href: string;
  pathname: string;
  search: string;
  hash: string;
}

/** Splits `data-pages="/blog/*, !/admin/*"` (spaces or commas) into patterns. */
export function splitPatterns(patterns: string | string[]): string[] {
  const list = typeof patterns == 'string' ? patterns.split(/[\s,]+/) : patterns;
  return list.map((p) => p.trim()).filter(Boolean);
}

function toRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp('^' + body + '$');
}

// `/blog` and `/blog/` are the same page to a visitor.
const trimSlash = (s: string) => (s.length > 1 ? s.replace(/\/(?=$|[?#])/, '') : s);

/** Whether one pattern (without its `!`) matches the location. */
export function matchPattern(pattern: string, loc: PageLocation): boolean {
  let target: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern)) target = loc.href.split('#')[0] + (pattern.indexOf('#') >= 0 ? loc.hash : '');
  else target = loc.pathname + (pattern.indexOf('?') >= 0 ? loc.search : '') + (pattern.indexOf('#') >= 0 ? loc.hash : '');
  return toRegExp(pattern).test(target) || toRegExp(trimSlash(pattern)).test(trimSlash(target));
}

/**
 * The `pages` filter with its reason: shown when any include pattern matches (or there are none)
 * and no `!` exclude matches.
 */
export function checkPages(patterns: string | string[] | undefined, loc: PageLocation): Decision {
  const list = patterns === undefined ? [] : splitPatterns(patterns);
  const includes = list.filter((p) => p[0] != '!');
  const page = loc.pathname;
  for (const p of list) {
    if (p[0] == '!' && matchPattern(p.slice(1), loc)) return { show: false, reason: `pages: ${page} is excluded by ${p}` };
  }
  if (includes.length && !includes.some((p) => matchPattern(p, loc))) {
    return { show: false, reason: `pages: ${page} does not match ${includes.join(', ')}` };
  }
  return { show: true, reason: includes.length ? `pages: ${page} matches` : 'pages: every page' };
}

/** Whether the location passes the `pages` patterns. */
export function matchPages(patterns: string | string[] | undefined, loc: PageLocation): boolean {
  return checkPages(patterns, loc).show;
}
