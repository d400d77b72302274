import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Texts } from '../src/types';

// A fresh i18n module each test: which locales are loaded is the state under test.
let makeKit: typeof import('../src/kit').makeKit;
let de: Texts;
beforeEach(async () => {
  vi.resetModules();
  ({ makeKit } = await import('../src/kit'));
  ({ de } = await import('../src/i18n/locales/de'));
});

describe('makeKit', () => {
  it('loads the locale the prompt will use (option, then the page languages), and the prompt is in it', async () => {
    const fetchTexts = vi.fn(async () => de);
    const kit = makeKit(fetchTexts);
    await kit.loadTexts({ locale: 'de-CH' }, ['fr'], vi.fn());
    expect(fetchTexts.mock.calls).toEqual([['de']]);
    const prompt = kit.resolvePrompt({ locale: 'de-CH', brand: 'Acme' }, ['fr'], vi.fn());
    expect(prompt.locale).toBe('de');
    expect(prompt.question).toBe('Wie wahrscheinlich ist es, dass Sie Acme einem Freund oder Kollegen empfehlen?');
  });

  it('loads nothing for English, and a prompt whose locale did not load is English throughout', async () => {
    const fetchTexts = vi.fn(() => Promise.reject(new Error('could not load locales/de.js')));
    const report = vi.fn();
    const kit = makeKit(fetchTexts);
    await kit.loadTexts({}, ['en-GB'], report);
    expect(fetchTexts).not.toHaveBeenCalled();
    await kit.loadTexts({}, ['de'], report);
    expect(report.mock.calls).toEqual([['[hearken] could not load locales/de.js; the prompt is in English']]);
    const prompt = kit.resolvePrompt({}, ['de'], vi.fn());
    expect([prompt.locale, prompt.dir, prompt.texts.submit]).toEqual(['en', 'ltr', 'Send']);
  });
});
