/**
 * Under a strict Content-Security-Policy (no inline scripts or styles) the prompt loads, is styled
 * (its stylesheet is a constructable sheet adopted by the shadow root) and delivers, with no
 * violation reported; with a nonce policy the lazily injected files carry the nonce (hearken-prompt.js, and
 * hearken-messages.js for a wrong attribute's words).
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { pageHtml, scriptTag, useFreshOriginBrowser } from './pages/widget';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const NONCE = "default-src 'self'; script-src 'nonce-abc'; style-src 'self'; connect-src 'self'";
const TAG = { 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-brand': 'Acme', 'data-theme': 'light', 'data-accent': '#c00', defer: true } as const;

type Watched = Window & { __violations: string[] };

/** The dialog's computed styles that an unstyled prompt would not have. */
function dialogStyle(page: Page) {
  return page.locator('hearken-prompt [role=dialog]').evaluate((el) => {
    const s = getComputedStyle(el);
    return { position: s.position, background: s.backgroundColor, radius: s.borderRadius, padding: s.padding, zIndex: s.zIndex };
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as Watched).__violations);

/** The files under /dist/ the page downloaded so far, in order (resource timing). */
const distFiles = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/')));

describeBrowser('hearken under a strict CSP', () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server, { colorScheme: 'light' });
  beforeAll(async () => {
    suite.browser.context.setDefaultTimeout(10_000);
    // devtools-injected, so the policy does not block it; it sees every violation of every page
    await suite.browser.context.addInitScript(() => {
      const list: string[] = ((window as unknown as Watched).__violations = []);
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
  });
  const errors = () => suite.browser.logs.slice(suite.logStart).filter((l) => l.type == 'error' || l.type == 'pageerror');

  /** Answers the floating prompt with clicks; resolves with the stored answer. */
  async function answerPrompt(page: Page, score: string) {
    const before = server.answers().length;
    await page.locator('hearken-prompt').getByRole('radio', { name: score }).click();
    const send = page.locator('hearken-prompt').getByRole('button', { name: 'Send' });
    // the accent colour (set through CSSOM on the host) reaches the primary button
    expect(await send.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(204, 0, 0)');
    await page.locator('hearken-prompt textarea').fill('Under CSP');
    await send.click();
    return (await server.waitForAnswers(before + 1))[before]!;
  }

  it(`${STRICT}: styled, delivered, no violation`, async () => {
    server.page('/csp/strict.html', pageHtml(scriptTag(TAG)), { 'Content-Security-Policy': STRICT });
    const page = suite.browser.page;
    const response = await page.goto(server.url + '/csp/strict.html');
    expect(response!.headers()['content-security-policy']).toBe(STRICT);
    await page.locator('hearken-prompt [role=radio]').first().waitFor();

    expect(await dialogStyle(page)).toEqual({
      position: 'fixed',
      background: 'rgb(255, 255, 255)',
      radius: '14px',
      padding: '16px',
      zIndex: '2147483647',
    });
    const answer = await answerPrompt(page, '10 of 10, Extremely likely');
    expect(answer).toMatchObject({ survey: 'nps', score: 10, comment: 'Under CSP' });
    expect(await violations(page)).toEqual([]);
    expect(errors()).toEqual([]);

    // the policy is in force and the watcher works: an inline style is refused and seen
    await page.evaluate(() => document.head.appendChild(document.createElement('style')).append('body{color:red}'));
    await page.waitForFunction(() => (window as unknown as Watched).__violations.length > 0);
    expect(new Set(await violations(page))).toEqual(new Set(['style-src-elem inline']));
  });

  it(`${NONCE}: the injected hearken-prompt.js and hearken-delivery.js carry the nonce of hearken's own tag`, async () => {
    server.page('/csp/nonce.html', pageHtml(scriptTag({ ...TAG, nonce: 'abc' })), { 'Content-Security-Policy': NONCE });
    const page = suite.browser.page;
    await page.goto(server.url + '/csp/nonce.html');
    await page.locator('hearken-prompt [role=radio]').first().waitFor();
    const ui = await page.evaluate(() => {
      const s = document.querySelector<HTMLScriptElement>('script[src$="hearken-prompt.js"]')!;
      return { src: s.src, nonce: s.nonce };
    });
    expect(ui).toEqual({ src: server.url + '/dist/hearken-prompt.js', nonce: 'abc' });
    expect((await dialogStyle(page)).radius).toBe('14px');
    const answer = await answerPrompt(page, '8 of 10');
    expect(answer).toMatchObject({ survey: 'nps', score: 8, segment: 'passive' });
    // so does hearken-delivery.js, which came once a score was picked
    expect(await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src$="hearken-delivery.js"]')?.nonce)).toBe('abc');
    expect(await violations(page)).toEqual([]);
    expect(errors()).toEqual([]);
  });

  for (const [name, policy, nonce] of [
    ['strict', STRICT, undefined],
    ['nonce', NONCE, 'abc'],
    ['Trusted Types', "default-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types hearken", undefined],
  ] as const) {
    it(`${name} policy, a data-exit-intent page: hearken.js, hearken-checks.js and hearken-triggers.js on a first page view, the first two on a returning one until the pointer leaves the top, then the prompt; no violation`, async () => {
      const path = `/csp/exit-${name.replace(' ', '-')}.html`;
      server.page(path, pageHtml(scriptTag({ ...TAG, 'data-exit-intent': '', ...(nonce ? { nonce } : {}) })), { 'Content-Security-Policy': policy });
      const page = suite.browser.page;
      const files = () => distFiles(page);
      // the first page view has hearken-checks.js check the attributes, which remembers them, then arms the triggers
      await page.goto(server.url + path);
      await page.waitForFunction(() => !!localStorage.getItem('hearken:checked') && '__hearkenArm' in window);
      expect(await files()).toEqual(['/dist/hearken.js', '/dist/hearken-checks.js', '/dist/hearken-triggers.js']);
      if (nonce) expect(await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src$="hearken-checks.js"]')!.nonce)).toBe(nonce);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => '__hearkenArm' in window);
      expect(await files()).toEqual(['/dist/hearken.js', '/dist/hearken-triggers.js']);
      if (nonce) expect(await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src$="hearken-triggers.js"]')!.nonce)).toBe(nonce);
      await page.mouse.move(500, 300);
      await page.mouse.move(500, 40, { steps: 4 });
      await page.mouse.move(500, -20, { steps: 4 });
      await page.locator('hearken-prompt [role=radio]').first().waitFor();
      // the full script and the question's UI come in one file, with hearken's nonce, then the question's texts
      const fetched = await files();
      expect(fetched.slice(0, 4)).toEqual(['/dist/hearken.js', '/dist/hearken-triggers.js', '/dist/hearken-prompt.js', '/dist/locales/en.js']);
      expect(fetched.filter((file) => /hearken-(core|ui)\.js$/.test(file))).toEqual([]);
      if (nonce) expect(await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src$="hearken-prompt.js"]')!.nonce)).toBe(nonce);
      expect((await dialogStyle(page)).radius).toBe('14px');
      expect(await violations(page)).toEqual([]);
      expect(errors()).toEqual([]);
    });

    it(`${name} policy, a data-trigger="manual" page: hearken.js and hearken-checks.js alone on a first page view, hearken.js alone on a returning one; show() brings the prompt; no violation`, async () => {
      const path = `/csp/manual-${name.replace(' ', '-')}.html`;
      server.page(path, pageHtml(scriptTag({ ...TAG, 'data-trigger': 'manual', ...(nonce ? { nonce } : {}) })), { 'Content-Security-Policy': policy });
      const page = suite.browser.page;
      const files = () => distFiles(page);
      await page.goto(server.url + path);
      // hearken-checks.js remembers the attributes, then hearken.js decides again, in the same task: light
      await page.waitForFunction(() => !!localStorage.getItem('hearken:checked'));
      expect(await files()).toEqual(['/dist/hearken.js', '/dist/hearken-checks.js']);
      if (nonce) expect(await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src$="hearken-checks.js"]')!.nonce)).toBe(nonce);
      await page.reload({ waitUntil: 'load' });
      expect(await files()).toEqual(['/dist/hearken.js']);
      await page.evaluate(() => (window as unknown as { Hearken: { show(): void } }).Hearken.show());
      await page.locator('hearken-prompt [role=radio]').first().waitFor();
      expect((await files()).slice(0, 2)).toEqual(['/dist/hearken.js', '/dist/hearken-prompt.js']);
      expect(await violations(page)).toEqual([]);
      expect(errors()).toEqual([]);
    });
  }

  for (const [name, policy, nonce] of [
    ['strict', STRICT, undefined],
    ['nonce', NONCE, 'abc'],
    ['Trusted Types', "default-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types hearken", undefined],
  ] as const) {
    it(`${name} policy, a wrong attribute: hearken-messages.js loads like the other files and its words are said; the prompt shows; no violation`, async () => {
      const path = `/csp/wrong-${name.replace(' ', '-')}.html`;
      server.page(path, pageHtml(scriptTag({ ...TAG, 'data-theme': 'neon', ...(nonce ? { nonce } : {}) })), { 'Content-Security-Policy': policy });
      const page = suite.browser.page;
      const logStart = suite.browser.logs.length;
      await page.goto(server.url + path);
      await page.locator('hearken-prompt [role=radio]').first().waitFor();
      const said = () => suite.browser.logs.slice(logStart).filter((l) => l.type == 'error').map((l) => l.text);
      await expect.poll(said).toEqual(['[hearken] data-theme must be one of light, dark, auto, got "neon"']);
      if (nonce) expect(await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src$="hearken-messages.js"]')!.nonce)).toBe(nonce);
      expect(await violations(page)).toEqual([]);
    });
  }

  it('the same nonce policy refuses a copy of the tag without the nonce: nothing runs, nothing breaks', async () => {
    server.page('/csp/no-nonce.html', pageHtml(scriptTag(TAG)), { 'Content-Security-Policy': NONCE });
    const page = suite.browser.page;
    await page.goto(server.url + '/csp/no-nonce.html', { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as Watched).__violations.length > 0);
    expect(await violations(page)).toEqual([`script-src-elem ${server.url}/dist/hearken.js`]);
    expect(await page.locator('hearken-prompt').count()).toBe(0);
  });
});
