/**
 * Locale files in a real browser: a page loads dist/locales/<tag>.js for the prompt's locale only, with
 * the nonce of hearken's own tag and through its Trusted Types policy, under the CSPs hearken-ui.js
 * loads under, and the texts of its steps after the score (dist/locales/<tag>-later.js) with those steps; English is
 * a file like the others; a missing file leaves the prompt in English with one error saying
 * what to do; an unsupported data-locale is one warning naming the locale shown instead. The build: one file per
 * locale and part, English's too, none of them in hearken.js or hearken-ui.js.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { freshStorage, hearkenTag, pageHtml, problems, radios, recordViolations, violations } from './pages/hostile/helpers';
import { LOCALES } from '../../src/i18n/index';
import { importTexts } from '../../src/i18n/chunks';
import { PARTS } from './harness/prompt-parts';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';
import { LATER_KEYS } from '../../src/i18n/later-keys';
import { fileTexts } from '../i18n/locale-files';

const NONCE = 'bG9jYWxlLW5vbmNl';
const GERMAN = 'Wie wahrscheinlich ist es, dass Sie Northwind einem Freund oder Kollegen empfehlen?';
const POLICIES: Record<string, [string, string]> = {
  self: ["default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'", ''],
  nonce: [`default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'self'; connect-src 'self'`, `nonce="${NONCE}"`],
  'strict-dynamic': [`default-src 'none'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; connect-src 'self'; base-uri 'none'`, `nonce="${NONCE}"`],
  'trusted-types': ["default-src 'self'; require-trusted-types-for 'script'; trusted-types hearken", ''],
};

describeBrowser('locale files', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  let requested: string[] = [];

  const register = (path: string, data: Record<string, string>, policy = POLICIES.self!, lang = 'en') =>
    server.page(
      path,
      pageHtml('', hearkenTag({ endpoint: '/collect', survey: 'nps', brand: 'Northwind', theme: 'light', ...data }, policy[1]), path).replace('lang="en"', `lang="${lang}"`),
      { 'Content-Security-Policy': policy[0] },
    );
  const question = (page: Page) => page.locator(`hearken-prompt ${PARTS.heading}`).textContent();
  // polled: the later steps' texts are asked for in the task after the frame that shows the question
  const localeScripts = () => requested.filter((url) => url.indexOf('/dist/locales/') >= 0).map((url) => url.slice(url.indexOf('/dist/')));

  beforeAll(async () => {
    for (const [name, policy] of Object.entries(POLICIES)) register(`/${name}.html`, { locale: 'de' }, policy);
    register('/pt-br.html', { locale: ' pt_BR ' });
    register('/html-lang.html', {}, POLICIES.self, 'ja-JP');
    register('/english.html', {});
    register('/unsupported.html', { locale: 'tlh' }, POLICIES.self, 'sv-SE');
    register('/missing.html', { locale: 'fi' });
    register('/csat.html', { locale: 'de', survey: 'csat', subject: 'der Kasse' });
    register('/ces.html', { locale: 'de', survey: 'ces', task: 'bezahlen' });
    browser = await launchBrowser();
    await browser.context.addInitScript(freshStorage);
    await browser.context.addInitScript(recordViolations);
    browser.context.on('request', (request) => void requested.push(request.url()));
  });
  beforeEach(() => {
    browser.logs.splice(0);
    requested = [];
  });
  afterAll(() => browser?.close());

  for (const name of Object.keys(POLICIES)) {
    it(`${name} CSP: the German prompt, its file loaded like hearken-prompt.js and the files after the question, no other locale, no violation`, async () => {
      const page = browser.page;
      await page.goto(server.url + `/${name}.html`);
      await radios(page).first().waitFor();
      expect(await question(page)).toBe(GERMAN);
      expect(await page.locator('hearken-prompt [role=dialog]').getAttribute('lang')).toBe('de');
      // the steps after the score and the delivery follow the question, loaded the same way
      await page.waitForFunction(() => document.querySelector('script[src*="/dist/hearken-follow-up.js"]') && document.querySelector('script[src*="/dist/hearken-delivery.js"]') && document.querySelector('script[src*="/dist/locales/de-later.js"]'));
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLScriptElement>('script[src*="/dist/"]')].map((s) => ({ src: new URL(s.src).pathname, nonce: s.nonce })),
      );
      scripts.sort((a, b) => (a.src < b.src ? -1 : 1));
      const nonce = POLICIES[name]![1] ? NONCE : '';
      expect(scripts).toEqual([
        { src: '/dist/hearken-delivery.js', nonce },
        { src: '/dist/hearken-follow-up.js', nonce },
        { src: '/dist/hearken-prompt.js', nonce },
        { src: '/dist/hearken.js', nonce },
        { src: '/dist/locales/de-later.js', nonce },
        { src: '/dist/locales/de.js', nonce },
      ]);
      await expect.poll(localeScripts).toEqual(['/dist/locales/de.js', '/dist/locales/de-later.js']);
      // the steps after the score, in German
      await radios(page).nth(3).click();
      await expect.poll(() => page.locator('hearken-prompt textarea').getAttribute('placeholder')).toBe(de.commentPlaceholder);
      expect(await violations(page)).toEqual([]);
      expect(problems(browser.logs)).toEqual([]);
    });
  }

  it('data-locale " pt_BR " is Brazilian Portuguese; <html lang="ja-JP"> Japanese; English loads its own file only', async () => {
    const page = browser.page;
    await page.goto(server.url + '/pt-br.html');
    await radios(page).first().waitFor();
    expect(await question(page)).toBe('Qual é a probabilidade de você recomendar Northwind a um amigo ou colega?');
    await expect.poll(localeScripts).toEqual(['/dist/locales/pt.js', '/dist/locales/pt-later.js']);

    requested = [];
    await page.goto(server.url + '/html-lang.html');
    await radios(page).first().waitFor();
    expect(await question(page)).toBe('Northwindを友人や同僚にすすめる可能性はどのくらいありますか？');
    await expect.poll(localeScripts).toEqual(['/dist/locales/ja.js', '/dist/locales/ja-later.js']);

    requested = [];
    await page.goto(server.url + '/english.html');
    await radios(page).first().waitFor();
    expect(await question(page)).toBe('How likely are you to recommend Northwind to a friend or colleague?');
    await expect.poll(localeScripts).toEqual(['/dist/locales/en.js', '/dist/locales/en-later.js']);
    expect(problems(browser.logs)).toEqual([]);
  });

  it("a CSAT and a CES prompt in German: each loads its survey's file, de-csat.js or de-ces.js, and not NPS's de.js", async () => {
    const page = browser.page;
    await page.goto(server.url + '/csat.html');
    await radios(page).first().waitFor();
    expect(await question(page)).toBe('Wie zufrieden sind Sie mit der Kasse?');
    expect(await page.locator(`hearken-prompt ${PARTS.close}`).getAttribute('aria-label')).toBe(de.close);
    await expect.poll(localeScripts).toEqual(['/dist/locales/de-csat.js', '/dist/locales/de-later.js']);

    requested = [];
    await page.goto(server.url + '/ces.html');
    await radios(page).first().waitFor();
    expect(await question(page)).toBe(de.cesBrandQuestion.replace('{brand}', 'Northwind').replace('{task}', 'bezahlen'));
    await expect.poll(localeScripts).toEqual(['/dist/locales/de-ces.js', '/dist/locales/de-later.js']);
    // the thank-you, both its lines, in German
    await radios(page).nth(5).click();
    await page.locator('hearken-prompt textarea').waitFor();
    await page.locator(`hearken-prompt ${PARTS.skip}`).click();
    await expect.poll(() => page.locator(`hearken-prompt ${PARTS.thanksDetail}`).textContent()).toBe(de.thanksDetail);
    expect(problems(browser.logs)).toEqual([]);
  });

  it('an unsupported data-locale: one warning naming it and the locale shown instead (the page language)', async () => {
    const page = browser.page;
    await page.goto(server.url + '/unsupported.html');
    await radios(page).first().waitFor();
    expect(await question(page)).toBe('Hur troligt är det att du skulle rekommendera Northwind till en vän eller kollega?');
    expect(problems(browser.logs).map((l) => `${l.type}: ${l.text}`)).toEqual([
      'warning: [hearken] data-locale "tlh" is not a supported locale; showing sv',
    ]);
  });

  it('a locale file that is not there: the prompt in English and one error saying what to copy', async () => {
    const page = browser.page;
    await page.route('**/dist/locales/fi.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(server.url + '/missing.html');
    await radios(page).first().waitFor();
    expect(await question(page)).toBe('How likely are you to recommend Northwind to a friend or colleague?');
    expect(await page.locator('hearken-prompt [role=dialog]').getAttribute('lang')).toBe('en');
    const errors = problems(browser.logs).filter((l) => l.text.indexOf('[hearken]') >= 0);
    expect(errors.map((l) => `${l.type}: ${l.text}`)).toEqual([
      `error: [hearken] could not load ${server.url}/dist/locales/fi.js (copy the locales folder beside hearken.js); the prompt is in English`,
    ]);
    await expect.poll(localeScripts).toEqual(['/dist/locales/fi.js', '/dist/locales/en.js', '/dist/locales/en-later.js']);
    await page.unroute('**/dist/locales/fi.js');
  });

  it('the later texts not there: the question in Finnish, the steps after it in English, one error saying what to copy', async () => {
    const page = browser.page;
    await page.route('**/dist/locales/fi-later.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(server.url + '/missing.html');
    await radios(page).first().waitFor();
    expect(await page.locator('hearken-prompt [role=dialog]').getAttribute('lang')).toBe('fi');
    await radios(page).nth(3).click();
    await expect.poll(() => page.locator('hearken-prompt textarea').getAttribute('placeholder')).toBe(en.commentPlaceholder);
    const errors = problems(browser.logs).filter((l) => l.text.indexOf('[hearken]') >= 0);
    expect(errors.map((l) => `${l.type}: ${l.text}`)).toEqual([
      `error: [hearken] could not load ${server.url}/dist/locales/fi-later.js (copy the locales folder beside hearken.js); the steps after the score are in English`,
    ]);
    await page.unroute('**/dist/locales/fi-later.js');
  });

  it("no later texts of any language: the score kept and a plain thank-you in Finnish, its first line alone, nothing undefined", async () => {
    const page = browser.page;
    await page.route('**/dist/locales/*-later.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(server.url + '/missing.html');
    await radios(page).first().waitFor();
    await radios(page).nth(3).click();
    const { fi } = await import('../../src/i18n/locales/fi');
    await expect.poll(() => question(page)).toBe(fi.thanks);
    expect(await page.locator('hearken-prompt [role=dialog]').textContent()).not.toContain('undefined');
    expect((await page.locator('hearken-prompt [aria-live]').textContent())!.trim()).toBe(fi.thanks);
    await page.unroute('**/dist/locales/*-later.js');
  });

  it('no locales folder at all: no prompt, one error per missing file saying what to copy, nothing thrown', async () => {
    const page = browser.page;
    await page.route('**/dist/locales/*.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(server.url + '/missing.html');
    const hearkenLines = () => problems(browser.logs).filter((l) => l.text.indexOf('[hearken]') >= 0).map((l) => `${l.type}: ${l.text}`);
    await expect.poll(() => hearkenLines().length).toBeGreaterThanOrEqual(2);
    // the prompt's attempt has ended: the next frame after the failed load
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(hearkenLines()).toEqual([
      `error: [hearken] could not load ${server.url}/dist/locales/fi.js (copy the locales folder beside hearken.js); the prompt is in English`,
      `error: [hearken] could not load ${server.url}/dist/locales/en.js (copy the locales folder beside hearken.js); the prompt cannot show`,
    ]);
    expect(await radios(page).count()).toBe(0);
    expect(problems(browser.logs).filter((l) => l.type == 'pageerror')).toEqual([]);
    await page.unroute('**/dist/locales/*.js');
  });
});

describe('the built locale files', () => {
  const dist = (file: string) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
  const texts = async (locale: string) => (locale == 'en' ? (await import('../../src/i18n/locales/en')).en : importTexts(locale));

  it.each(LOCALES.map((l) => [l]))('dist/locales/%s.js, its -csat.js, -ces.js and -later.js are classic scripts leaving exactly its texts on window.__hearkenLocales', async (locale) => {
    const sandbox: { window: Record<string, unknown> } = { window: {} };
    for (const part of ['', '-csat', '-ces', '-later']) runInNewContext(dist(`locales/${locale}${part}.js`), sandbox);
    expect(Object.keys(sandbox)).toEqual(['window']);
    const all = (await texts(locale))!;
    // a survey's file: its question texts and those every prompt shows, none of another survey's
    const file = (part: string) => fileTexts(all, locale + part);
    expect(sandbox.window).toEqual({
      __hearkenLocales: Object.fromEntries(['', '-csat', '-ces', '-later'].map((part) => [locale + part, file(part)])),
    });
    expect(Object.keys(file(''))).not.toContain('csatQuestion');
    expect(Object.keys(file('-later')).sort()).toEqual([...LATER_KEYS].sort());
  });

  it('hearken.js, hearken-core.js, hearken-ui.js and hearken-prompt.js hold no language, English neither', async () => {
    const core = dist('hearken.js') + dist('hearken-core.js') + dist('hearken-ui.js') + dist('hearken-prompt.js');
    expect(dist('locales/en.js')).toContain('How likely are you to recommend {brand} to a friend or colleague?');
    for (const locale of LOCALES) expect(core, locale).not.toContain((await texts(locale))!.npsQuestion);
  });
});
