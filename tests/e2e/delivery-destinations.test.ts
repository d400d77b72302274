/**
 * Two widgets of one page with different destinations, in real Chromium: the script tag's NPS posts to the shop's
 * collector, a `<hearken-survey>` sends its CSAT to a data plane through the segment transport. They share the
 * origin's one outbox (IndexedDB). With the data plane failing, the tag's delivery sent the element's answer to the
 * shop's collector along with its own (found by the framework developer audit): each answer must reach only the
 * destination of the widget that asked it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { startDataPlane, type DataPlane } from './harness/data-plane';
import { PARTS } from './harness/prompt-parts';
import { useTestServer } from './harness/server';
import { answerByUi, fixturePage, pending, recorder, until } from './delivery-helpers';

describeBrowser('delivery to each widget\'s own destination', () => {
  const server = useTestServer();
  let plane: DataPlane;
  let browser: BrowserSession;

  beforeAll(async () => {
    plane = await startDataPlane();
    const element = `<hearken-survey survey="csat" transport="segment" write-key="wk_support" endpoint="${plane.url}" touchpoint="support"></hearken-survey>`;
    server.page('/two.html', fixturePage().replace('<main id="slots"></main>', `<main id="slots"></main>${element}`));
  });
  afterAll(() => plane?.close());
  beforeEach(async () => {
    plane.reset();
    browser = await launchBrowser();
    await browser.context.addInitScript(recorder);
  });
  afterEach(() => browser.close());

  it('sends the tag\'s answer to the collector only, and the element\'s to the data plane once it is back', async () => {
    const { page } = browser;
    plane.next([500, 500]);
    await page.goto(server.url + '/two.html');
    const csat = page.locator('hearken-survey hearken-prompt');
    await csat.locator('[role=radio]').nth(1).click();
    await csat.locator(PARTS.send).click();
    await until('the data plane refused the CSAT', () => plane.requests.length >= 1);

    await answerByUi(page, 9);
    const [nps] = await server.waitForAnswers(1);
    await until('the CSAT at the data plane', () => plane.requests.length >= 3);
    await until('an empty outbox', async () => (await pending(page)) == 0);

    expect(server.answers().map((answer) => [answer.id, answer.survey, answer.score])).toEqual([[nps!.id, 'nps', 9]]);
    const events = [...plane.stored.values()].map((event) => (event.properties as { survey: string; touchpoint: string }));
    expect(events.map((properties) => [properties.survey, properties.touchpoint])).toEqual([['csat', 'support']]);
  });
});
