import type { Texts } from './types';
import type { FetchTexts } from './load';

/** Where a locale file (`dist/locales/<tag>.js`) leaves its texts: `window.__hearkenLocales[tag]`. */
export const LOCALES_KEY = '__hearkenLocales';

/**
 * The script tag's way to a locale's texts: `locales/<tag>.js` beside hearken.js, loaded by `load`
 * (hearken.js's script loader, which passes on its nonce and vouches for the URL under Trusted Types); those of its
 * steps after the score, asked for as `<tag>-later`, are `locales/<tag>-later.js`.
 */
export function scriptTexts(win: Window, load: (path: string) => Promise<void>): FetchTexts {
  return (locale) =>
    load('locales/' + locale + '.js').then(
      () => ((win as unknown as Record<string, Record<string, Partial<Texts>> | undefined>)[LOCALES_KEY] || {})[locale],
      (error: Error) => {
        throw new Error(error.message + ' (copy the locales folder beside hearken.js)');
      },
    );
}
