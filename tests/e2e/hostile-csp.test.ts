/**
 * Strict Content-Security-Policies on a hostile page (Bootstrap and the hostile sheet) whose
 * collector is another origin: no `securitypolicyviolation`, the prompt is styled (its stylesheet is
 * a constructable one, which `style-src 'self'` does not block), and answers cross the origins (CORS
 * preflight included). The policies: host-based `'self'`, nonce-based, nonce with `'strict-dynamic'`,
 * and Trusted Types.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { dialog, freshStorage, hearkenTag, pageHtml, problems, radios, recordViolations, serveVendor, violations, waitForAnswer } from './pages/hostile/helpers';
import { PARTS } from './harness/prompt-parts';
import { waitForLog } from './pages/rules/helpers';

const NONCE = 'c3RyaWN0LW5vbmNl';
const STYLES = '<link rel="stylesheet" href="/vendor/bootstrap.css"><link rel="stylesheet" href="/vendor/hostile.css">';

describeBrowser('hostile CSP, cross-origin collector', () => {
  const server = useTestServer();
  let browser: BrowserSession;

  /** Registers a page with this policy, its script tag posting to the other origin. */
  const register = (path: string, policy: string, extra = '') =>
    server.page(
      path,
      pageHtml(STYLES, '<main><h1>Checkout</h1><p>Paid.</p></main>' + hearkenTag({ endpoint: server.otherOrigin + '/collect', survey: 'csat', theme: 'light', touchpoint: path, 'auto-close-ms': '60000' }, extra)),
      { 'Content-Security-Policy': policy },
    );

  beforeAll(async () => {
    serveVendor(server);
    const other = server.otherOrigin;
    register('/self.html', `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${other}`);
    register('/nonce.html', `default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'self'; connect-src ${other}`, `nonce="${NONCE}"`);
    register('/strict-dynamic.html', `default-src 'none'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; connect-src ${other}; base-uri 'none'; object-src 'none'`, `nonce="${NONCE}"`);
    register('/trusted-types.html', `default-src 'self'; connect-src 'self' ${other}; require-trusted-types-for 'script'`);
    register('/trusted-types-listed.html', `default-src 'self'; connect-src 'self' ${other}; require-trusted-types-for 'script'; trusted-types hearken`);
    register('/trusted-types-refused.html', `default-src 'self'; connect-src 'self' ${other}; require-trusted-types-for 'script'; trusted-types other`);
    browser = await launchBrowser();
    await browser.context.addInitScript(freshStorage);
    await browser.context.addInitScript(recordViolations);
  });
  beforeEach(() => void browser.logs.splice(0));
  afterAll(() => browser?.close());

  for (const path of ['/self.html', '/nonce.html', '/strict-dynamic.html', '/trusted-types.html', '/trusted-types-listed.html']) {
    it(`shows a styled prompt and delivers cross-origin under ${path.slice(1, -5)} CSP`, async () => {
      const page = browser.page;
      const response = await page.goto(server.url + path);
      expect(response!.headers()['content-security-policy']).toContain('default-src');
      await radios(page).first().waitFor();

      // styled: the adopted stylesheet applies inside the shadow root
      const style = await dialog(page).evaluate((el) => {
        const s = getComputedStyle(el);
        return { position: s.position, background: s.backgroundColor, radius: s.borderTopLeftRadius, font: s.fontSize, padding: s.paddingTop };
      });
      expect(style).toEqual({ position: 'fixed', background: 'rgb(255, 255, 255)', radius: '14px', font: '14px', padding: '16px' });

      await radios(page).nth(4).click();
      await page.locator('hearken-prompt textarea').fill('csp ' + path);
      await page.locator(`hearken-prompt ${PARTS.send}`).click();
      await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
      const stored = await waitForAnswer(server, (a) => a.comment == 'csp ' + path);
      expect(stored).toMatchObject({ survey: 'csat', score: 5, touchpoint: path, page: server.url + path });

      expect(await violations(page)).toEqual([]);
      expect(problems(browser.logs)).toEqual([]);
    });
  }

  it('fails with one clear [hearken] error when Trusted Types are enforced and its policy is not allowed', async () => {
    const page = browser.page;
    await page.goto(server.url + '/trusted-types-refused.html');
    await page.waitForFunction(() => document.readyState == 'complete');
    await waitForLog(browser.logs, /^\[hearken\]/);
    // the API still answers, and a show() does not bring a second error: the refused script URL fails at once (its
    // promise rejects in the same task), so a second error would be on the console by the next task
    await page.evaluate(() => {
      (window as unknown as { Hearken: { show(s: string): void } }).Hearken.show('csat');
      return new Promise((next) => setTimeout(next));
    });
    const ours = browser.logs.filter((l) => l.text.indexOf('[hearken]') >= 0);
    expect(ours.map((l) => l.type + ': ' + l.text)).toEqual([expect.stringMatching(/^error: \[hearken\] could not load hearken-prompt.js: .*TrustedScriptURL/)]);
    expect(await page.locator('hearken-prompt').count()).toBe(0);
    expect(browser.logs.filter((l) => l.type == 'pageerror')).toEqual([]);
  });
});
