import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HearkenOptions } from '../../src/config/options';
import { resolvePrompt } from '../../src/config/resolve';
import { LOCALES, textsFor } from '../../src/i18n/index';
import { loadAllLocales } from '../i18n/helpers';

const textsOf = (locale: string) => textsFor(locale);

const resolve = (options: HearkenOptions, report = vi.fn()) => resolvePrompt(options, [], report);

// The CES statement of each locale, without a brand of the host's and with brand "Northwind", default task.
const CES: Record<string, [string, string]> = {
  en: ['It was easy to get what I needed.', 'Northwind made it easy for me to get what I needed.'],
  ru: ['Мне было легко получить то, что нужно.', 'Northwind позволяет мне легко получить то, что нужно.'],
  pl: ['Łatwo mi było załatwić swoją sprawę.', 'Northwind pozwala mi łatwo załatwić swoją sprawę.'],
  cs: ['Bylo pro mě snadné vyřídit svou záležitost.', 'Northwind mi umožňuje snadno vyřídit svou záležitost.'],
  bg: ['Беше ми лесно да получа това, което ми трябваше.', 'Northwind ми помогна лесно да получа това, което ми трябваше.'],
  de: ['Ich konnte ganz einfach erledigen, was ich vorhatte.', 'Mit Northwind konnte ich ganz einfach erledigen, was ich vorhatte.'],
  fr: ["J'ai pu facilement obtenir ce dont j'avais besoin.", "Avec Northwind, j'ai pu facilement obtenir ce dont j'avais besoin."],
  es: ['Me resultó fácil conseguir lo que necesitaba.', 'Northwind me facilitó conseguir lo que necesitaba.'],
  uk: ['Мені було легко отримати те, що потрібно.', 'Northwind дозволяє мені легко отримати те, що потрібно.'],
  ar: ['كان من السهل عليّ الحصول على ما أحتاج إليه.', 'بفضل Northwind، كان من السهل عليّ الحصول على ما أحتاج إليه.'],
  he: ['היה לי קל למצוא את מה שחיפשתי.', 'בזכות Northwind היה לי קל למצוא את מה שחיפשתי.'],
  pt: ['Foi fácil conseguir o que eu precisava.', 'Com Northwind, foi fácil conseguir o que eu precisava.'],
  'pt-PT': ['Foi fácil obter aquilo de que precisava.', 'Com Northwind, foi fácil obter aquilo de que precisava.'],
  it: ['È stato facile trovare ciò che mi serviva.', 'Con Northwind è stato facile trovare ciò che mi serviva.'],
  nl: ['Ik kon gemakkelijk vinden wat ik nodig had.', 'Met Northwind kon ik gemakkelijk vinden wat ik nodig had.'],
  sv: ['Det var enkelt att få det jag behövde.', 'Northwind gjorde det enkelt för mig att få det jag behövde.'],
  da: ['Det var nemt at få det, jeg havde brug for.', 'Northwind gjorde det nemt for mig at få det, jeg havde brug for.'],
  nb: ['Det var enkelt å få det jeg trengte.', 'Northwind gjorde det enkelt for meg å få det jeg trengte.'],
  fi: ['Minun oli helppo saada tarvitsemani.', 'Northwind: minun oli helppo saada tarvitsemani.'],
  tr: ['Benim için ihtiyacım olanı almak kolaydı.', 'Northwind sayesinde ihtiyacım olanı almak kolaydı.'],
  ja: ['必要なものを手に入れるのは簡単でした。', 'Northwindのおかげで、必要なものを手に入れるのは簡単でした。'],
  'zh-Hans': ['我能轻松地找到我需要的东西。', 'Northwind让我能轻松地找到我需要的东西。'],
  ko: ['필요한 것을 찾는 과정이 쉬웠습니다.', 'Northwind 덕분에 필요한 것을 찾는 과정이 쉬웠습니다.'],
  ro: ['Mi-a fost ușor să găsesc ceea ce căutam.', 'Cu Northwind mi-a fost ușor să găsesc ceea ce căutam.'],
  hu: ['Könnyű volt elintézni, amit szerettem volna.', 'Northwind segítségével könnyű volt elintézni, amit szerettem volna.'],
  el: ['Ήταν εύκολο να βρω αυτό που χρειαζόμουν.', 'Με Northwind, ήταν εύκολο να βρω αυτό που χρειαζόμουν.'],
  hi: ['जो चाहिए था, वह पाना आसान रहा।', 'Northwind की मदद से जो चाहिए था, वह पाना आसान रहा।'],
  id: ['Saya dapat dengan mudah mendapatkan yang saya butuhkan.', 'Northwind memudahkan saya untuk mendapatkan yang saya butuhkan.'],
  vi: ['Tôi dễ dàng tìm được thứ mình cần.', 'Northwind giúp tôi dễ dàng tìm được thứ mình cần.'],
};

