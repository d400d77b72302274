import type { Texts } from './types';
import { addTexts, hasTexts } from './texts';
import { LATER_KEYS } from './later-keys';

/**
 * Fetches the texts of one built-in locale not built in: a locale file or a dynamic-import chunk. Asked for
 * `<tag>-later`, the texts of its steps after the score, where they come apart (the script tag's locale files).
 */
export type FetchTexts = (locale: string) => Promise<Partial<Texts> | undefined>;

// One load per locale (and per locale's later texts) and page, shared by the prompts that need it; a failed one is
// not retried.
const pending: Record<string, Promise<void>> = {};

/**
 * Makes the texts of `locale` available to `textsFor`, and English's when they cannot be had (English is a file
 * like the others in the script tag's UI). A locale whose texts cannot be had is reported once, with one `[hearken]`
 * error, and the prompt shows in English; without English either, it rejects, already reported (the prompt cannot
 * show). With `part` `-later`, the texts of the steps after the score, where they come apart: the same (without
 * English's either, the score alone is kept).
 */
export function loadTexts(locale: string, fetchTexts: FetchTexts, report: (message: string) => void, part: '' | '-later' = ''): Promise<void> {
  const key = part ? LATER_KEYS[0] : 'npsQuestion';
  if (hasTexts(locale, key)) return Promise.resolve();
  const what = part ? 'the steps after the score' : 'the prompt';
  const instead = locale == 'en' ? `; ${what} cannot show` : `; ${what} ${part ? 'are' : 'is'} in English`;
  return (pending[locale + part] =
    pending[locale + part] ||
    // a fetch that throws at once (a refused script URL) fails like one that rejects
    Promise.resolve(locale + part).then(fetchTexts).then(
      (texts) => {
        if (texts && typeof texts == 'object') addTexts(locale, texts);
        else report(`[hearken] the texts of locale ${locale + part} did not load${instead}`);
      },
      (error: unknown) => report(`[hearken] ${(error as Error).message || error}${instead}`),
    )).then((): Promise<void> | undefined => {
    if (hasTexts(locale, key)) return;
    if (locale != 'en') return loadTexts('en', fetchTexts, report, part);
    throw new Error('no texts for ' + what);
  });
}
