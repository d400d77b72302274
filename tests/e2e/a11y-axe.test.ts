/**
 * axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA rules) over every step of every prompt — NPS, CSAT drawn as
 * numbers, stars and faces, CES — in the light and the dark theme: zero violations. axe runs on the
 * document and descends into the prompt's open shadow root; each run is checked to have looked at the
 * prompt's own nodes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { AXE_PATH, freshStorage, hearkenTag, pageHtml, radios } from './pages/hostile/helpers';

const PROMPTS = [
  { survey: 'nps', style: 'numbers' },
  { survey: 'csat', style: 'numbers' },
  { survey: 'csat', style: 'stars' },
  { survey: 'csat', style: 'faces' },
  { survey: 'ces', style: 'numbers' },
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeSummary {
  violations: { id: string; help: string; targets: unknown[] }[];
  /** Rules that checked at least one node inside the prompt. */
  inPrompt: string[];
}

/** Runs axe over the whole document (the prompt's shadow root included). */
function audit(page: Page): Promise<AxeSummary> {
  return page.evaluate(async (tags) => {
    type Node = { target: unknown[] };
    type Result = { id: string; help: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
    const inside = (n: Node) => JSON.stringify(n.target).indexOf('hearken-prompt') >= 0;
    return {
      violations: r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target) })),
      inPrompt: [...r.violations, ...r.passes].filter((x) => x.nodes.some(inside)).map((x) => x.id),
    };
  }, TAGS);
}

describeBrowser('accessibility audit (axe-core)', () => {
  const server = useTestServer();
  let browser: BrowserSession;

  beforeAll(async () => {
    for (const { survey, style } of PROMPTS)
      for (const theme of ['light', 'dark'])
        server.page(
          `/a11y/${survey}-${style}-${theme}.html`,
          pageHtml('', '<main><h1>Your order</h1><p>Thank you for shopping with us.</p></main>' + hearkenTag({ endpoint: '/collect', survey, style, theme, 'auto-close-ms': '60000' })),
        );
    browser = await launchBrowser();
    await browser.context.addInitScript(freshStorage);
  });
  afterAll(() => browser?.close());

  for (const { survey, style } of PROMPTS)
    for (const theme of ['light', 'dark'])
      it(`${survey} (${style}, ${theme}): no violations at the question, comment and thank-you steps`, async () => {
        const page = browser.page;
        await page.goto(server.url + `/a11y/${survey}-${style}-${theme}.html`);
        await radios(page).first().waitFor();
        await page.addScriptTag({ path: AXE_PATH });
        // the opening animation fades in: audit the colours it ends with
        await page.locator('hearken-prompt [role=dialog]').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));

        const results: Record<string, AxeSummary> = {};
        results.question = await audit(page);
        await radios(page).nth(1).click();
        await page.locator('hearken-prompt textarea').fill('Fine.');
        results.comment = await audit(page);
        await page.locator('hearken-prompt .r button.p').click();
        await page.locator('hearken-prompt p.d').waitFor();
        results.thanks = await audit(page);

        for (const [step, r] of Object.entries(results)) {
          expect(r.violations, `${step} step`).toEqual([]);
          expect(r.inPrompt, `${step} step: axe looked into the prompt`).toEqual(expect.arrayContaining(['color-contrast', 'aria-allowed-attr']));
        }
        expect(results.question!.inPrompt).toEqual(expect.arrayContaining(['aria-required-attr', 'button-name', 'target-size', 'nested-interactive']));
        expect(results.comment!.inPrompt).toEqual(expect.arrayContaining(['label']));
      });
});
