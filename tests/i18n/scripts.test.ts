// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { LOCALES_KEY, scriptTexts } from '../../src/i18n/scripts';
import { sv } from '../../src/i18n/locales/sv';

type Global = Window & { [LOCALES_KEY]?: Record<string, unknown> };

describe('scriptTexts (the script tag: dist/locales/<tag>.js)', () => {
  it('loads locales/<tag>.js and takes the texts the file left on window.__hearkenLocales', async () => {
    const win = window as Global;
    const load = vi.fn(async (path: string) => {
      // what dist/locales/sv.js does when it runs
      (win[LOCALES_KEY] = win[LOCALES_KEY] || {})['sv'] = sv;
      expect(path).toBe('locales/sv.js');
    });
    expect(await scriptTexts(win, load)('sv')).toBe(sv);
    expect(load.mock.calls).toEqual([['locales/sv.js']]);
    expect(await scriptTexts(win, async () => {})('pt-PT')).toBeUndefined();
  });

  it('loads locales/<tag>-later.js for <tag>-later, the texts of the steps after the score', async () => {
    const win = window as Global;
    const load = vi.fn(async () => void ((win[LOCALES_KEY] = win[LOCALES_KEY] || {})['sv-later'] = { submit: sv.submit }));
    expect(await scriptTexts(win, load)('sv-later')).toEqual({ submit: 'Skicka' });
    expect(load.mock.calls).toEqual([['locales/sv-later.js']]);
  });

  it('says what to do when the file is missing', async () => {
    const load = () => Promise.reject(new Error('could not load https://shop.test/js/locales/sv.js'));
    await expect(scriptTexts(window, load)('sv')).rejects.toThrow(
      'could not load https://shop.test/js/locales/sv.js (copy the locales folder beside hearken.js)',
    );
  });
});
