import { LOCALES } from '../../src/i18n/index';
import { loadTexts } from '../../src/i18n/load';
import { importTexts } from '../../src/i18n/chunks';

/**
 * Loads every built-in locale's texts (as their chunks would arrive on demand), so tests about which
 * locale is chosen or how it reads do not wait on module loading. Fails on a locale that does not load.
 */
export async function loadAllLocales(): Promise<void> {
  const fail = (message: string) => {
    throw new Error(message);
  };
  for (const locale of LOCALES) await loadTexts(locale, importTexts, fail);
}
