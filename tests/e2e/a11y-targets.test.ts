/**
 * Target sizes in real Chromium (WCAG 2.2's 2.5.8, and README's 44 px on touch screens): every control of every step
 * of a prompt with reasons, a contact request and a review link is at least 24 px tall on a desktop, and at least
 * 44 px on a touch phone (`pointer: coarse`), but for the close button (32 px) and the contact request's rows (24 px).
 * The reasons' chips and the review link stayed at 38 and 36 px on touch screens, their own rules coming after the
 * 44 px one, and the contact rows were 20 px everywhere (found by the accessibility audit). And a checkbox or radio
 * keeps its focus ring off its label's text, left to right and right to left: the ring (2 px, 2 px out) ran under the
 * text's first letter, whose gap was the browser's 3 px (found by the mobile audit in forced colours).
 */
import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession, type ContextOptions } from './harness/browser';
import { useTestServer } from './harness/server';
import { PARTS } from './harness/prompt-parts';
import { hearkenTag, pageHtml, radios } from './pages/hostile/helpers';

const DEVICES: [string, ContextOptions, number][] = [
  ['a desktop', { viewport: { width: 1280, height: 800 } }, 24],
  ['a touch phone', { viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, 44],
];

/** The height of each control in the prompt (the close button apart), named. */
function heights(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('hearken-prompt')!.shadowRoot!;
    const controls = [...root.querySelectorAll('[role=radio], button:not([aria-label]), a, fieldset label')];
    return controls.map((el) => [(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 20), Math.round(el.getBoundingClientRect().height)] as const);
  });
}

describeBrowser('target sizes', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  afterEach(() => browser?.close());

  it.each(DEVICES)('on %s, every control is at least as tall as the target asks', async (_, device, least) => {
    const tag = hearkenTag({ endpoint: '/collect', survey: 'nps', reasons: 'Price; Quality', 'reasons-for': 'all', contact: 'email phone', 'contact-for': 'all', 'review-url': 'https://example.com/review', 'auto-close-ms': '60000' });
    server.page('/targets.html', pageHtml('', '<main><h1>Shop</h1></main>' + tag));
    browser = await launchBrowser(device);
    const { page } = browser;
    await page.goto(server.url + '/targets.html');
    await radios(page).first().waitFor();
    const seen = [...(await heights(page))];
    await radios(page).nth(3).click();
    await page.locator('hearken-prompt ' + PARTS.contactConsent).click();
    await page.locator('hearken-prompt ' + PARTS.contactField).waitFor();
    seen.push(...(await heights(page)));
    await page.locator('hearken-prompt ' + PARTS.contactField).fill('jane@example.com');
    await page.locator('hearken-prompt ' + PARTS.send).click();
    await page.locator('hearken-prompt a').waitFor();
    seen.push(...(await heights(page)));

    expect(seen.filter(([name]) => /Price|Quality|contact|Email|Phone|Skip|Send|review/i.test(name)).length).toBeGreaterThanOrEqual(8);
    const contactRow = (name: string) => /you may contact|^(your )?(email|phone)/i.test(name);
    expect(seen.filter(([name, height]) => height < (contactRow(name) ? 24 : least))).toEqual([]);
    const close = await page.locator('hearken-prompt ' + PARTS.close).boundingBox();
    expect(Math.round(close!.height)).toBeGreaterThanOrEqual(32);
  });

  /** For each checkbox and radio of the open step: the pixels between its box and its label's text, on the text's side. */
  const gaps = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('hearken-prompt')!.shadowRoot!;
      return [...root.querySelectorAll('label > input')].map((input) => {
        const text = [...input.parentNode!.childNodes].find((n) => n.nodeType == 3 && n.textContent!.trim())!;
        const range = document.createRange();
        range.selectNodeContents(text);
        const box = input.getBoundingClientRect();
        const words = range.getBoundingClientRect();
        const rtl = getComputedStyle(input).direction == 'rtl';
        return [text.textContent!.trim(), Math.round(rtl ? box.left - words.right : words.left - box.right)] as const;
      });
    });

  it.each([
    ['left to right', 'en'],
    ['right to left', 'ar'],
  ])("%s, a checkbox's or radio's focus ring (2 px, 2 px out) stays off its label's text", async (_, locale) => {
    const tag = hearkenTag({ endpoint: '/collect', survey: 'nps', locale, reasons: 'Price; Quality', 'reasons-for': 'all', contact: 'email phone', 'contact-for': 'all', 'auto-close-ms': '60000' });
    server.page('/gaps.html', pageHtml('', '<main><h1>Shop</h1></main>' + tag));
    browser = await launchBrowser(DEVICES[0][1]);
    const { page } = browser;
    await page.goto(server.url + '/gaps.html');
    await radios(page).nth(3).click();
    await page.locator('hearken-prompt ' + PARTS.contactConsent).click();
    await page.locator('hearken-prompt ' + PARTS.contactField).waitFor();
    const seen = await gaps(page);
    // two reasons, the consent, two channels
    expect(seen.length).toBe(5);
    expect(seen.filter(([, gap]) => gap < 4)).toEqual([]);
  });
});
