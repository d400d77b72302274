/**
 * Keyboard-only use and what a screen reader is told. Each prompt (NPS, CSAT as numbers, stars and
 * faces, CES) is answered with the keyboard alone: Tab into the radio group, arrows / Home / End, Enter
 * picks, type a comment, Tab to Send, Enter, the thank-you, Escape closes and focus goes back to the
 * page. The names come from Chromium's accessibility tree (CDP `Accessibility.getFullAXTree`): the
 * dialog is named by its question, the radios "N of M", the close button "Close", the comment box by
 * its follow-up question.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { freshStorage, hearkenTag, pageHtml, radios, waitForAnswer } from './pages/hostile/helpers';
import { PARTS } from './harness/prompt-parts';

const PROMPTS = [
  { survey: 'nps', style: 'numbers', min: 0, max: 10, low: 'Not at all likely', high: 'Extremely likely', question: 'How likely are you to recommend Northwind to a friend or colleague?' },
  { survey: 'csat', style: 'numbers', min: 1, max: 5, low: 'Very dissatisfied', high: 'Very satisfied', question: 'How satisfied are you with your experience?' },
  { survey: 'csat', style: 'stars', min: 1, max: 5, low: 'Very dissatisfied', high: 'Very satisfied', question: 'How satisfied are you with your experience?' },
  { survey: 'csat', style: 'faces', min: 1, max: 5, low: 'Very dissatisfied', high: 'Very satisfied', question: 'How satisfied are you with your experience?' },
  { survey: 'ces', style: 'numbers', min: 1, max: 7, low: 'Strongly disagree', high: 'Strongly agree', question: 'Northwind made it easy for me to get what I needed.' },
];

/** The element that has the focus, through open shadow roots. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el && el != document.body ? { tag: el.localName, id: el.id, role: el.getAttribute('role'), name: el.getAttribute('aria-label') || el.textContent!.trim() } : null;
  });
}

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  ignored?: boolean;
}

/** Roles and names of the accessibility tree's nodes that are not ignored. */
async function axTree(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
    return nodes.filter((n) => !n.ignored && n.role).map((n) => ({ role: n.role!.value, name: (n.name && n.name.value) || '' }));
  } finally {
    await cdp.detach();
  }
}

describeBrowser('accessibility: keyboard and screen-reader names', () => {
  const server = useTestServer();
  let browser: BrowserSession;

  beforeAll(async () => {
    for (const { survey, style } of PROMPTS)
      server.page(
        `/keys/${survey}-${style}.html`,
        pageHtml('', '<main><h1>Order</h1><button id="page-button" type="button">Track order</button></main>' + hearkenTag({ endpoint: '/collect', survey, style, brand: 'Northwind', 'auto-close-ms': '60000' })),
      );
    browser = await launchBrowser();
    await browser.context.addInitScript(freshStorage);
  });
  afterAll(() => browser?.close());

  for (const p of PROMPTS) {
    const n = p.max - p.min + 1;
    const names = Array.from({ length: n }, (_, i) => `${p.min + i} of ${p.max}` + (i == 0 ? ', ' + p.low : i == n - 1 ? ', ' + p.high : ''));

    it(`${p.survey} (${p.style}): answered with the keyboard alone, named for screen readers at each step`, async () => {
      const page = browser.page;
      await page.goto(server.url + `/keys/${p.survey}-${p.style}.html`);
      await radios(page).first().waitFor();
      // shown without taking the focus
      expect(await focused(page)).toBeNull();

      const tree = await axTree(page);
      expect(tree).toContainEqual({ role: 'dialog', name: p.question });
      expect(tree.filter((x) => x.role == 'radio').map((x) => x.name)).toEqual(names);
      expect(tree).toContainEqual({ role: 'radiogroup', name: p.question });
      expect(tree).toContainEqual({ role: 'button', name: 'Close' });

      // Tab from the page's own button into the prompt: the close button, then the group's one tab stop.
      await page.focus('#page-button');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Close' });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ role: 'radio', name: names[0] });
      await page.keyboard.press('End');
      expect(await focused(page)).toMatchObject({ name: names[n - 1] });
      await page.keyboard.press('ArrowRight'); // wraps
      expect(await focused(page)).toMatchObject({ name: names[0] });
      await page.keyboard.press('ArrowLeft'); // wraps back
      await page.keyboard.press('Home');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      expect(await focused(page)).toMatchObject({ role: 'radio', name: names[3] });
      await page.keyboard.press('Enter');

      // the comment step: the box has the focus and is named by the follow-up question
      await page.locator('hearken-prompt textarea').waitFor();
      const followUp = (await page.locator(`hearken-prompt ${PARTS.heading}`).textContent())!;
      expect(await focused(page)).toMatchObject({ tag: 'textarea' });
      const commentTree = await axTree(page);
      expect(commentTree).toContainEqual({ role: 'textbox', name: followUp });
      expect(commentTree).toContainEqual({ role: 'dialog', name: followUp });
      expect(commentTree).toContainEqual({ role: 'button', name: 'Close' });
      const comment = `typed ${p.survey} ${p.style}`;
      await page.keyboard.type(comment);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ name: 'Skip' });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ name: 'Send' });
      await page.keyboard.press('Enter');

      // the thank-you: focus stays in the prompt (on Close), announced as the dialog's name
      await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
      expect(await focused(page)).toMatchObject({ name: 'Close' });
      expect(await axTree(page)).toContainEqual({ role: 'dialog', name: 'Thank you!' });
      await page.keyboard.press('Escape');
      await page.locator('hearken-prompt').waitFor({ state: 'detached' });
      expect(await focused(page)).toMatchObject({ id: 'page-button' });

      const stored = await waitForAnswer(server, (a) => a.comment == comment);
      expect(stored).toMatchObject({ survey: p.survey, score: p.min + 3 });
    });
  }

  it('closes with Escape at the question step, giving the focus back to the page', async () => {
    const page = browser.page;
    await page.goto(server.url + '/keys/nps-numbers.html');
    await radios(page).first().waitFor();
    await page.focus('#page-button');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ role: 'radio' });
    await page.keyboard.press('Escape');
    await page.locator('hearken-prompt').waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ id: 'page-button' });
  });
});