beforeAll(loadAllLocales);

describe('the CES statement', () => {
  it('is known for every built-in locale', () => {
    expect(Object.keys(CES).sort()).toEqual([...LOCALES].sort());
  });

  it.each(Object.entries(CES))('%s: brandless without a brand, "{brand} made it easy for me to {task}" with one', (locale, [plain, branded]) => {
    expect(resolve({ survey: 'ces', locale }).question).toBe(plain);
    expect(resolve({ survey: 'ces', locale, brand: 'Northwind' }).question).toBe(branded);
    // the host's task goes where the default one was, with a brand or without
    const task = resolve({ survey: 'ces', locale }).texts.task;
    expect(resolve({ survey: 'ces', locale, task: 'TASK' }).question).toBe(plain.replace(task, 'TASK'));
    expect(resolve({ survey: 'ces', locale, brand: 'Northwind', task: 'TASK' }).question).toBe(branded.replace(task, 'TASK'));
  });

  it('a brand changes only the CES question, not NPS or CSAT', () => {
    expect(resolve({ survey: 'nps', brand: 'Northwind' }).question).toBe('How likely are you to recommend Northwind to a friend or colleague?');
    expect(resolve({ survey: 'csat', brand: 'Northwind' }).question).toBe('How satisfied are you with your experience?');
  });

  it('data-question (the question option) still replaces it, with or without a brand', () => {
    expect(resolve({ survey: 'ces', question: 'Was it easy to {task}?' }).question).toBe('Was it easy to get what I needed?');
    expect(resolve({ survey: 'ces', brand: 'Northwind', question: 'Did {brand} help?' }).question).toBe('Did Northwind help?');
  });

  it('texts overrides: cesBrandQuestion with a brand; a rewritten cesQuestion alone keeps being asked', () => {
    const brand = 'Northwind';
    expect(resolve({ survey: 'ces', brand, texts: { cesBrandQuestion: '{brand} helped me {task}.' } }).question).toBe('Northwind helped me get what I needed.');
    expect(resolve({ survey: 'ces', brand, texts: { cesQuestion: '{brand} made {task} easy.' } }).question).toBe('Northwind made get what I needed easy.');
    expect(resolve({ survey: 'ces', brand, texts: { cesQuestion: 'A', cesBrandQuestion: 'B {brand}' } }).question).toBe('B Northwind');
    expect(resolve({ survey: 'ces', texts: { cesBrandQuestion: 'B {brand}' } }).question).toBe('It was easy to get what I needed.');
    // a texts.brand replaces the default brand word, it is not a brand of the host's
    expect(resolve({ survey: 'ces', texts: { brand: 'our team' } }).question).toBe('It was easy to get what I needed.');
  });

  it('fills a placeholder written in the brand as text, once', () => {
    expect(resolve({ survey: 'ces', brand: '{task}' }).question).toBe('{task} made it easy for me to get what I needed.');
  });
});

