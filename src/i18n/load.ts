import type { Texts } from './types';
import { addTexts } from './texts';
import { BUILT_IN } from './built-in';

/**
 * Fetches the texts of one built-in locale not built in: a locale file or a dynamic-import chunk. Asked for
 * `<tag>-later`, the texts of its steps after the score, and for `<tag>-csat` or `<tag>-ces`, a CSAT or CES prompt's,
 * where they come apart (the script tag's locale files).
 */
export type FetchTexts = (locale: string) => Promise<Partial<Texts> | undefined>;

// One load per locale and part (its later texts, a CSAT or CES prompt's) and page, shared by the prompts that need it; a failed one is
// not retried.
const pending: Record<string, Promise<true | void>> = {};

/**
 * Where a locale's texts come apart (the script tag's locale files): `''` the NPS prompt's (`<tag>.js`), `-csat` and
 * `-ces` a CSAT or CES prompt's, `-later` those of the steps after the score.
 */
export type TextsPart = '' | '-csat' | '-ces' | '-later';

/**
 * Makes the texts of `locale` available to `textsFor`, and English's when they cannot be had (English is a file
 * like the others in the script tag's UI). A locale whose texts cannot be had is reported once, with one `[hearken]`
 * error, and the prompt shows in English; without English either, it rejects, already reported (the prompt cannot
 * show). With `part` `-csat` or `-ces`, a CSAT or CES prompt's texts: the same. With `part` `-later`, the texts of the
 * steps after the score: the same (without English's either, the score alone is kept).
 */
export function loadTexts(locale: string, fetchTexts: FetchTexts, report: (message: string) => void, part: TextsPart = ''): Promise<void> {
  // English is built in (but for the script tag's UI, where every part comes apart)
  if (!part && locale in BUILT_IN) return Promise.resolve();
  const later = part == '-later';
  const what = later ? 'the steps after the score' : 'the prompt';
  const instead = locale == 'en' ? `; ${what} cannot show` : `; ${what} ${later ? 'are' : 'is'} in English`;
  return (pending[locale + part] =
    pending[locale + part] ||
    // a fetch that throws at once (a refused script URL) fails like one that rejects; true once the texts are here
    Promise.resolve(locale + part).then(fetchTexts).then(
      (texts) =>
        texts && typeof texts == 'object'
          ? (addTexts(locale, texts), true)
          : report(`[hearken] the texts of locale ${locale + part} did not load${instead}`),
      (error: unknown) => report(`[hearken] ${(error as Error).message || error}${instead}`),
    )).then((here): Promise<void> | undefined => {
    if (here) return;
    if (locale != 'en') return loadTexts('en', fetchTexts, report, part);
    throw new Error('no texts for ' + what);
  });
}
