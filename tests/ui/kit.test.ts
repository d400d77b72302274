// @vitest-environment jsdom
/**
 * The kit (src/ui/kit.ts): what dist/hearken-ui.js hands to dist/hearken.js, and the npm build loads on demand:
 * enough to turn options into a prompt on the page.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { inWords } from '../../src/config/messages';
import type { Texts } from '../../src/i18n/types';
import { loadAllLocales } from '../i18n/helpers';
import { fileTexts } from '../i18n/locale-files';
import { KIT_KEY, kit, questionFirstKit } from '../../src/ui/kit';
import { radios, shadow, spies } from '../dom';
import { followUpSource } from '../../src/ui/follow-up-source';

// The npm build's kit loads a locale's texts on demand: every locale is loaded ahead here.
beforeAll(loadAllLocales);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the prompt kit', () => {
  it('turns options and the page languages into a prompt drawn in the visitor language', () => {
    const report = vi.fn();
    const prompt = kit.resolvePrompt({ survey: 'csat', subject: 'der Kasse' }, ['de-AT', 'en'], report);
    const calls = spies();
    kit.renderPrompt(document.body, { ...prompt, style: 'numbers', position: 'bottom-right', theme: 'auto', inline: false }, calls);
    expect(shadow().querySelector('[role=dialog]')!.getAttribute('lang')).toBe('de');
    expect(shadow().textContent).toContain('Wie zufrieden sind Sie mit der Kasse?');
    expect(radios()).toHaveLength(5);
    radios()[4]!.click();
    expect(calls.onScore).toHaveBeenCalledWith(5);
    expect(report).not.toHaveBeenCalled();
  });

  it('reports a scale the survey is not asked on, and draws the default one', () => {
    const report = vi.fn();
    const prompt = kit.resolvePrompt({ survey: 'ces', scale: 10 }, [], report);
    expect(prompt.scale).toEqual({ min: 1, max: 7 });
    expect(report.mock.calls.map(([said]) => inWords(said))).toEqual(['[hearken] scale must be 5 or 7 for ces, got "10"']);
  });

  it('question first (questionFirstKit): the steps after the score come from a dynamic-import chunk', async () => {
    const prompt = questionFirstKit.resolvePrompt({ survey: 'nps', brand: 'Acme', reasons: 'Price;Speed' }, ['en'], vi.fn());
    const calls = spies();
    questionFirstKit.renderPrompt(document.body, { ...prompt, style: 'numbers', position: 'bottom-right', theme: 'auto', inline: false }, calls);
    radios()[2]!.click();
    expect(calls.onScore).toHaveBeenCalledWith(2);
    await vi.waitFor(() => expect(shadow().querySelector('textarea')).not.toBeNull());
    expect(shadow().querySelector('fieldset')!.textContent).toContain('Price');
  });

  it('is found under the global both bundles agree on', () => {
    expect(KIT_KEY).toBe('__hearkenKit');
  });
});


describe('the kit with its locales loaded on demand', () => {
// A fresh i18n module each test: which locales are loaded is the state under test.
let makeKit: typeof import('../../src/ui/kit').makeKit;
let de: Texts;
beforeEach(async () => {
  vi.resetModules();
  ({ makeKit } = await import('../../src/ui/kit'));
  ({ de } = await import('../../src/i18n/locales/de'));
});

describe('makeKit', () => {
  it('loads the locale the prompt will use (option, then the page languages), and the prompt is in it', async () => {
    const fetchTexts = vi.fn(async () => de);
    const kit = makeKit(fetchTexts, followUpSource(() => import('../../src/ui/follow-up-kit').then((m) => m.followUpKit)));
    await kit.loadTexts({ locale: 'de-CH' }, ['fr'], vi.fn());
    expect(fetchTexts.mock.calls).toEqual([['de']]);
    const prompt = kit.resolvePrompt({ locale: 'de-CH', brand: 'Acme' }, ['fr'], vi.fn());
    expect(prompt.locale).toBe('de');
    expect(prompt.question).toBe('Wie wahrscheinlich ist es, dass Sie Acme einem Freund oder Kollegen empfehlen?');
  });

  it('loads nothing for English, and a prompt whose locale did not load is English throughout', async () => {
    const fetchTexts = vi.fn(() => Promise.reject(new Error('could not load locales/de.js')));
    const report = vi.fn();
    const kit = makeKit(fetchTexts, followUpSource(() => import('../../src/ui/follow-up-kit').then((m) => m.followUpKit)));
    await kit.loadTexts({}, ['en-GB'], report);
    expect(fetchTexts).not.toHaveBeenCalled();
    await kit.loadTexts({}, ['de'], report);
    expect(report.mock.calls).toEqual([['[hearken] could not load locales/de.js; the prompt is in English']]);
    const prompt = kit.resolvePrompt({}, ['de'], vi.fn());
    expect([prompt.locale, prompt.dir, prompt.texts.submit]).toEqual(['en', 'ltr', 'Send']);
  });

  it('with the later texts apart (hearken-ui.js), fetches <tag>-later with the steps after the score', async () => {
    const fetchTexts = vi.fn(async (name: string) => fileTexts(de, name));
    const kit = makeKit(fetchTexts, followUpSource(() => import('../../src/ui/follow-up-kit').then((m) => m.followUpKit)), undefined, true);
    await kit.loadTexts({ locale: 'de' }, [], vi.fn());
    const prompt = kit.resolvePrompt({ locale: 'de', brand: 'Acme' }, [], vi.fn()) as ReturnType<typeof kit.resolvePrompt> & { later: { load(): Promise<unknown> } };
    expect(fetchTexts.mock.calls).toEqual([['de']]);
    await prompt.later.load();
    expect(fetchTexts.mock.calls).toEqual([['de'], ['de-later']]);
    expect(prompt.texts.submit).toBe(de.submit);
  });

  it("with the texts apart (hearken-ui.js), a CSAT or CES prompt fetches its survey's file, <tag>-csat or <tag>-ces, and an NPS prompt <tag>", async () => {
    // each file as the build makes it: its survey's texts and those every prompt shows
    const fetchTexts = vi.fn(async (name: string) => fileTexts(de, name));
    const kit = makeKit(fetchTexts, followUpSource(() => import('../../src/ui/follow-up-kit').then((m) => m.followUpKit)), undefined, true);
    await kit.loadTexts({ locale: 'de', survey: 'csat' }, [], vi.fn());
    expect(fetchTexts.mock.calls).toEqual([['de-csat']]);
    expect(kit.resolvePrompt({ locale: 'de', survey: 'csat', subject: 'der Kasse' }, [], vi.fn()).question).toBe('Wie zufrieden sind Sie mit der Kasse?');
    await kit.loadTexts({ locale: 'de', survey: 'ces' }, [], vi.fn());
    await kit.loadTexts({ locale: 'de', survey: 'nps' }, [], vi.fn());
    await kit.loadTexts({ locale: 'de' }, [], vi.fn());
    expect(fetchTexts.mock.calls).toEqual([['de-csat'], ['de-ces'], ['de']]);
  });

  it("takes every survey's texts as known on a prompt whose file alone came (no English built in, as in hearken-ui.js)", async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/built-in', () => import('../../src/i18n/none-built-in'));
    try {
      ({ makeKit } = await import('../../src/ui/kit'));
      const { SURVEY_KEYS } = await import('../../src/i18n/later-keys');
      const nps = Object.fromEntries(Object.entries(de).filter(([key]) => ![...SURVEY_KEYS.csat, ...SURVEY_KEYS.ces].includes(key as never)));
      const kit = makeKit(vi.fn(async () => nps), followUpSource(() => import('../../src/ui/follow-up-kit').then((m) => m.followUpKit)), undefined, true);
      await kit.loadTexts({ locale: 'de' }, [], vi.fn());
      const report = vi.fn();
      const texts = { npsQuestion: 'Empfehlen?', csatQuestion: 'Zufrieden?', cesBrandQuestion: '{brand}?', task: 'bezahlen', submit: 'Los' };
      expect(kit.resolvePrompt({ locale: 'de', texts }, [], report).question).toBe('Empfehlen?');
      expect(report).not.toHaveBeenCalled();
      // a key no file has is still refused
      kit.resolvePrompt({ locale: 'de', texts: { csatQuestoin: 'Zufrieden?' } as never }, [], report);
      expect(report.mock.calls.map(([said]) => inWords(said))).toEqual([expect.stringContaining('texts must be an object of texts with known keys')]);
    } finally {
      vi.doUnmock('../../src/i18n/built-in');
    }
  });
});});
