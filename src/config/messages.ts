/**
 * The words of the option checks' errors: what a good value looks like (expect.ts) and "did you mean …?" for a near
 * miss (suggest.ts). Apart from the checks, which only report what they refused (`BadOption`): the npm build says
 * them at once; the script tag's full script loads them (`dist/hearken-messages.js`, src/messages-entry.ts) the first
 * time something is wrong, so that a page whose attributes are right never downloads them.
 */
import type { BadOption, Said } from './options';
import { show } from './checks';
import { suggest } from './suggest';
import { EXPECT } from './expect';

/**
 * `[hearken] data-position must be one of bottom-right, …, got "botom"; did you mean "bottom"?`; for a scale its
 * survey does not take, `[hearken] data-scale must be 3 or 5 for csat, got "4"`; for a required option not given,
 * `[hearken] data-endpoint is required (the http(s) URL answers are sent to), got ""`.
 */
export function describeBad(bad: BadOption): string {
  const { choices, value, survey, need } = bad;
  if (need != null) return `[hearken] ${bad.name} is required ${need ? `with the ${need} transport` : '(the http(s) URL answers are sent to)'}, got ""`;
  const meant = !survey && choices && suggest(value, choices as string[]);
  const expect = survey ? choices!.join(' or ') + ' for ' + survey : EXPECT[bad.key] || (choices ? 'one of ' + choices.join(', ') : 'a non-empty text');
  return `[hearken] ${bad.name} must be ${expect}, got ${show(value)}${meant ? `; did you mean "${meant}"?` : ''}`;
}

/** What was said, in words now. */
export function inWords(said: Said): string {
  return typeof said == 'string' ? said : describeBad(said);
}
