/**
 * axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA rules) over every step of every prompt — NPS, CSAT drawn as
 * numbers, stars and faces, CES — in the light and the dark theme: zero violations. axe runs on the
 * document and descends into the prompt's open shadow root; each run is checked to have looked at the
 * prompt's own nodes. The prompts with words at the scale's ends are audited in Arabic too (right to left); axe's
 * `color-contrast` leaves Arabic text out, so every text's contrast is also computed in the page
 * (harness/contrast.ts), in both languages.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { AXE_PATH, audit, freshStorage, hearkenTag, pageHtml, radios, type AxeSummary } from './pages/hostile/helpers';
import { PARTS, atRest } from './harness/prompt-parts';
import { inScript, textContrast, tooFaint, type TextContrast } from './harness/contrast';

const PROMPTS = [
  { survey: 'nps', style: 'numbers' },
  { survey: 'csat', style: 'numbers' },
  { survey: 'csat', style: 'stars' },
  { survey: 'csat', style: 'faces' },
  { survey: 'ces', style: 'numbers' },
].flatMap((prompt) => [{ ...prompt, locale: 'en' }, ...(prompt.style == 'numbers' ? [{ ...prompt, locale: 'ar' }] : [])]);

describeBrowser('accessibility audit (axe-core)', () => {
  const server = useTestServer();
  let browser: BrowserSession;

  beforeAll(async () => {
    for (const { survey, style, locale } of PROMPTS)
      for (const theme of ['light', 'dark'])
        server.page(
          `/a11y/${survey}-${style}-${theme}-${locale}.html`,
          pageHtml('', '<main><h1>Your order</h1><p>Thank you for shopping with us.</p></main>' + hearkenTag({ endpoint: '/collect', survey, style, theme, locale, 'auto-close-ms': '60000' })),
        );
    browser = await launchBrowser();
    await browser.context.addInitScript(freshStorage);
  });
  afterAll(() => browser?.close());

  for (const { survey, style, locale } of PROMPTS)
    for (const theme of ['light', 'dark'])
      it(`${survey} (${style}, ${theme}, ${locale}): no violations at the question, comment and thank-you steps`, async () => {
        const page = browser.page;
        await page.goto(server.url + `/a11y/${survey}-${style}-${theme}-${locale}.html`);
        await radios(page).first().waitFor();
        await page.addScriptTag({ path: AXE_PATH });
        // the opening animation fades in: audit the colours it ends with
        await atRest(page.locator('hearken-prompt [role=dialog]'));

        const results: Record<string, AxeSummary> = {};
        const texts: Record<string, TextContrast[]> = {};
        const check = async (step: string) => ((results[step] = await audit(page)), (texts[step] = await textContrast(page)));
        await check('question');
        await radios(page).nth(1).click();
        await page.locator('hearken-prompt textarea').fill('Fine.');
        await check('comment');
        await page.locator(`hearken-prompt ${PARTS.send}`).click();
        await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
        await check('thanks');

        for (const [step, r] of Object.entries(results)) {
          expect(r.violations, `${step} step`).toEqual([]);
          // in Arabic, axe's color-contrast finds only the scale's digits to check (the computed contrast checks the rest)
          const looked = locale == 'ar' && step != 'question' ? ['aria-allowed-attr'] : ['color-contrast', 'aria-allowed-attr'];
          expect(r.inPrompt, `${step} step: axe looked into the prompt`).toEqual(expect.arrayContaining(looked));
          expect(tooFaint(texts[step]!), `${step} step: text under its contrast`).toEqual([]);
          // the texts measured are the step's own, in the page's language
          expect(inScript(texts[step]!, locale).length, `${step} step: texts measured`).toBeGreaterThanOrEqual(1);
        }
        expect(results.question!.inPrompt).toEqual(expect.arrayContaining(['aria-required-attr', 'button-name', 'target-size', 'nested-interactive']));
        expect(results.comment!.inPrompt).toEqual(expect.arrayContaining(['label']));
      });
});
