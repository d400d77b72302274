/**
 * axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) over the states issue 13 adds to the prompt — the reason chips
 * (some picked), the contact request (consent ticked, with its field; with an invalid address; for an
 * identified visitor) and the thank-you with the review link — in the light and the dark theme, left to
 * right (English) and right to left (Arabic): zero violations, each run having looked into the prompt.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { AXE_PATH, freshStorage, hearkenTag, pageHtml, radios } from './pages/hostile/helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LOOP = {
  endpoint: '/collect',
  reasons: 'late=Delivery was late; Price; Product quality; Website; <b>Support</b>',
  contact: 'email phone',
  'review-url': 'https://reviews.example/northwind',
};

interface AxeSummary {
  violations: { id: string; help: string; targets: unknown[] }[];
  inPrompt: string[];
}

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
    await page.locator('hearken-prompt [role=dialog]').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    await radios(page).nth(2).click();
    await page.locator('hearken-prompt fieldset').first().waitFor();
    return page;
  }

  const expectClean = (results: Record<string, AxeSummary>) => {
    for (const [state, r] of Object.entries(results)) {
      expect(r.violations, state).toEqual([]);
      const looked = state.startsWith('thank-you') ? ['color-contrast', 'link-name'] : ['color-contrast', 'label'];
      expect(r.inPrompt, `${state}: axe looked into the prompt`).toEqual(expect.arrayContaining(looked));
    }
  };

  for (const { theme, locale } of VARIANTS) {
    it(`${theme}, ${locale}: reasons, contact, an invalid address, and the thank-you with the review link`, async () => {
      const page = await atFollowUp(`/a11y-loop/${theme}-${locale}-anonymous.html`);
      const results: Record<string, AxeSummary> = {};
      const boxes = page.locator('hearken-prompt .g input');
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      results.reasons = await audit(page);
      await page.locator('hearken-prompt .k input[type=checkbox]').check();
      await page.locator('hearken-prompt #kv').fill('ann@example');
      results.contact = await audit(page);
      await page.locator('hearken-prompt .r button.p').click();
      await page.locator('hearken-prompt #ke').waitFor();
      expect(await page.locator('hearken-prompt #kv').getAttribute('aria-invalid')).toBe('true');
      results['contact error'] = await audit(page);
      await page.locator('hearken-prompt input[type=radio]').nth(1).check();
      await page.locator('hearken-prompt #kv').fill('+44 20 7946 0958');
      await page.locator('hearken-prompt .r button.p').click();
      await page.locator('hearken-prompt a').waitFor();
      results['thank-you with review link'] = await audit(page);
      expectClean(results);
    });

    it(`${theme}, ${locale}: the contact request of an identified visitor`, async () => {
      const page = await atFollowUp(`/a11y-loop/${theme}-${locale}-identified.html`);
      await page.locator('hearken-prompt .k input[type=checkbox]').check();
      await page.locator('hearken-prompt .k p.h').nth(1).waitFor();
      expect(await page.locator('hearken-prompt #kv').count()).toBe(0);
      expectClean({ identified: await audit(page) });
    });
  }
});
