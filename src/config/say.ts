import type { BadOption, Report } from './options';
import { show } from './checks';

/** Puts a bad option in words: at once (`describeBad` of messages.ts), or once those words have loaded. */
export type Describe = (bad: BadOption) => string | Promise<string>;

/** The words for a bad option where none were given: the option and the value, without what it must be. */
export const plainWords = (bad: BadOption): string => `[hearken] ${bad.name} was refused, got ${show(bad.value)}`;

/**
 * A `Report` that says each message with `out` in the order reported: at once, unless what was reported before is
 * still being put in words (`describe` loading them); then after it. A report whose words come later comes later.
 */
export function sayInOrder(describe: Describe, out: (message: string) => void): Report {
  let last: Promise<void> | undefined;
  return (said) => {
    const words = typeof said == 'string' ? said : describe(said);
    if (typeof words == 'string' && !last) return out(words);
    const mine: Promise<void> = (last = Promise.all([last, words]).then(([, message]) => {
      if (last == mine) last = undefined;
      out(message);
    }));
  };
}
