/**
 * The bench's "question step alone" row (tests/bench/question-alone.mjs) in real Chromium: its bootstrap, which
 * repeats the UI kit's global and the prompt model's fields, still draws the NPS question from hearken-ui.js and
 * locales/en.js alone — so the row measures the question, not an error, and the bench does not stop on it. And its
 * "question markup alone" row: the dialog read from that page and set by one script is the same dialog, drawn the
 * same, with nothing of hearken fetched.
 */
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { atRest } from './harness/prompt-parts';
import { useFreshOriginBrowser } from './pages/widget';
import { hostPage, PROMPT_VISIBLE, SCRIPT_HEADERS } from '../bench/pages.mjs';
import { QUESTION_ALONE, QUESTION_ALONE_CODE, QUESTION_MARKUP, captureQuestion, questionMarkupCode } from '../bench/question-alone.mjs';

describeBrowser("the bench's question step alone, in Chromium", () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server);
  beforeEach(() => {
    server.page(QUESTION_ALONE.path, QUESTION_ALONE_CODE, SCRIPT_HEADERS);
    server.page('/bench/question-alone.html', hostPage({ src: QUESTION_ALONE.path }, PROMPT_VISIBLE));
  });
  /** The bench probe's `done`, once the page is measured, and the paths of what the page fetched until then. */
  const probed = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { done: boolean } }).__bench.done);
  const fetched = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { resources: string[] } }).__bench.resources.map((url) => new URL(url).pathname));

  it('draws the NPS question in English from hearken-ui.js and locales/en.js, each once, and nothing else of hearken until it is on screen', async () => {
    const page = suite.browser.page;
    await page.goto(server.url + '/bench/question-alone.html');
    await page.locator('hearken-prompt [role=radio]').first().waitFor();
    expect(await page.locator('hearken-prompt [role=radio]').count()).toBe(11);
    await expect.poll(() => probed(page)).toBe(true);
    expect(await page.locator('hearken-prompt [role=dialog]').textContent()).toContain('How likely are you to recommend us to a friend or colleague?');
    // until the question was on screen (the steps after the score come after it, as on hearken's own path)
    const files = (await fetched(page)).filter((p) => p.startsWith('/dist/'));
    expect(files.sort()).toEqual(['/dist/hearken-ui.js', '/dist/locales/en.js']);
    expect(suite.browser.logs.slice(suite.logStart).filter((l) => l.type == 'error' || l.type == 'pageerror')).toEqual([]);
  });

  it("its markup alone, set by one script, is the same dialog at the same place and size, with no hearken file fetched", async () => {
    const page = suite.browser.page;
    server.page('/bench/question-markup.html', hostPage({ src: QUESTION_MARKUP.path }, PROMPT_VISIBLE));
    const drawn = async () => {
      const dialog = page.locator('hearken-prompt [role=dialog]');
      await dialog.waitFor();
      // once its entrance has played; its text without the live region, which says the question again after it shows
      await atRest(dialog);
      return {
        box: await dialog.boundingBox(),
        text: await dialog.evaluate((el) => {
          const copy = el.cloneNode(true) as Element;
          copy.querySelectorAll('[aria-live]').forEach((live) => live.remove());
          return copy.textContent;
        }),
        radios: await page.locator('hearken-prompt [role=radio]').count(),
        accent: await page.locator('hearken-prompt [role=radio]').first().evaluate((el) => getComputedStyle(el).borderTopColor),
      };
    };
    await page.goto(server.url + '/bench/question-alone.html');
    const capture = await captureQuestion(page);
    const asDrawn = await drawn();
    server.page(QUESTION_MARKUP.path, questionMarkupCode(capture), SCRIPT_HEADERS);
    await page.goto(server.url + '/bench/question-markup.html');
    const asSet = await drawn();
    expect(asSet).toEqual(asDrawn);
    expect(asSet.radios).toBe(11);
    await expect.poll(() => probed(page)).toBe(true);
    const files = await fetched(page);
    expect(files.filter((p) => p.startsWith('/dist/'))).toEqual([]);
    expect(suite.browser.logs.slice(suite.logStart).filter((l) => l.type == 'error' || l.type == 'pageerror')).toEqual([]);
  });
});
