import type { Texts } from './types';
import { addTexts, hasTexts } from './texts';

/** Fetches the texts of one built-in locale other than English: a locale file or a dynamic-import chunk. */
export type FetchTexts = (locale: string) => Promise<Texts | undefined>;

// One load per locale and page, shared by the prompts that need it; a failed one is not retried.
const pending: Record<string, Promise<void>> = {};

/**
 * Makes the texts of `locale` available to `textsFor`. Never rejects: when they cannot be had, one
 * `[hearken]` error is reported and the prompt shows in English.
 */
export function loadTexts(locale: string, fetchTexts: FetchTexts, report: (message: string) => void): Promise<void> {
  if (hasTexts(locale)) return Promise.resolve();
  return (pending[locale] =
    pending[locale] ||
    // a fetch that throws at once (a refused script URL) fails like one that rejects
    Promise.resolve(locale).then(fetchTexts).then(
      (texts) => {
        if (texts && typeof texts == 'object') addTexts(locale, texts);
        else report(`[hearken] the texts of locale ${locale} did not load; the prompt is in English`);
      },
      (error: unknown) => report(`[hearken] ${(error as Error).message || error}; the prompt is in English`),
    ));
}
