import type { Texts } from './types';
import { addTexts, hasTexts } from './texts';

/** Fetches the texts of one built-in locale not built in: a locale file or a dynamic-import chunk. */
export type FetchTexts = (locale: string) => Promise<Texts | undefined>;

// One load per locale and page, shared by the prompts that need it; a failed one is not retried.
const pending: Record<string, Promise<void>> = {};

/**
 * Makes the texts of `locale` available to `textsFor`, and English's when they cannot be had (English is a file
 * like the others in the script tag's UI). Never rejects: a locale whose texts cannot be had is reported once, with
 * one `[hearken]` error, and the prompt shows in English; without English either, it cannot show.
 */
export function loadTexts(locale: string, fetchTexts: FetchTexts, report: (message: string) => void): Promise<void> {
  if (hasTexts(locale)) return Promise.resolve();
  const instead = locale == 'en' ? '; the prompt cannot show' : '; the prompt is in English';
  return (pending[locale] =
    pending[locale] ||
    // a fetch that throws at once (a refused script URL) fails like one that rejects
    Promise.resolve(locale).then(fetchTexts).then(
      (texts) => {
        if (texts && typeof texts == 'object') addTexts(locale, texts);
        else report(`[hearken] the texts of locale ${locale} did not load${instead}`);
      },
      (error: unknown) => report(`[hearken] ${(error as Error).message || error}${instead}`),
    )).then(() => (hasTexts(locale) || locale == 'en' ? undefined : loadTexts('en', fetchTexts, report)));
}