describe('an unsupported locale option', () => {
  afterEach(() => vi.restoreAllMocks());
  const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

  it('is one [hearken] warning naming it and the locale shown instead: the next candidate, else English', () => {
    const warn = warnings();
    expect(resolvePrompt({ locale: 'tlh' }, ['fr-CA', 'de'], vi.fn(), (o) => 'data-' + o).locale).toBe('fr');
    expect(warn.mock.calls).toEqual([['[hearken] data-locale "tlh" is not a supported locale; showing fr']]);
    warn.mockClear();
    expect(resolve({ locale: 'zh-TW' }).locale).toBe('en');
    expect(warn.mock.calls).toEqual([['[hearken] locale "zh-TW" is not a supported locale; showing en']]);
  });

  it('is not one for a region or spelling of a supported language, nor for the browser languages', () => {
    const warn = warnings();
    expect(resolve({ locale: ' pt_BR ' }).locale).toBe('pt');
    expect(resolve({ locale: 'PT-br' }).texts.submit).toBe('Enviar');
    expect(resolve({ locale: 'de-AT' }).locale).toBe('de');
    expect(resolve({ locale: 'zh-CN' }).locale).toBe('zh-Hans');
    expect(resolvePrompt({}, ['tlh', 'zh-Hant', 'ko-KR'], vi.fn()).locale).toBe('ko');
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('texts overrides are checked against the known keys', () => {
  it('takes the new keys; an unknown key is reported once and the overrides are left out', () => {
    expect(resolve({ texts: { reasonsLabel: 'Warum?', thanks: 'Danke' } }).texts).toMatchObject({ reasonsLabel: 'Warum?', thanks: 'Danke' });
    const report = vi.fn();
    const resolved = resolve({ texts: { thanx: 'Merci', thanks: 'Merci' } as never }, report);
    expect(report.mock.calls).toEqual([['[hearken] texts must be an object of texts with known keys (npsQuestion, csatQuestion, cesQuestion…), got "{"thanx":"Merci","thanks":"Merci"}"']]);
    expect(resolved.texts.thanks).toBe('Thank you!');
  });
});

describe('closing the loop', () => {
  it('gives the reasons and contact channels of a score by its segment', () => {
    const nps = resolve({ reasons: 'Price; Speed', contact: 'email' });
    expect(nps.reasons(3).map((r) => r.label)).toEqual(['Price', 'Speed']);
    expect(nps.reasons(8)).toHaveLength(2);
    expect(nps.reasons(9)).toEqual([]);
    expect(nps.contact(6)).toEqual(['email']);
    expect(nps.contact(7)).toEqual([]);
    const csat = resolve({ survey: 'csat', reasonsUnsatisfied: 'Slow', contact: 'phone' });
    expect(csat.reasons(2).map((r) => r.key)).toEqual(['slow']);
    expect(csat.reasons(3)).toEqual([]);
    expect(csat.contact(1)).toEqual(['phone']);
  });

  it('fills the locale defaults: the purpose, and the review label (a link only with a URL)', () => {
    const de = resolve({ locale: 'de', reviewUrl: 'https://example.com/review' });
    expect(de.contactPurpose).toBe(textsOf('de').contactPurpose);
    expect(de.review).toEqual({ url: 'https://example.com/review', label: textsOf('de').reviewLabel });
    expect(resolve({}).review).toBeUndefined();
    const own = resolve({ brand: 'Northwind', reviewUrl: 'https://example.com/r', reviewLabel: 'Review {brand}', contactPurpose: '{brand} calls back once.' });
    expect(own.review!.label).toBe('Review Northwind');
    expect(own.contactPurpose).toBe('Northwind calls back once.');
  });

  it('scrubs comments unless data-scrub is off', () => {
    const comment = 'Call me on +44 20 7946 0958 or write to ann@example.com';
    expect(resolve({}).scrub(comment)).toBe('Call me on [phone] or write to [email]');
    expect(resolve({ scrub: 'off' }).scrub(comment)).toBe(comment);
  });

  it('reports a bad loop option once, naming it as the caller does', () => {
    const report = vi.fn();
    resolvePrompt({ reviewUrl: 'http://x.example' }, [], report, (o) => 'data-' + o.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()));
    expect(report.mock.calls).toEqual([['[hearken] data-review-url must be an https: URL, got "http://x.example"']]);
  });
});
