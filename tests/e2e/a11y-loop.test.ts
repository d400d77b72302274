/**
 * axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) over the states issue 13 adds to the prompt — the reason chips
 * (some picked), the contact request (consent ticked, with its field; with an invalid address; for an
 * identified visitor) and the thank-you with the review link — in the light and the dark theme, left to
 * right (English) and right to left (Arabic): zero violations, each run having looked into the prompt. axe's
 * `color-contrast` leaves Arabic text out, so every text's contrast is also computed in the page
 * (harness/contrast.ts), in both languages.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { AXE_PATH, audit, freshStorage, hearkenTag, pageHtml, radios, type AxeSummary } from './pages/hostile/helpers';
import { PARTS, atRest } from './harness/prompt-parts';
import { inScript, textContrast, tooFaint, type TextContrast } from './harness/contrast';

const LOOP = {
  endpoint: '/collect',
  reasons: 'late=Delivery was late; Price; Product quality; Website; <b>Support</b>',
  contact: 'email phone',
  'review-url': 'https://reviews.example/northwind',
};

const VARIANTS = ['light', 'dark'].flatMap((theme) => ['en', 'ar'].map((locale) => ({ theme, locale })));

describeBrowser('accessibility audit of the follow-up and thank-you states (axe-core)', () => {
  const server = useTestServer();
  let browser: BrowserSession;

  beforeAll(async () => {
    for (const { theme, locale } of VARIANTS)
      for (const who of ['anonymous', 'identified'])
        server.page(
          `/a11y-loop/${theme}-${locale}-${who}.html`,
          pageHtml('', '<main><h1>Your order</h1></main>' + hearkenTag({ ...LOOP, theme, locale, ...(who == 'identified' && { 'user-id': 'u-42' }) })),
        );
    // a theme whose text colour is too faint on the card's white (2.4:1)
    server.page('/a11y-loop/faint-ar.html', pageHtml('<style>hearken-prompt{--hearken-fg:#a6a6a6}</style>', hearkenTag({ ...LOOP, locale: 'ar' })));
    browser = await launchBrowser();
    await browser.context.addInitScript(freshStorage);
  });
  afterAll(() => browser?.close());

  /** Opens the page and picks a detractor's score: at the follow-up step, axe loaded, the fade-in done. */
  async function atFollowUp(path: string) {
    const page = browser.page;
    await page.goto(server.url + path);
    await radios(page).first().waitFor();
    await page.addScriptTag({ path: AXE_PATH });
    await atRest(page.locator('hearken-prompt [role=dialog]'));
    await radios(page).nth(2).click();
    await page.locator('hearken-prompt fieldset').first().waitFor();
    return page;
  }

  /** axe's audit and the computed contrast of each text, at one state of the prompt. */
  const check = async (page: Page) => ({ axe: await audit(page), texts: await textContrast(page) });

  const expectClean = (results: Record<string, { axe: AxeSummary; texts: TextContrast[] }>, arabic = false) => {
    for (const [state, { axe, texts }] of Object.entries(results)) {
      expect(axe.violations, state).toEqual([]);
      // axe's color-contrast does not evaluate the Arabic text of the thank-you (it did the close button's × glyph,
      // now a drawn cross): the computed contrast below does
      const looked = state.startsWith('thank-you') ? (arabic ? ['link-name'] : ['color-contrast', 'link-name']) : ['color-contrast', 'label'];
      expect(axe.inPrompt, `${state}: axe looked into the prompt`).toEqual(expect.arrayContaining(looked));
      expect(tooFaint(texts), `${state}: text under its contrast`).toEqual([]);
      // the texts measured are the state's own, in the page's language
      expect(inScript(texts, arabic ? 'ar' : 'en').length, `${state}: texts measured`).toBeGreaterThanOrEqual(2);
    }
  };

  it('fits a 320 px wide phone (a bottom sheet): no control sticks out, nothing scrolls sideways', async () => {
    const page = browser.page;
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      for (const locale of ['en', 'ar']) {
        await atFollowUp(`/a11y-loop/light-${locale}-anonymous.html`);
        await page.locator(`hearken-prompt ${PARTS.contactConsent}`).check();
        await page.locator(`hearken-prompt ${PARTS.contactField}`).fill('ann@example');
        await page.locator(`hearken-prompt ${PARTS.send}`).click();
        await page.locator(`hearken-prompt ${PARTS.contactError}`).waitFor();
        const fit = await page.evaluate((error) => {
          const root = document.querySelector('hearken-prompt')!.shadowRoot!;
          const boxes = [...root.querySelectorAll(`input, label, button, textarea, legend, ${error}`)].map((e) => e.getBoundingClientRect());
          return { scrollWidth: document.documentElement.scrollWidth, outside: boxes.filter((b) => b.left < 0 || b.right > innerWidth).length, count: boxes.length };
        }, PARTS.contactError);
        expect(fit, locale).toEqual({ scrollWidth: 320, outside: 0, count: expect.any(Number) });
        expect(fit.count).toBeGreaterThan(10);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('the computed contrast finds Arabic text too faint where a theme makes it so', async () => {
    const page = await atFollowUp('/a11y-loop/faint-ar.html');
    const heading = (await page.locator(`hearken-prompt ${PARTS.heading}`).textContent())!;
    expect(heading).toMatch(/[\u0600-\u06ff]/);
    const faint = tooFaint(await textContrast(page));
    expect(faint.map((t) => t.text)).toContain(heading);
    expect(faint.find((t) => t.text == heading)).toMatchObject({ fg: '166,166,166', bg: '255,255,255', needed: 4.5 });
  });

  for (const { theme, locale } of VARIANTS) {
    it(`${theme}, ${locale}: reasons, contact, an invalid address, and the thank-you with the review link`, async () => {
      const page = await atFollowUp(`/a11y-loop/${theme}-${locale}-anonymous.html`);
      const results: Record<string, Awaited<ReturnType<typeof check>>> = {};
      const boxes = page.locator(`hearken-prompt ${PARTS.reasons} input`);
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      results.reasons = await check(page);
      await page.locator(`hearken-prompt ${PARTS.contactConsent}`).check();
      await page.locator(`hearken-prompt ${PARTS.contactField}`).fill('ann@example');
      results.contact = await check(page);
      await page.locator(`hearken-prompt ${PARTS.send}`).click();
      await page.locator(`hearken-prompt ${PARTS.contactError}`).waitFor();
      expect(await page.locator(`hearken-prompt ${PARTS.contactField}`).getAttribute('aria-invalid')).toBe('true');
      results['contact error'] = await check(page);
      await page.locator('hearken-prompt input[type=radio]').nth(1).check();
      await page.locator(`hearken-prompt ${PARTS.contactField}`).fill('+44 20 7946 0958');
      await page.locator(`hearken-prompt ${PARTS.send}`).click();
      await page.locator('hearken-prompt a').waitFor();
      results['thank-you with review link'] = await check(page);
      expectClean(results, locale == 'ar');
    });

    it(`${theme}, ${locale}: the contact request of an identified visitor`, async () => {
      const page = await atFollowUp(`/a11y-loop/${theme}-${locale}-identified.html`);
      await page.locator(`hearken-prompt ${PARTS.contactConsent}`).check();
      await page.locator(`hearken-prompt ${PARTS.contact} p`).nth(1).waitFor();
      expect(await page.locator(`hearken-prompt ${PARTS.contactField}`).count()).toBe(0);
      expectClean({ identified: await check(page) }, locale == 'ar');
    });
  }
});
