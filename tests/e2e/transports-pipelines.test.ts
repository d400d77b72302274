/**
 * The segment and posthog transports in real Chromium, configured on the script tag only, posting to a fake data
 * plane on another origin: the vendor's request format, the write key, a retry after a 500 that had stored the
 * batch, each answer once at the data plane (dedup by the answer's id), and answers sent as the page is left (also
 * one given before any batch had been sent).
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { startDataPlane, type DataPlane } from './harness/data-plane';
import { useTestServer } from './harness/server';
import { answerByUi, fixturePage, madeIds, pending, recorder, until } from './delivery-helpers';

describeBrowser('pipeline transports', () => {
  const server = useTestServer();
  let plane: DataPlane;
  let browser: BrowserSession;
  // what the page fetched from the demo server, to see when dist/hearken-pipelines.js is loaded
  const fetched: string[] = [];

  beforeAll(async () => {
    plane = await startDataPlane();
    server.page('/segment.html', fixturePage({ transport: 'segment', 'write-key': 'wk_shop', endpoint: plane.url, 'event-name': 'NPS Answered' }));
    server.page('/posthog.html', fixturePage({ transport: 'posthog', 'write-key': 'phc_shop', endpoint: plane.url + '/', 'survey-id': 'svy-1' }));
    server.page('/fetch.html', fixturePage());
  });
  afterAll(() => plane?.close());
  beforeEach(async () => {
    plane.reset();
    fetched.length = 0;
    browser = await launchBrowser();
    await browser.context.addInitScript(recorder);
    browser.context.on('request', (request) => void fetched.push(new URL(request.url()).pathname));
  });
  afterEach(async () => {
    expect(browser.logs.filter((l) => l.type == 'pageerror' || (l.type == 'error' && l.text.startsWith('[hearken]')))).toEqual([]);
    await browser.close();
  });

  it('segment: a 500 after the batch was stored, then a retry; Segment-format track calls arrive once, with Basic auth', async () => {
    const { page } = browser;
    plane.next([500]);
    await page.goto(server.url + '/segment.html');
    expect(fetched).not.toContain('/dist/hearken-pipelines.js');
    await answerByUi(page, 2, 'late parcel');
    await until('the retry after the 500', () => plane.requests.length >= 2);
    await until('an empty outbox', async () => (await pending(page)) == 0);

    const [id] = await madeIds(page);
    expect(plane.requests.map((r) => [r.path, (r.body.batch || []).map((e) => e.messageId)])).toEqual([
      ['/v1/batch', [id]],
      ['/v1/batch', [id]],
    ]);
    expect(plane.requests[0].authorization).toBe('Basic ' + Buffer.from('wk_shop:').toString('base64'));
    expect(plane.requests[0].contentType).toBe('application/json');
    expect([...plane.stored.keys()]).toEqual([id]);
    expect(plane.stored.get(id)).toMatchObject({
      type: 'track',
      event: 'NPS Answered',
      messageId: id,
      anonymousId: expect.any(String),
      properties: { id, survey: 'nps', score: 2, segment: 'detractor', comment: 'late parcel' },
    });
    const track = plane.stored.get(id)!;
    expect(track.anonymousId).toBe((track.properties as { visitorId: string }).visitorId);
    expect(track.timestamp).toBe((track.properties as { answeredAt: string }).answeredAt);
    expect(fetched.filter((p) => p == '/dist/hearken-pipelines.js')).toHaveLength(1);
  });

  it('posthog: survey sent events with the survey id and the answer id as submission id, the key in the body', async () => {
    const { page } = browser;
    await page.goto(server.url + '/posthog.html');
    await answerByUi(page, 10, 'great');
    await answerByUi(page, 7);
    await plane.waitForEvents(2);
    await until('an empty outbox', async () => (await pending(page)) == 0);

    const ids = await madeIds(page);
    expect(plane.requests.every((r) => r.path == '/batch/' && r.body.api_key == 'phc_shop' && !r.authorization)).toBe(true);
    expect([...plane.stored.keys()].sort()).toEqual([...ids].sort());
    expect(plane.stored.get(ids[0]!)).toMatchObject({
      event: 'survey sent',
      properties: { $survey_id: 'svy-1', $survey_submission_id: ids[0], $survey_completed: true, $survey_response: '10', $survey_response_1: 'great' },
    });
  });

  it('segment: an answer sent as the page is left gets there (keepalive fetch, with its CORS preflight)', async () => {
    const { page } = browser;
    // backoff jitter at its top: the retry after a failure would come some 2 s later, long after the page is left
    await page.addInitScript(() => void (Math.random = () => 0.99));
    await page.goto(server.url + '/segment.html');
    // the transport is loaded already, as on a page that delivered an answer before
    await answerByUi(page, 6, 'first');
    await plane.waitForEvents(1);
    plane.next([503]); // the flush on Send fails: the answer waits for the page exit
    await answerByUi(page, 1, 'leaving');
    await until('the failed flush', () => plane.requests.length >= 2);
    await page.goto('about:blank');
    await plane.waitForEvents(2);
    // sent by the page exit: the page's own retry never came
    expect(plane.requests.length).toBe(3);
    expect([...plane.stored.values()].map((e) => (e.properties as { comment: string }).comment)).toEqual(['first', 'leaving']);
  });

  it('segment: an answer the page is left with, before any batch, gets there: the transport came with the prompt', async () => {
    const { page } = browser;
    await page.goto(server.url + '/segment.html');
    await page.evaluate(() => {
      const el = document.createElement('div');
      el.id = 'leaving';
      document.getElementById('slots')!.append(el);
      (window as unknown as { Hearken: { show(s: string, o: object): void } }).Hearken.show('nps', { target: el });
    });
    const prompt = page.locator('#leaving hearken-prompt');
    await prompt.locator('[role=radio]').nth(4).click();
    await prompt.locator('textarea').waitFor(); // the score picked, its comment step open: nothing sent yet
    // loaded with the delivery, not at a first batch: a page being left can load no script
    await page.waitForFunction(() => '__hearkenPipelines' in window);
    expect(plane.requests).toEqual([]);
    await page.goto('about:blank');
    await plane.waitForEvents(1);
    expect([...plane.stored.values()].map((e) => (e.properties as { score: number }).score)).toEqual([4]);
    expect(fetched.filter((p) => p == '/dist/hearken-pipelines.js')).toHaveLength(1);
  });

  it('a page on the default transport never loads the pipeline transports', async () => {
    const { page } = browser;
    await page.goto(server.url + '/fetch.html');
    await answerByUi(page, 9);
    await server.waitForAnswers(1);
    expect(fetched).toContain('/dist/hearken-prompt.js');
    expect(fetched).not.toContain('/dist/hearken-pipelines.js');
    expect(plane.requests).toEqual([]);
  });
});
