/**
 * Markup in every text that reaches the prompt or an answer — data-attributes of the script tag and of
 * inline mounts, the JS `texts`/`brand`/`subject`/`touchpoint` options, and the visitor's comment — is
 * shown as text: the payloads appear literally, no element of them is created, no script runs
 * (`window.__xss` stays undefined) and no dialog opens.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { dialog, escapeHtml, freshStorage, hearkenTag, pageHtml, radios, waitForAnswer } from './pages/hostile/helpers';
import { PARTS } from './harness/prompt-parts';

const IMG = '<img src=x onerror=window.__xss=1>';
const SVG = '"><svg onload=window.__xss=1>';
const SCRIPT = "</p><script>window.__xss=1</script><p title='";
const ALERT = '<iframe src="javascript:alert(1)"></iframe><a href="javascript:alert(1)">x</a>';
const STYLE = '<style>*{display:none}</style><b onmouseover=alert(1)>bold</b>';

describeBrowser('hostile XSS payloads', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  let dialogs: string[];

  beforeAll(async () => {
    server.page(
      '/xss/attributes.html',
      pageHtml(
        '',
        '<main><h1>Order</h1></main>' +
          hearkenTag({
            endpoint: '/collect',
            survey: 'nps',
            question: `{brand} ${SVG} ${SCRIPT}`,
            brand: IMG,
            touchpoint: ALERT,
            'user-id': SVG,
            'meta-plan': IMG,
            accent: 'red;}</style><img src=x onerror=window.__xss=1>',
            'auto-close-ms': '60000',
          }),
      ),
    );
    server.page('/xss/api.html', pageHtml('', '<main><h1>Order</h1></main>' + hearkenTag({ endpoint: '/collect', trigger: 'manual', 'auto-close-ms': '60000' })));
    server.page(
      '/xss/inline.html',
      pageHtml('', `<main><h1>Order</h1><div id="slot" data-hearken="ces" data-task="${escapeHtml(IMG + SVG)}" data-touchpoint="${escapeHtml(SCRIPT)}"></div></main>` + hearkenTag({ endpoint: '/collect', 'auto-close-ms': '60000' })),
    );
    browser = await launchBrowser();
    await browser.context.addInitScript(freshStorage);
    browser.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterEach(() => void browser.logs.splice(0));
  afterAll(() => browser?.close());

  /** Nothing ran and nothing of the payloads became an element, in the page or the prompt. */
  const clean = async (page: Page, step: string) => {
    const found = await page.evaluate(() => {
      const root = document.querySelector('hearken-prompt')!.shadowRoot!;
      const all = [...document.querySelectorAll('*'), ...root.querySelectorAll('*')];
      return {
        xss: (window as unknown as { __xss?: unknown }).__xss,
        // the page's own elements are none of these, but for the script tags that load hearken
        injected: all.filter((el) => /^(img|iframe|script|style|a|b)$/i.test(el.localName) && !(el.localName == 'script' && el.hasAttribute('src'))).map((el) => el.outerHTML),
        handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.localName),
      };
    });
    expect(found, step).toEqual({ xss: undefined, injected: [], handlers: [] });
    expect(dialogs, step).toEqual([]);
  };
  /** Picks a score, types `comment`, sends it; checks at each step. */
  const walk = async (page: Page, score: number, comment: string) => {
    await radios(page).first().waitFor();
    await clean(page, 'question');
    await radios(page).nth(score).click();
    await page.locator('hearken-prompt textarea').waitFor();
    await clean(page, 'comment');
    await page.locator('hearken-prompt textarea').fill(comment);
    await page.locator(`hearken-prompt ${PARTS.send}`).click();
    await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
    await clean(page, 'thanks');
  };

  it('shows data-attribute payloads of the script tag as text, and stores them literally', async () => {
    dialogs = [];
    const page = browser.page;
    await page.goto(server.url + '/xss/attributes.html');
    await radios(page).first().waitFor();
    const question = `${IMG} ${SVG} ${SCRIPT}`;
    await expect(page.locator(`hearken-prompt ${PARTS.heading}`).textContent()).resolves.toBe(question);
    await expect(dialog(page).innerText()).resolves.toContain(question);
    const comment = `${SCRIPT}${IMG} attributes`;
    await walk(page, 7, comment);
    const stored = await waitForAnswer(server, (a) => a.comment == comment);
    expect(stored).toMatchObject({ question, touchpoint: ALERT, userId: SVG, meta: { plan: IMG } });
    // the accent is refused, by name
    expect(browser.logs.filter((l) => l.text.indexOf('[hearken]') >= 0).map((l) => l.text)).toEqual([
      expect.stringMatching(/^\[hearken\] data-accent must be a CSS colour, got "red;}<\/style><img/),
    ]);
  });

  it('shows payloads of every text option of show() as text, in each step', async () => {
    dialogs = [];
    const page = browser.page;
    await page.goto(server.url + '/xss/api.html');
    await page.waitForFunction(() => 'Hearken' in window);
    const texts = {
      csatQuestion: `${IMG} {subject}`,
      csatLow: SVG,
      csatHigh: SCRIPT,
      followUpNegative: ALERT,
      followUpNeutral: ALERT,
      followUpPositive: ALERT,
      commentPlaceholder: SVG,
      submit: IMG,
      skip: STYLE,
      close: SVG,
      thanks: SCRIPT,
      thanksDetail: IMG,
      scoreLabel: `{score} ${IMG} {max}`,
    };
    await page.evaluate(
      ({ texts, subject, touchpoint }) =>
        (window as unknown as { Hearken: { show(s: string, o: object): void } }).Hearken.show('csat', { texts, subject, touchpoint, style: 'stars' }),
      { texts, subject: STYLE, touchpoint: SVG },
    );
    await radios(page).first().waitFor();
    await expect(page.locator(`hearken-prompt ${PARTS.heading}`).textContent()).resolves.toBe(`${IMG} ${STYLE}`);
    await expect(page.locator(`hearken-prompt ${PARTS.scaleEnds}`).textContent()).resolves.toBe(SVG + SCRIPT);
    await expect(radios(page).first().getAttribute('aria-label')).resolves.toBe(`1 ${IMG} 5, ${SVG}`);
    await expect(page.locator(`hearken-prompt ${PARTS.close}`).getAttribute('aria-label')).resolves.toBe(SVG);

    await clean(page, 'question');
    await radios(page).nth(0).click();
    await expect(page.locator(`hearken-prompt ${PARTS.heading}`).textContent()).resolves.toBe(ALERT);
    await expect(page.locator('hearken-prompt textarea').getAttribute('placeholder')).resolves.toBe(SVG);
    await expect(page.locator(`hearken-prompt ${PARTS.actions}`).innerText()).resolves.toContain(IMG);
    await expect(page.locator(`hearken-prompt ${PARTS.actions}`).innerText()).resolves.toContain(STYLE);
    await clean(page, 'comment');
    const comment = `${STYLE} api`;
    await page.locator('hearken-prompt textarea').fill(comment);
    await page.locator(`hearken-prompt ${PARTS.send}`).click();
    await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
    await expect(page.locator(`hearken-prompt ${PARTS.heading}`).textContent()).resolves.toBe(SCRIPT);
    await expect(page.locator(`hearken-prompt ${PARTS.thanksDetail}`).textContent()).resolves.toBe(IMG);
    await clean(page, 'thanks');
    expect(await waitForAnswer(server, (a) => a.comment == comment)).toMatchObject({ question: `${IMG} ${STYLE}`, touchpoint: SVG, score: 1 });
    expect(browser.logs.filter((l) => l.type == 'error' || l.type == 'pageerror')).toEqual([]);
  });

  it('shows payloads of an inline mount as text', async () => {
    dialogs = [];
    const page = browser.page;
    await page.goto(server.url + '/xss/inline.html');
    await page.locator('#slot hearken-prompt [role=radio]').first().waitFor();
    await expect(page.locator(`hearken-prompt ${PARTS.heading}`).textContent()).resolves.toBe(`It was easy to ${IMG}${SVG}.`);
    const comment = `${IMG}${SVG}${SCRIPT} inline`;
    await walk(page, 6, comment);
    expect(await waitForAnswer(server, (a) => a.comment == comment)).toMatchObject({ survey: 'ces', touchpoint: SCRIPT, question: `It was easy to ${IMG}${SVG}.` });
    expect(browser.logs.filter((l) => l.type == 'error' || l.type == 'pageerror')).toEqual([]);
  });
});
