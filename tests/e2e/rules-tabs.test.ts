/**
 * Two tabs of one browser: a prompt is never open in both, an answer in one closes the same prompt
 * in the other (but where a score was picked there: its comment would be lost), and the answer holds back the survey on
 * the next page view (resurvey).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { answer, debugLines, dialogs, hearkenPage, settle, untriggered, waitForLog } from './pages/rules/helpers';

describeBrowser('rules: two tabs', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await launchBrowser();
    // the thank-you closes itself quickly: the prompt ends (and the answer is recorded) sooner
    server.page('/tabs.html', hearkenPage({ debug: true, 'auto-close-ms': '200' }));
    // the same NPS survey rendered inline (an inline prompt is not held back by the other tab's lease)
    server.page('/inline.html', hearkenPage({ debug: true }, '<div data-hearken="nps"></div>'));
  });
  afterEach(() => browser?.close());

  it('shows the prompt in the first tab only; after the answer, neither tab asks again', async () => {
    const a = browser.page;
    await a.goto(server.url + '/tabs.html');
    await dialogs(a).waitFor();
    const before = server.answers().length;

    const b = await browser.context.newPage();
    await b.goto(server.url + '/tabs.html');
    await waitForLog(browser.logs, /nps not shown: cross-tab: nps open in another tab/);
    await settle(b, false);
    expect(await dialogs(b).count()).toBe(0);

    await answer(a, 9);
    await dialogs(a).waitFor({ state: 'detached' });
    const stored = (await server.waitForAnswers(before + 1))[before];
    expect(stored).toMatchObject({ survey: 'nps', score: 9, segment: 'promoter' });

    // a new page view in B (a reload: its own session never showed a prompt) is held back by the answer
    await b.reload();
    await waitForLog(browser.logs, /not shown: resurvey: answered nps 0d ago \(wait 90d\)/);
    await settle(b, false);
    expect(await dialogs(b).count()).toBe(0);
    expect(debugLines(browser.logs, '/tabs.html')).toEqual([
      '[hearken] nps shown: load',
      '[hearken] nps not shown: cross-tab: nps open in another tab',
      '[hearken] nps not shown: resurvey: answered nps 0d ago (wait 90d)',
    ]);
    expect(server.answers()).toHaveLength(before + 1);
  });

  it('a tab that navigates away from an open prompt does not keep the other tabs waiting', async () => {
    server.page('/elsewhere.html', '<!doctype html><title>elsewhere</title>');
    const a = browser.page;
    await a.goto(server.url + '/tabs.html');
    await dialogs(a).waitFor();
    await a.goto(server.url + '/elsewhere.html');

    const b = await browser.context.newPage();
    await b.goto(server.url + '/tabs.html');
    await dialogs(b).waitFor();
    expect(debugLines(browser.logs, '/tabs.html')).toEqual(['[hearken] nps shown: load', '[hearken] nps shown: load']);
  });

  it('a tab whose prompt UI fails to load takes no lease and no session cap: the other tabs still ask', async () => {
    const a = browser.page;
    // answers said to wait: the full script comes without the question's UI (hearken-core.js), which then fails
    await a.addInitScript(() => localStorage.setItem('hearken:waiting', '1'));
    await a.route('**/hearken-ui.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await a.goto(server.url + '/tabs.html');
    await waitForLog(browser.logs, /nps not shown: ui: could not load the prompt/);
    expect(await a.evaluate(() => [sessionStorage.getItem('hearken:shown'), localStorage.getItem('hearken:open')])).toEqual([null, null]);

    const b = await browser.context.newPage();
    await b.goto(server.url + '/tabs.html');
    await dialogs(b).waitFor();
    expect(await dialogs(a).count()).toBe(0);
    expect(debugLines(browser.logs, '/tabs.html')).toEqual([
      `[hearken] nps not shown: ui: could not load the prompt: could not load ${server.url}/dist/hearken-ui.js: copy hearken-ui.js beside hearken.js`,
      '[hearken] nps shown: load',
    ]);
  });

  // A page view that starts while another tab shows a prompt still arms its triggers: the cross-tab rule is
  // checked when a trigger fires, not before arming. (B asks CSAT: closing A's NPS starts NPS's dismiss wait.)
  it('a tab loaded while another shows a prompt still asks on its trigger once that prompt is gone', async () => {
    server.page('/event.html', hearkenPage({ survey: 'csat', 'on-event': 'paid', debug: true }));
    const a = browser.page;
    await a.goto(server.url + '/tabs.html');
    await dialogs(a).waitFor();
    const b = await browser.context.newPage();
    await b.goto(server.url + '/event.html');
    // b has started and armed its trigger while a's prompt is open
    expect(await untriggered(b)).toEqual({ prompts: 0, ui: false });
    await a.getByRole('button', { name: 'Close' }).click();
    await dialogs(a).waitFor({ state: 'detached' });

    await b.evaluate(() => (window as unknown as { Hearken: { track(n: string): void } }).Hearken.track('paid'));
    await dialogs(b).waitFor({ timeout: 5000 });
  });

  it('an answer in one tab closes the same survey still open in the other', async () => {
    const before = server.answers().length;
    const b = browser.page;
    await b.goto(server.url + '/inline.html');
    await dialogs(b).waitFor();

    const a = await browser.context.newPage();
    await a.goto(server.url + '/tabs.html');
    await dialogs(a).waitFor();
    expect(await dialogs(b).count()).toBe(1);

    await answer(a, 3);
    await dialogs(a).waitFor({ state: 'detached' });
    // B learns of the answer through the storage event and closes its prompt, without a dismiss
    await dialogs(b).waitFor({ state: 'detached' });
    await server.waitForAnswers(before + 1);
    const history = await b.evaluate(() => JSON.parse(localStorage.getItem('hearken:history') || '{}'));
    expect(history.nps.answeredAt).toBeGreaterThan(0);
    expect(server.answers().slice(before).map((x) => x.score)).toEqual([3]);
  });

  it('an answer in one tab leaves open the same survey where the visitor already picked a score, and its comment goes with it', async () => {
    const before = server.answers().length;
    const b = browser.page;
    await b.goto(server.url + '/inline.html');
    await dialogs(b).waitFor();
    // B: a score picked, a comment being written
    await b.locator('hearken-prompt [role=radio]').nth(5).click();
    await b.locator('hearken-prompt textarea').fill('The delivery was late');

    const a = await browser.context.newPage();
    await a.goto(server.url + '/inline.html');
    await dialogs(a).waitFor();
    await answer(a, 3);
    await server.waitForAnswers(before + 1);
    // B heard of it (its history has the answer), and its prompt is still there, its comment in it
    await b.waitForFunction(() => /"answeredAt"/.test(localStorage.getItem('hearken:history') || ''));
    await settle(b, false);
    expect(await dialogs(b).count()).toBe(1);
    await b.getByRole('button', { name: 'Send' }).click();
    await server.waitForAnswers(before + 2);
    expect(server.answers().slice(before).map((x) => [x.score, x.comment])).toEqual([
      [3, undefined],
      [5, 'The delivery was late'],
    ]);
  });
});
