/**
 * The script tag in real headless Chromium: a page with only `<script src="/dist/hearken.js" data-*>`
 * asks, is answered by keyboard alone, and the demo collector stores the answer. Also inline mounts,
 * `<hearken-survey>`, two copies of the script, `async`, late injection and a bad attribute.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { focused, freshOrigin, pageHtml, promptCount, scriptTag, useFreshOriginBrowser } from './pages/widget';
import { VERSION } from '../../src/version';
import { PARTS } from './harness/prompt-parts';

const NPS_TAG = {
  'data-endpoint': '/collect',
  'data-survey': 'nps',
  'data-brand': 'Acme',
  'data-touchpoint': 'checkout',
  'data-meta-plan': 'pro',
  defer: true,
} as const;

describeBrowser('the script tag in Chromium', () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server, { colorScheme: 'light' });
  beforeAll(() => suite.browser.context.setDefaultTimeout(10_000));

  const logs = (type?: string) => suite.browser.logs.slice(suite.logStart).filter((l) => !type || l.type == type);
  const page = () => suite.browser.page;

  it('asks after load without taking focus; keyboard only: Tab, arrows, Enter, comment, Send; one answer stored', async () => {
    server.page(
      '/checkout/done.html',
      pageHtml(scriptTag(NPS_TAG), '<label>Coupon <input id="coupon" autofocus></label> <button id="own" type="button">Print receipt</button>'),
    );
    const before = server.answers().length;
    await page().goto(server.url + '/checkout/done.html?order=NW-10482#top');
    const prompt = page().locator('hearken-prompt [role=dialog]');
    await prompt.waitFor();
    expect(await focused(page())).toBe('input#coupon');

    // Tab from the page's own controls into the prompt: its close button, then the radio group (one stop)
    const stops: string[] = [];
    for (let i = 0; i < 6 && !(stops.at(-1) || '').startsWith('radio'); i++) {
      await page().keyboard.press('Tab');
      stops.push(await focused(page()));
    }
    expect(stops).toEqual(['button#own "Print receipt"', 'button "Close"', 'radio 0']);
    for (let i = 0; i < 9; i++) await page().keyboard.press('ArrowRight');
    expect(await focused(page())).toBe('radio 9');
    await page().keyboard.press('Enter');
    await page().locator('hearken-prompt textarea').waitFor();
    expect(await focused(page())).toMatch(/^textarea#/);
    await page().keyboard.type('Quick and easy');
    await page().keyboard.press('Tab');
    expect(await focused(page())).toBe('button "Skip"');
    await page().keyboard.press('Tab');
    expect(await focused(page())).toBe('button "Send"');
    await page().keyboard.press('Enter');
    // the thank-you follows once the answer is in the outbox (a moment after Send)
    await expect.poll(() => page().locator(`hearken-prompt ${PARTS.heading}`).textContent()).toBe('Thank you!');

    const stored = await server.waitForAnswers(before + 1);
    expect(stored.slice(before)).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        survey: 'nps',
        score: 9,
        scale: { min: 0, max: 10 },
        segment: 'promoter',
        comment: 'Quick and easy',
        question: 'How likely are you to recommend Acme to a friend or colleague?',
        locale: 'en',
        touchpoint: 'checkout',
        page: server.url + '/checkout/done.html',
        visitorId: expect.any(String),
        meta: { plan: 'pro' },
        answeredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        widget: 'hearken/' + VERSION,
      },
    ]);
    // sent: the outbox is empty, so nothing more can arrive
    await page().waitForFunction(() => (window as { Hearken?: { flush(): Promise<void> } }).Hearken!.flush().then(() => true));
    expect(server.answers()).toHaveLength(before + 1);
    expect(logs('error')).toEqual([]);
    expect(logs('pageerror')).toEqual([]);
  });

  it('renders inline mounts and <hearken-survey> inside their elements, and nothing floating', async () => {
    server.page(
      '/inline.html',
      pageHtml(
        scriptTag({ 'data-endpoint': '/collect', 'data-brand': 'Acme', defer: true }),
        '<section id="mount"><div data-hearken="csat" data-touchpoint="checkout" data-meta-order-id="NW-10482"></div></section>' +
          '<section id="element"><hearken-survey survey="ces" touchpoint="support" task="find your order"></hearken-survey></section>',
      ),
    );
    const before = server.answers().length;
    await page().goto(server.url + '/inline.html');
    const csat = page().locator('#mount hearken-prompt');
    const ces = page().locator('#element hearken-survey hearken-prompt');
    await csat.locator('[role=radio]').first().waitFor();
    await ces.locator('[role=radio]').first().waitFor();
    expect(await promptCount(page())).toBe(2);
    expect(await csat.locator('[role=radio]').count()).toBe(5);
    expect(await ces.locator(PARTS.heading).textContent()).toBe('Acme made it easy for me to find your order.');
    expect(await ces.locator('[role=radio]').count()).toBe(7);
    // inline prompts sit in the page flow
    expect(await csat.locator('[role=dialog]').evaluate((el) => getComputedStyle(el).position)).toBe('relative');

    await csat.getByRole('radio', { name: '5 of 5, Very satisfied' }).click();
    await csat.getByRole('button', { name: 'Skip' }).click();
    await ces.getByRole('radio', { name: '2 of 7' }).click();
    await ces.getByRole('button', { name: 'Skip' }).click();
    const stored = (await server.waitForAnswers(before + 2)).slice(before);
    expect(stored.map((a) => [a.survey, a.score, a.segment, a.touchpoint, a.meta]).sort()).toEqual([
      ['ces', 2, 'difficult', 'support', undefined],
      ['csat', 5, 'satisfied', 'checkout', { orderId: 'NW-10482' }],
    ]);
    expect(logs('error')).toEqual([]);
  });

  it('loaded twice: one prompt and one warning', async () => {
    server.page('/twice.html', pageHtml(scriptTag(NPS_TAG) + scriptTag({ ...NPS_TAG, 'data-survey': 'csat' })));
    await page().goto(server.url + '/twice.html');
    await page().locator('hearken-prompt [role=radio]').first().waitFor();
    expect(await promptCount(page())).toBe(1);
    expect(await page().locator('hearken-prompt [role=radio]').count()).toBe(11);
    expect(logs('warning').map((l) => l.text)).toEqual(['[hearken] loaded twice: this copy does nothing']);
    expect(logs('error')).toEqual([]);
  });

  it('works as an async script and when injected after load', async () => {
    server.page('/async.html', pageHtml(scriptTag({ ...NPS_TAG, defer: undefined, async: true })));
    await page().goto(server.url + '/async.html');
    await page().locator('hearken-prompt [role=radio]').first().waitFor();
    expect(await promptCount(page())).toBe(1);

    await freshOrigin(page(), server.url);
    server.page('/late.html', pageHtml('', '<button id="own" type="button">Page button</button>'));
    await page().goto(server.url + '/late.html', { waitUntil: 'load' });
    expect(await promptCount(page())).toBe(0);
    await page().evaluate(() => {
      const s = document.createElement('script');
      s.src = '/dist/hearken.js';
      Object.assign(s.dataset, { endpoint: '/collect', survey: 'ces', touchpoint: 'late' });
      document.body.appendChild(s);
    });
    const ces = page().locator('hearken-prompt');
    await ces.locator('[role=radio]').first().waitFor();
    expect(await ces.locator('[role=radio]').count()).toBe(7);
    const before = server.answers().length;
    await ces.getByRole('radio', { name: '7 of 7, Strongly agree' }).click();
    await ces.getByRole('button', { name: 'Close' }).click();
    const [answer] = (await server.waitForAnswers(before + 1)).slice(before);
    expect(answer).toMatchObject({ survey: 'ces', score: 7, touchpoint: 'late' });
    expect(answer).not.toHaveProperty('comment');
    expect(logs('error')).toEqual([]);
  });

  it('a bad attribute is exactly one console error, and the page keeps working', async () => {
    server.page('/own.js', "document.getElementById('own').addEventListener('click', () => { document.getElementById('out').textContent = 'clicked'; });", {
      'Content-Type': 'text/javascript',
    });
    server.page(
      '/bad.html',
      pageHtml(
        scriptTag({ ...NPS_TAG, 'data-survey': 'poll' }) + '<script src="/own.js" defer></script>',
        '<button id="own" type="button">Page button</button> <output id="out"></output>',
      ),
    );
    await page().goto(server.url + '/bad.html', { waitUntil: 'load' });
    await page().locator('#own').click();
    await expect(page().locator('#out').textContent()).resolves.toBe('clicked');
    // the refused survey is left out and the rest applies: the tag asks NPS
    await page().locator('hearken-prompt [role=radio]').first().waitFor();
    expect(await promptCount(page())).toBe(1);
    expect(await page().locator('hearken-prompt [role=radio]').count()).toBe(11);
    expect(await page().evaluate(() => typeof (window as { Hearken?: unknown }).Hearken)).toBe('object');
    expect(logs('error').map((l) => l.text)).toEqual(['[hearken] data-survey must be one of nps, csat, ces, got "poll"']);
    expect(logs('pageerror')).toEqual([]);
  });
});
