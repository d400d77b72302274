/**
 * The bench's "question step alone" row (tests/bench/question-alone.mjs) in real Chromium: its bootstrap, which
 * repeats the UI kit's global and the prompt model's fields, still draws the NPS question from hearken-ui.js and
 * locales/en.js alone — so the row measures the question, not an error, and the bench does not stop on it.
 */
import { expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { useFreshOriginBrowser } from './pages/widget';
import { hostPage, PROMPT_VISIBLE } from '../bench/pages.mjs';
import { QUESTION_ALONE, QUESTION_ALONE_CODE } from '../bench/question-alone.mjs';

describeBrowser("the bench's question step alone, in Chromium", () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server);

  it('draws the NPS question in English from hearken-ui.js and locales/en.js, each once, and nothing else of hearken until it is on screen', async () => {
    const page = suite.browser.page;
    server.page(QUESTION_ALONE.path, QUESTION_ALONE_CODE, { 'Content-Type': 'text/javascript' });
    server.page('/bench/question-alone.html', hostPage({ src: QUESTION_ALONE.path }, PROMPT_VISIBLE));
    await page.goto(server.url + '/bench/question-alone.html');
    await page.locator('hearken-prompt [role=radio]').first().waitFor();
    expect(await page.locator('hearken-prompt [role=radio]').count()).toBe(11);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __bench: { done: boolean } }).__bench.done)).toBe(true);
    expect(await page.locator('hearken-prompt [role=dialog]').textContent()).toContain('How likely are you to recommend us to a friend or colleague?');
    // until the question was on screen (the steps after the score come after it, as on hearken's own path)
    const files = await page.evaluate(() =>
      (window as unknown as { __bench: { resources: string[] } }).__bench.resources.map((url) => new URL(url).pathname).filter((p) => p.startsWith('/dist/')),
    );
    expect(files.sort()).toEqual(['/dist/hearken-ui.js', '/dist/locales/en.js']);
    expect(suite.browser.logs.slice(suite.logStart).filter((l) => l.type == 'error' || l.type == 'pageerror')).toEqual([]);
  });
});
