/**
 * The prompt on pages styled by real third-party CSS (Bootstrap 5, Tailwind's preflight) and by a
 * deliberately hostile sheet (`* { all: unset }`, hidden buttons, maximal z-index everywhere, a huge
 * root font, RTL body, clashing custom properties): it looks the same as on a plain page (pixel
 * comparison of the dialog's screenshots: NPS at the question, comment and thank-you steps on each page,
 * CSAT drawn as faces and CES at their question step on the page with every sheet), it works (a click picks, the answer is delivered), and the
 * host page's computed styles are unchanged by it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { answer, compareShots, computedStyles, dialog, freshStorage, hearkenTag, pageHtml, problems, radios, serveVendor, shoot, styleChanges, waitForAnswer, type Shot } from './pages/hostile/helpers';
import { PARTS } from './harness/prompt-parts';

const TAG = hearkenTag({ endpoint: '/collect', trigger: 'manual', theme: 'light', brand: 'Northwind', 'auto-close-ms': '60000' });

const CONTENT = `
<nav class="navbar bg-body-tertiary"><div class="container"><a class="navbar-brand" href="#">Northwind</a></div></nav>
<main class="container py-4">
  <h1 class="display-5">Coffee</h1>
  <p class="lead">Fresh beans, roasted weekly.</p>
  <form><input class="form-control" placeholder="Email"> <button type="button" class="btn btn-primary">Subscribe</button></form>
  <div class="card"><div class="card-body">A card</div></div>
</main>
<div class="footer-bar">Cookies? <a href="#">OK</a></div>`;

const SELECTORS = ['html', 'body', 'nav', 'main', 'h1', 'p', 'a', 'input', 'button', '.card', '.footer-bar'];

/** Hostile pages: their stylesheets (served by serveVendor). */
const PAGES: Record<string, string[]> = {
  bootstrap: ['/vendor/bootstrap.css'],
  tailwind: ['/vendor/preflight.css'],
  hostile: ['/vendor/hostile.css'],
  'all three': ['/vendor/bootstrap.css', '/vendor/preflight.css', '/vendor/hostile.css'],
};

const links = (sheets: string[]) => sheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('');

describeBrowser('hostile CSS', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  // Screenshots of the dialog on the plain page, per step.
  const plain: Record<string, Shot> = {};
  const open = async (path: string) => {
    const page = browser.page;
    await page.goto(server.url + path);
    await page.waitForFunction(() => 'Hearken' in window);
    return page;
  };
  const show = async (page: Page, survey = 'nps', overrides = {}) => {
    await page.evaluate(
      ([survey, overrides]) => (window as unknown as { Hearken: { show(s: string, o: object): void } }).Hearken.show(survey as string, overrides as object),
      [survey, overrides] as const,
    );
    await radios(page).first().waitFor();
  };
  /** Expects the dialog to look as on the plain page at `step`. */
  const differ = async (page: Page, step: string) => {
    const diff = await compareShots(page, plain[step]!, await shoot(page, dialog(page)));
    expect(diff.sizes[1], `${step} step size`).toEqual(diff.sizes[0]);
    // identical but for a few anti-aliased pixels
    expect(diff.differing, `${step} step: pixels differing from the plain page`).toBeLessThanOrEqual(diff.compared * 0.001);
  };
  // The other looks of the scale, each shot at its question step on a page view of its own (one prompt per page view).
  // [step, survey, show() overrides, options, faces drawn]
  const OTHERS: [string, string, Record<string, string>, number, number][] = [
    ['csat faces', 'csat', { style: 'faces' }, 5, 5],
    ['ces', 'ces', {}, 7, 0],
  ];

  beforeAll(async () => {
    serveVendor(server);
    server.page('/plain.html', pageHtml('', CONTENT + TAG));
    for (const [name, sheets] of Object.entries(PAGES)) server.page(`/${name.replace(/ /g, '-')}.html`, pageHtml(links(sheets), CONTENT + TAG));
    browser = await launchBrowser({ viewport: { width: 1024, height: 720 } });
    await browser.context.addInitScript(freshStorage);

    const page = await open('/plain.html');
    await show(page);
    plain.question = await shoot(page, dialog(page));
    await radios(page).nth(9).click();
    await page.locator('hearken-prompt textarea').waitFor();
    plain.comment = await shoot(page, dialog(page));
    await page.locator(`hearken-prompt ${PARTS.send}`).click();
    await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
    plain.thanks = await shoot(page, dialog(page));
    for (const [step, survey, overrides] of OTHERS) {
      await show(await open('/plain.html'), survey, overrides);
      plain[step] = await shoot(page, dialog(page));
    }
  });
  afterAll(() => browser?.close());

  for (const [name, sheets] of Object.entries(PAGES)) {
    it(`looks and works the same on a page with ${name === 'all three' ? 'Bootstrap, preflight and the hostile sheet' : sheets[0]}`, async () => {
      const page = await open(`/${name.replace(/ /g, '-')}.html`);
      const before = await computedStyles(page, SELECTORS);
      await show(page);
      expect(styleChanges(before, await computedStyles(page, SELECTORS))).toEqual([]);

      // Looks the same: the question step, then the comment step after a real click on "9", then the thank-you.
      await differ(page, 'question');
      await radios(page).nth(9).click();
      await page.locator('hearken-prompt textarea').waitFor();
      await differ(page, 'comment');
      expect(styleChanges(before, await computedStyles(page, SELECTORS))).toEqual([]);

      // Works: the comment is sent and stored.
      const comment = 'still readable on ' + name;
      await page.locator('hearken-prompt textarea').fill(comment);
      await page.locator(`hearken-prompt ${PARTS.send}`).click();
      await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
      await differ(page, 'thanks');
      const stored = await waitForAnswer(server, (a) => a.comment == comment);
      expect(stored).toMatchObject({ survey: 'nps', score: 9, question: 'How likely are you to recommend Northwind to a friend or colleague?' });
      expect(styleChanges(before, await computedStyles(page, SELECTORS))).toEqual([]);
      expect(problems(browser.logs)).toEqual([]);
    });
  }

  // On the page with every sheet only, to keep the run short: the scales differ by a few rules of the prompt's own sheet.
  it.each(OTHERS)(
    '%s looks the same at its question step on a page with Bootstrap, preflight and the hostile sheet',
    async (step, survey, overrides, options, faces) => {
      const page = await open('/all-three.html');
      const before = await computedStyles(page, SELECTORS);
      await show(page, survey, overrides);
      expect([await radios(page).count(), await page.locator('hearken-prompt [role=radio] svg').count()]).toEqual([options, faces]);
      await differ(page, step);
      expect(styleChanges(before, await computedStyles(page, SELECTORS))).toEqual([]);
      expect(problems(browser.logs)).toEqual([]);
    },
  );

  it('keeps the prompt above a page overlay of maximal z-index, clickable at each option', async () => {
    const page = await open('/hostile.html');
    await show(page);
    // at rest: the prompt moves above the page's bottom bar in the frame that first shows it
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // the page's fixed footer bar (z-index 2147483647) lies under the prompt, not over it
    for (const i of [0, 5, 10]) {
      const box = (await radios(page).nth(i).boundingBox())!;
      const hit = await page.evaluate(
        ([x, y]) => {
          const top = document.elementFromPoint(x!, y!);
          return top && top.shadowRoot ? top.shadowRoot.elementFromPoint(x!, y!)?.getAttribute('role') : top?.className;
        },
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit).toBe('radio');
    }
    await answer(page, 0);
  });
});
