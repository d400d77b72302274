/**
 * Triggers in a real Chromium: scroll depth, exit intent (desktop pointer and touch), the device filter,
 * events, and single-page-app route changes cancelling a pending delay.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { countShows, debugLines, dialogs, hearkenPage, settle, tall, untriggered, waitForLog } from './pages/rules/helpers';

describeBrowser('rules: triggers', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await launchBrowser({ viewport: { width: 1000, height: 600 } });
  });
  afterEach(() => browser?.close());

  /**
   * Stops the page's clock (installed with `page.clock.install()` before it loaded) where it is: from here its timers
   * run only as `page.clock.runFor` moves it. (A quarter of a second after the page's reading: the clock runs on
   * while the test asks, and a stopped clock cannot be set back; read again where the machine was slower than that.)
   */
  const pauseClock = async (page: Page) => {
    for (let attempt = 1; ; attempt++) {
      const at = (await page.evaluate(() => Date.now())) + 250;
      try {
        return await page.clock.pauseAt(at);
      } catch (error) {
        if (attempt == 3 || !/to the past/.test(String(error))) throw error;
      }
    }
  };

  /** Scrolls to `percent` of the scrollable height, as the scroll rule measures it. */
  const scrollTo = (percent: number) =>
    browser.page.evaluate((p) => {
      window.scrollTo(0, ((document.documentElement.scrollHeight - innerHeight) * p) / 100);
      return Math.round((scrollY / (document.documentElement.scrollHeight - innerHeight)) * 100);
    }, percent);

  it('data-scroll="50": no prompt at 20 %, a prompt once the visitor scrolls past half the page', async () => {
    server.page('/scroll.html', hearkenPage({ scroll: '50' }, tall(4000)));
    const { page } = browser;
    await page.goto(server.url + '/scroll.html');
    await countShows(page);

    // until the visitor scrolls past half, not even the UI is downloaded
    await expect(scrollTo(20)).resolves.toBe(20);
    expect(await untriggered(page)).toEqual({ prompts: 0, ui: false });

    await expect(scrollTo(45)).resolves.toBe(45);
    expect(await untriggered(page)).toEqual({ prompts: 0, ui: false });

    await expect(scrollTo(60)).resolves.toBe(60);
    await dialogs(page).waitFor();
    await expect(page.evaluate(() => (window as unknown as { shows: number }).shows)).resolves.toBe(1);
    // scrolling on does not ask twice
    await scrollTo(100);
    await settle(page);
    expect(await dialogs(page).count()).toBe(1);
  });

  it('data-exit-intent on desktop: leaving sideways does nothing, leaving through the top edge asks', async () => {
    server.page('/exit.html', hearkenPage({ 'exit-intent': true, debug: true }));
    const { page } = browser;
    await page.goto(server.url + '/exit.html');
    await page.mouse.move(500, 300);
    await page.mouse.move(500, 40, { steps: 4 });
    // out through the left edge, halfway down
    await page.mouse.move(-20, 300, { steps: 4 });
    expect(await untriggered(page)).toEqual({ prompts: 0, ui: false });

    await page.mouse.move(500, 300, { steps: 4 });
    // out through the top edge
    await page.mouse.move(500, -20, { steps: 4 });
    await dialogs(page).waitFor();
    await waitForLog(browser.logs, /shown: exit intent/);
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps shown: exit intent (pointer left)']);
  });

  it('data-exit-intent on a touch device: a fast scroll back up asks', async () => {
    await browser.close();
    browser = await launchBrowser({ viewport: { width: 390, height: 700 }, isMobile: true, hasTouch: true });
    server.page('/exit-touch.html', hearkenPage({ 'exit-intent': true, debug: true }, tall(4000)));
    const { page } = browser;
    await page.goto(server.url + '/exit-touch.html');
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    // one scroll position per animation frame, as a finger moves the page
    const scrollFrames = (ys: number[]) =>
      page.evaluate(async (list) => {
        for (const y of list) {
          window.scrollTo(0, y);
          await new Promise((done) => requestAnimationFrame(done));
        }
      }, ys);
    // reading down the page, and a little back up: no prompt
    await scrollFrames([300, 600, 900, 1200, 1170, 1140, 1110]);
    expect(await untriggered(page)).toEqual({ prompts: 0, ui: false });
    // a flick back towards the top
    await scrollFrames([1050, 980, 900, 820, 740]);
    await dialogs(page).waitFor();
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps shown: exit intent (scroll up)']);
  });

  it('data-device: "mobile" asks only on a touch phone, "desktop" only with a mouse, each naming why not', async () => {
    server.page('/device-mobile.html', hearkenPage({ device: 'mobile', debug: true }));
    server.page('/device-desktop.html', hearkenPage({ device: 'desktop', debug: true }));
    /** Opens `path` in a new tab (a new session for the session cap); resolves with the prompts shown there. */
    const visit = async (path: string, shown: boolean) => {
      const page = await browser.context.newPage();
      await page.goto(server.url + path);
      await waitForLog(browser.logs, shown ? /shown: load/ : /not shown: device/);
      await settle(page, shown);
      return dialogs(page).count();
    };
    // this browser has a mouse
    expect(await visit('/device-mobile.html', false)).toBe(0);
    expect(await visit('/device-desktop.html', true)).toBe(1);
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps not shown: device: desktop, not mobile', '[hearken] nps shown: load']);
    await browser.close();
    browser = await launchBrowser({ viewport: { width: 390, height: 700 }, isMobile: true, hasTouch: true });
    expect(await visit('/device-desktop.html', false)).toBe(0);
    expect(await visit('/device-mobile.html', true)).toBe(1);
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps not shown: device: mobile, not desktop', '[hearken] nps shown: load']);
  });

  it('data-on-event: Hearken.track(name) or a CustomEvent of that name on window asks', async () => {
    server.page('/event.html', hearkenPage({ 'on-event': 'added-to-cart', debug: true }));
    const { page } = browser;
    await page.goto(server.url + '/event.html');
    await page.evaluate(() => (window as unknown as { Hearken: { track(n: string): void } }).Hearken.track('checkout'));
    expect(await untriggered(page)).toEqual({ prompts: 0, ui: false });
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('added-to-cart')));
    await dialogs(page).waitFor();

    await page.close();
    // a new session (tab): the page's own CustomEvent name works through track() too
    const second = await browser.context.newPage();
    await second.goto(server.url + '/event.html');
    await second.evaluate(() => (window as unknown as { Hearken: { track(n: string): void } }).Hearken.track('added-to-cart'));
    await dialogs(second).waitFor();
    expect(debugLines(browser.logs)).toEqual([
      '[hearken] nps shown: event "added-to-cart"',
      '[hearken] nps shown: event "added-to-cart"',
    ]);
  });

  // An order confirmation page: the page's own script, right after hearken's tag, says the order went through,
  // before hearken's rules have started (they start in the task after its script, or at DOMContentLoaded).
  it('data-on-event: the event or track() in the task right after the script tag asks, once', async () => {
    const after = (js: string) => `<script>var shows = 0; Hearken.on('show', function () { shows++; }); ${js}</script></body>`;
    server.page('/order.html', hearkenPage({ 'on-event': 'purchase', debug: true }).replace('</body>', after("dispatchEvent(new CustomEvent('purchase'));")));
    server.page('/order-track.html', hearkenPage({ survey: 'csat', 'on-event': 'purchase', debug: true }).replace('</body>', after("Hearken.track('purchase');")));
    const { page } = browser;
    await page.goto(server.url + '/order.html');
    await dialogs(page).waitFor();
    await settle(page);
    await expect(page.evaluate(() => (window as unknown as { shows: number }).shows)).resolves.toBe(1);

    await page.close();
    // a new session (tab)
    const second = await browser.context.newPage();
    await second.goto(server.url + '/order-track.html');
    await dialogs(second).waitFor();
    await settle(second);
    await expect(second.evaluate(() => (window as unknown as { shows: number }).shows)).resolves.toBe(1);
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps shown: event "purchase"', '[hearken] csat shown: event "purchase"']);
  });

  it('SPA: leaving /shop/* cancels a pending data-delay; coming back starts it again', async () => {
    const delay = 800;
    server.page('/shop/a', hearkenPage({ pages: '/shop/*', delay: '' + delay, debug: true }));
    const { page } = browser;
    // the page's timers run on a clock the test moves: "nothing happens" past a delay is seen by running the clock past
    // it, not by waiting for it
    await page.clock.install();
    await page.goto(server.url + '/shop/a', { waitUntil: 'domcontentloaded' });
    // dist/hearken.js loads the full script, as the rules pass here; it arrives in a task of its own
    await page.waitForFunction(() => '__hearkenCore' in window);
    await page.evaluate(() => history.pushState({}, '', '/about'));
    await countShows(page);
    await waitForLog(browser.logs, /not shown: pages: \/about not in \/shop\/\*/);

    // past the delay that was cancelled: every timer due by then has run
    await pauseClock(page);
    await page.clock.runFor(delay + 300);
    expect(await dialogs(page).count()).toBe(0);
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps not shown: pages: /about not in /shop/*']);

    // back on /shop/*: a whole delay again, not what was left of the first
    await page.evaluate(() => history.pushState({}, '', '/shop/x'));
    await page.clock.runFor(delay - 50);
    expect(await dialogs(page).count()).toBe(0);
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps not shown: pages: /about not in /shop/*']);
    await page.clock.resume();
    await dialogs(page).waitFor();
    await expect(page.evaluate(() => (window as unknown as { shows: number }).shows)).resolves.toBe(1);
    expect(debugLines(browser.logs)).toEqual([
      '[hearken] nps not shown: pages: /about not in /shop/*',
      `[hearken] nps shown: delay ${delay} ms`,
    ]);
  });

  it('SPA, light path: an event trigger armed by hearken-triggers.js that fires after the app routed to an excluded page fetches nothing there; back on an included page, the event asks', async () => {
    server.page('/shop/a', hearkenPage({ pages: '/shop/*', 'on-event': 'purchase' }));
    const { page } = browser;
    await page.goto(server.url + '/shop/a');
    await countShows(page);
    // armed without the full script (hearken-checks.js first, this being a first page view)
    expect(await untriggered(page)).toEqual({ prompts: 0, ui: false });
    expect(await page.evaluate(() => '__hearkenCore' in window)).toBe(false);
    await page.evaluate(() => (history.pushState({}, '', '/about'), dispatchEvent(new Event('purchase'))));
    // disarmed on /about: the event asks for nothing (untriggered() lets its listeners run)
    expect(await untriggered(page)).toEqual({ prompts: 0, ui: false });
    expect(await page.evaluate(() => '__hearkenCore' in window)).toBe(false);
    await page.evaluate(() => (history.pushState({}, '', '/shop/b'), dispatchEvent(new Event('purchase'))));
    await dialogs(page).waitFor();
    await settle(page);
    await expect(page.evaluate(() => (window as unknown as { shows: number }).shows)).resolves.toBe(1);
  });

  it('SPA, light path: a scroll on a page data-pages leaves out fetches nothing (hearken-triggers.js disarmed it there); back on an included page, the scroll asks', async () => {
    server.page('/shop/a', hearkenPage({ pages: '/shop/*', scroll: '50' }, tall(4000)));
    const { page } = browser;
    await page.goto(server.url + '/shop/a');
    await countShows(page);
    expect(await untriggered(page)).toEqual({ prompts: 0, ui: false });
    await page.evaluate(() => history.pushState({}, '', '/about'));
    await expect(scrollTo(80)).resolves.toBe(80);
    // untriggered() lets the scroll's listener run: a trigger firing would have asked for hearken-prompt.js
    expect(await untriggered(page)).toEqual({ prompts: 0, ui: false });
    expect(await page.evaluate(() => '__hearkenCore' in window)).toBe(false);
    await scrollTo(0);
    await page.evaluate(() => history.pushState({}, '', '/shop/b'));
    await scrollTo(60);
    await dialogs(page).waitFor();
    await settle(page);
    await expect(page.evaluate(() => (window as unknown as { shows: number }).shows)).resolves.toBe(1);
  });

  it("SPA, light path: a page data-pages leaves out stays light until the app's router replaces the URL with an included one, or a link moves the hash to one; then the prompt shows", async () => {
    server.page('/shop/pay', hearkenPage({ pages: '/shop/thanks /app#/thanks' }));
    server.page('/app', hearkenPage({ pages: '/shop/thanks /app#/thanks' }, '<a href="#/thanks">Done</a>'));
    const { page } = browser;
    for (const [start, route] of [
      ['/shop/pay', () => history.replaceState({}, '', '/shop/thanks')],
      ['/app', () => document.querySelector('a')!.click()],
    ] as const) {
      await page.goto(server.url + start);
      await countShows(page);
      // light: the checks of a first page view, then nothing more
      await page.waitForFunction(() => !!localStorage.getItem('hearken:checked'));
      await settle(page, false);
      expect(await page.evaluate(() => '__hearkenCore' in window), start).toBe(false);
      await page.evaluate(() => history.replaceState({ scrollY: 10 }, ''));
      await settle(page, false);
      expect(await page.evaluate(() => '__hearkenCore' in window), start).toBe(false);
      await page.evaluate(route);
      await dialogs(page).waitFor();
      await settle(page);
      await expect(page.evaluate(() => (window as unknown as { shows: number }).shows)).resolves.toBe(1);
      // a new visitor for the next (the session's cap would hold the prompt back)
      await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
    }
  });

  it('SPA: coming back before the old delay would have fired waits a full delay from the return', async () => {
    const delay = 1000;
    server.page('/shop/a', hearkenPage({ pages: '/shop/*', delay: '' + delay }));
    const { page } = browser;
    await page.clock.install();
    await page.goto(server.url + '/shop/a', { waitUntil: 'domcontentloaded' });
    // the delay runs once the full script is there
    await page.waitForFunction(() => '__hearkenCore' in window);
    await pauseClock(page);
    // Away for 500 ms: a delay left running would fire 500 ms after the return.
    await page.evaluate(() => history.pushState({}, '', '/about'));
    await page.clock.runFor(500);
    await page.evaluate(() => history.pushState({}, '', '/shop/b'));
    await page.clock.runFor(delay - 50);
    expect(await dialogs(page).count()).toBe(0);
    await page.clock.resume();
    await dialogs(page).waitFor();
  });

  it('SPA: a hash change or back button into an excluded page cancels the delay too', async () => {
    server.page('/app', hearkenPage({ pages: '/app !/app#/checkout*', delay: '600', debug: true }));
    const { page } = browser;
    await page.clock.install();
    await page.goto(server.url + '/app', { waitUntil: 'domcontentloaded' });
    // dist/hearken.js loads the full script, as the rules pass here; it arrives in a task of its own
    await page.waitForFunction(() => '__hearkenCore' in window);
    await page.evaluate(() => (location.hash = '#/checkout/pay'));
    await waitForLog(browser.logs, /not shown: pages: \/app excluded by !\/app#\/checkout\*/);
    await pauseClock(page);
    await page.clock.runFor(900);
    expect(await dialogs(page).count()).toBe(0);
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps not shown: pages: /app excluded by !/app#/checkout*']);

    await page.clock.resume();
    await page.goBack();
    await dialogs(page).waitFor();
    expect(page.url()).toBe(server.url + '/app');
  });
});
