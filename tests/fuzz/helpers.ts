/**
 * Shared pieces of the property-based tests (tests/fuzz): the option names, values worth trying, and a
 * check that a rendered prompt works.
 */
import fc from 'fast-check';
import { FIELDS } from '../../src/config/fields';
import { settle } from '../dom';

const SEED = process.env.FUZZ_SEED || (process.env.npm_lifecycle_event == 'fuzz' ? 'random' : '');
const EXPLORE = SEED == 'random';

/**
 * fast-check settings shared by the fuzz tests. In `npm test` the seed is fixed, so CI goes red only when a change
 * breaks something; `npm run fuzz` (or `FUZZ_SEED=random`) explores new seeds with five times the runs, and
 * `FUZZ_SEED=<n>` repeats the run fast-check printed. A counterexample found that way is kept as an `examples` entry.
 */
export function fuzz(numRuns: number): { seed?: number; numRuns: number } {
  return EXPLORE ? { numRuns: numRuns * 5 } : { seed: SEED ? Number(SEED) : 20261127, numRuns };
}

/** A test's timeout, five times longer when exploring (five times the runs). */
export const fuzzTimeout = (ms: number) => (EXPLORE ? ms * 5 : ms);

/** Every option name (widget options and rule options). */
export const OPTION_NAMES = Object.keys(FIELDS);

/** Options that have a data-attribute twin. */
export const ATTRIBUTE_OPTIONS = OPTION_NAMES.filter((k) => (FIELDS as Record<string, { attr?: false }>)[k]?.attr !== false);

/** Texts that have broken parsers before: blanks, numbers at the edges, units, URLs, markup, CSS. */
export const TRICKY = [
  '', ' ', '\t\n', 'true', 'false', '0', '-0', '-1', '0.5', '1', '3', '5', '7', '11', '100', '101', '1e309', '-1e309', 'NaN', 'Infinity',
  '0x10', '1_000', '20%', '%', '150%', '5e-324', '9007199254740993', 'nps', 'csat', 'ces', 'NPS', 'numbers', 'stars', 'faces', 'light',
  'dark', 'auto', 'manual', 'center', 'bottom', 'granted', 'pending', 'denied', 'mobile', 'desktop', 'de', 'pt-BR', 'ar', 'he', 'xx-YY',
  '/collect', 'https://collect.test/a', 'http://[::1]:80/c', '//evil.test', 'javascript:alert(1)', 'data:text/html,x', 'ftp://x',
  '/blog/*', '!/admin/*', '!', '*', '/a, /b', 'red', '#abc', 'rgb(1,2,3)', 'red;}*{display:none', 'var(--x)', 'url(x)',
  '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '{brand}', '{score} of {max}', '__proto__', 'constructor',
  'toString', '\u0000', '\u202e', '🙂', 'x'.repeat(300),
];

/** A text an attribute could hold. */
export const attributeValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: false })).map(String) },
);

/** Matches one `[hearken] <name> must be …` message, with what a near miss meant; group 1 is the name. */
export const MUST_BE = /^\[hearken\] (\S+) must be [^]+, got "[^]*"(; did you mean "[^"]+"\?)?$/;

/** The name each message is about; fails the property on any other kind of message. */
export function named(messages: string[]): string[] {
  return messages.map((m) => {
    const match = MUST_BE.exec(m);
    if (!match) throw new Error('not an option message: ' + m);
    return match[1]!;
  });
}

/**
 * Whether the prompt in `root` works: it has a radio group of at least 3 options, a click on one
 * brings the comment box, and sending stores the answer (`stored()` grows).
 */
export async function promptWorks(root: ParentNode, stored: () => number): Promise<boolean> {
  const host = root.querySelector('hearken-prompt');
  const shadow = host && host.shadowRoot;
  if (!shadow) return false;
  const radios = [...shadow.querySelectorAll<HTMLButtonElement>('[role=radiogroup] [role=radio]')];
  if (radios.length < 3) return false;
  const before = stored();
  radios[radios.length - 1]!.click();
  await settle();
  const send = shadow.querySelector<HTMLButtonElement>('.hk-actions button.hk-primary');
  if (!shadow.querySelector('textarea') || !send) return false;
  send.click();
  await settle();
  return stored() == before + 1;
}
