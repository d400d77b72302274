/**
 * Reflow (WCAG 1.4.10) and zoom: at 200 % zoom of a 1280×720 window (a 640×360 CSS-pixel viewport at
 * device scale 2) and on a 320-px-wide phone, nothing of any prompt is cut off at any step: every
 * radio and button lies fully within the viewport and within the dialog, and nothing in the prompt
 * scrolls sideways. German, whose texts run long, is checked too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession, type ContextOptions } from './harness/browser';
import { useTestServer } from './harness/server';
import { freshStorage, hearkenTag, pageHtml, radios } from './pages/hostile/helpers';
import { PARTS, atRest } from './harness/prompt-parts';

const PROMPTS = [
  { survey: 'nps', style: 'numbers', locale: 'en' },
  { survey: 'nps', style: 'numbers', locale: 'de' },
  { survey: 'csat', style: 'stars', locale: 'en' },
  { survey: 'csat', style: 'faces', locale: 'de' },
  { survey: 'ces', style: 'numbers', locale: 'de' },
];

const VIEWPORTS: Record<string, ContextOptions> = {
  '200 % zoom (640×360 at scale 2)': { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
  '320 px phone': { viewport: { width: 320, height: 568 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

/** What sticks out: controls outside the viewport or the dialog, and sideways scrolling inside the prompt. */
function cutOff(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('hearken-prompt')!.shadowRoot!;
    const dialog = root.querySelector('[role=dialog]')!;
    const d = dialog.getBoundingClientRect();
    const out: string[] = [];
    const within = (r: DOMRect, box: { left: number; top: number; right: number; bottom: number }) =>
      r.left >= box.left - 0.5 && r.top >= box.top - 0.5 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5;
    const view = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: innerHeight };
    for (const el of root.querySelectorAll('button, textarea, [role=radio]')) {
      const r = el.getBoundingClientRect();
      const name = el.getAttribute('aria-label') || el.textContent!.trim() || el.localName;
      if (!within(r, view)) out.push(`${name} outside the viewport: ${JSON.stringify(r)}`);
      if (!within(r, d)) out.push(`${name} outside the dialog: ${JSON.stringify(r)} vs ${JSON.stringify(d)}`);
    }
    for (const el of [dialog, ...dialog.querySelectorAll('*')])
      // (the visually hidden live region is a 1-px box by design)
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1 && getComputedStyle(el).overflowX != 'visible')
        out.push(`${el.localName}.${el.className} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    if (dialog.scrollWidth > dialog.clientWidth + 1) out.push(`the dialog overflows: ${dialog.scrollWidth} > ${dialog.clientWidth}`);
    return out;
  });
}

describeBrowser('accessibility: zoom and small screens', () => {
  const server = useTestServer();
  beforeAll(() => {
    for (const { survey, style, locale } of PROMPTS)
      server.page(
        `/zoom/${survey}-${style}-${locale}.html`,
        pageHtml('', '<main><h1>Order</h1></main>' + hearkenTag({ endpoint: '/collect', survey, style, locale, brand: 'Northwind Coffee Roasters', 'auto-close-ms': '60000' })),
      );
  });

  for (const [name, options] of Object.entries(VIEWPORTS))
    describe(name, () => {
      let browser: BrowserSession;
      beforeAll(async () => {
        browser = await launchBrowser(options);
        await browser.context.addInitScript(freshStorage);
      });
      afterAll(() => browser?.close());

      for (const { survey, style, locale } of PROMPTS)
        it(`${survey} (${style}, ${locale}): nothing cut off at the question, comment and thank-you steps`, async () => {
          const page = browser.page;
          await page.goto(server.url + `/zoom/${survey}-${style}-${locale}.html`);
          await radios(page).first().waitFor();
          await atRest(page.locator('hearken-prompt [role=dialog]'));
          expect(await cutOff(page), 'question step').toEqual([]);
          await radios(page).last().click();
          await page.locator('hearken-prompt textarea').waitFor();
          expect(await cutOff(page), 'comment step').toEqual([]);
          await page.locator(`hearken-prompt ${PARTS.send}`).click();
          await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
          expect(await cutOff(page), 'thank-you step').toEqual([]);
        });
    });
});
