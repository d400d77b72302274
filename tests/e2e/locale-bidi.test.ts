/**
 * Right to left, in real Chromium: the example phone number of the contact request's error reads as it is written.
 * In an Arabic or Hebrew sentence its digit groups are numbers among right-to-left words, which the browser's
 * bidirectional algorithm lays out right to left: `+44 20 7946 0958` showed as `0958 7946 20 44+` (international
 * audit). The texts isolate it left to right (U+2066 … U+2069).
 */
import { afterEach, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { PARTS } from './harness/prompt-parts';
import { hearkenTag, pageHtml, radios } from './pages/hostile/helpers';

describeBrowser('right-to-left examples', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  afterEach(() => browser?.close());

  it.each([['ar'], ['he']])('%s: the phone number of the error reads left to right, +44 first', async (locale) => {
    const tag = hearkenTag({ endpoint: '/collect', survey: 'nps', locale, contact: 'phone', 'contact-for': 'all', 'auto-close-ms': '60000' });
    server.page(`/bidi-${locale}.html`, pageHtml('', '<main><h1>Shop</h1></main>' + tag));
    browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    const { page } = browser;
    await page.goto(server.url + `/bidi-${locale}.html`);
    await radios(page).nth(2).click();
    await page.locator('hearken-prompt ' + PARTS.contactConsent).click();
    await page.locator('hearken-prompt ' + PARTS.contactField).fill('12');
    await page.locator('hearken-prompt ' + PARTS.send).click();
    const error = page.locator('hearken-prompt ' + PARTS.contactError);
    await error.waitFor();
    // where each digit group of the example is on screen, left to right
    const order = await error.evaluate((p) => {
      const text = p.firstChild!;
      const at = (part: string) => {
        const range = document.createRange();
        const start = text.textContent!.indexOf(part);
        range.setStart(text, start);
        range.setEnd(text, start + part.length);
        return range.getBoundingClientRect().left;
      };
      return ['+44', '20', '7946', '0958'].sort((a, b) => at(a) - at(b));
    });
    expect(await error.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    expect(order).toEqual(['+44', '20', '7946', '0958']);
  });
});
