/**
 * Layout of the floating prompt in Chromium: a bottom sheet inside a 320 px viewport with targets of
 * at least 24×24 px and no clipped text; bottom-right / bottom-left on a desktop viewport, mirrored
 * right to left; `bottom` and `center` centred on a desktop viewport and a bottom sheet at 320 px, never
 * covering the page. Motion: the entry animation plays, and with `prefers-reduced-motion: reduce` nothing
 * in the prompt animates or transitions, at any step. Fonts: the NPS question is set in two (each more is one
 * more lookup before its first frame).
 */
import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { pageHtml, scriptTag, useFreshOriginBrowser } from './pages/widget';
import { PARTS, atRest } from './harness/prompt-parts';

type Box = { x: number; y: number; width: number; height: number };

/** Bounding boxes of the dialog and its radios, and every element of the prompt whose text overflows it. */
function measure(page: Page) {
  return page.locator('hearken-prompt').evaluate((host) => {
    const root = host.shadowRoot!;
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const clipped = [...root.querySelectorAll('*')]
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth && getComputedStyle(el).clipPath != 'inset(50%)')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}>${el.clientWidth}`);
    return {
      dialog: box(root.querySelector('[role=dialog]')!),
      radios: [...root.querySelectorAll('[role=radio]')].map(box),
      clipped,
    };
  });
}

describeBrowser('prompt layout', () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server, { colorScheme: 'light' });
  beforeAll(() => suite.browser.context.setDefaultTimeout(10_000));
  beforeEach(() => suite.browser.page.emulateMedia({ reducedMotion: null }));

  /** Opens a page with the script tag (`attributes` over an NPS default) at this viewport size. */
  async function open(path: string, width: number, height: number, attributes: Record<string, string> = {}, lang = 'en') {
    server.page(path, pageHtml(scriptTag({ 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-brand': 'Northwind Coffee', defer: true, ...attributes }), '', lang));
    await suite.browser.page.setViewportSize({ width, height });
    await suite.browser.page.goto(server.url + path);
    await suite.browser.page.locator('hearken-prompt [role=radio]').first().waitFor();
    // the entry animation moves the dialog 8 px: measure where it comes to rest
    await atRest(suite.browser.page.locator('hearken-prompt [role=dialog]'));
    return suite.browser.page;
  }

  it.each(['nps', 'csat', 'ces'])('%s at 320×640: a bottom sheet inside the viewport, targets ≥ 24 px, no clipped text', async (survey) => {
    const page = await open(`/layout/mobile-${survey}.html`, 320, 640, { 'data-survey': survey });
    const { dialog, radios, clipped } = await measure(page);
    expect(dialog.x).toBe(0);
    expect(dialog.width).toBe(320);
    expect(dialog.y + dialog.height).toBeCloseTo(640, 0);
    expect(dialog.y).toBeGreaterThan(0);
    expect(dialog.height).toBeLessThan(640);
    for (const r of radios) {
      expect(r.width).toBeGreaterThanOrEqual(24);
      expect(r.height).toBeGreaterThanOrEqual(24);
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(320);
    }
    expect(clipped).toEqual([]);

    // the comment step fits too
    await page.locator('hearken-prompt [role=radio]').first().click();
    await page.locator('hearken-prompt textarea').waitFor();
    const step = await measure(page);
    expect(step.dialog.y).toBeGreaterThanOrEqual(0);
    expect(step.dialog.y + step.dialog.height).toBeCloseTo(640, 0);
    expect(step.clipped).toEqual([]);
    const buttons = await page.locator(`hearken-prompt ${PARTS.actions} button`).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.min(...buttons)).toBeGreaterThanOrEqual(24);
  });

  it('German at 320 px (long words) keeps its text inside the prompt', async () => {
    const page = await open('/layout/mobile-de.html', 320, 640, { 'data-locale': 'de' });
    const { dialog, clipped } = await measure(page);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(320);
    expect(clipped).toEqual([]);
  });

  it('draws the NPS question in two fonts only (the card’s and the question’s), its close button a cross of strokes', async () => {
    // each other size or weight is one more font the browser looks up before the question's first frame
    const page = await open('/layout/fonts.html', 1280, 800);
    const fonts = await page.locator('hearken-prompt').evaluate((host) => {
      const root = host.shadowRoot!;
      const used = new Set<string>();
      for (const el of root.querySelectorAll('*')) {
        if (![...el.childNodes].some((n) => n.nodeType == 3 && n.textContent!.trim())) continue;
        const style = getComputedStyle(el);
        used.add(`${style.fontSize} ${style.fontWeight}`);
      }
      const close = root.querySelector('[role=dialog] > button')!;
      return { used: [...used].sort(), close: { text: close.textContent, label: close.getAttribute('aria-label'), drawn: !!close.querySelector('svg path'), width: close.querySelector('svg')!.getBoundingClientRect().width } };
    });
    expect(fonts.used).toEqual(['14px 400', '15px 600']);
    expect(fonts.close).toEqual({ text: '', label: 'Close', drawn: true, width: 28 });
  });

  const desktop: [string, 'right' | 'left', Record<string, string>, string][] = [
    ['default', 'right', {}, 'en'],
    ['data-position="bottom-left"', 'left', { 'data-position': 'bottom-left' }, 'en'],
    ['ar (right to left)', 'left', {}, 'ar'],
    ['ar with data-position="bottom-left"', 'right', { 'data-position': 'bottom-left' }, 'ar'],
  ];
  it.each(desktop)('1280×800, %s: sits bottom-%s, 16 px from the edges', async (name, side, attributes, lang) => {
    const page = await open(`/layout/desktop-${desktop.findIndex((d) => d[0] == name)}.html`, 1280, 800, attributes, lang);
    const { dialog, clipped } = await measure(page);
    expect(dialog.y + dialog.height).toBeCloseTo(800 - 16, 0);
    expect(dialog.width).toBe(384);
    if (side == 'right') expect(dialog.x + dialog.width).toBeCloseTo(1280 - 16, 0);
    else expect(dialog.x).toBeCloseTo(16, 0);
    expect(clipped).toEqual([]);
    expect(await page.locator('hearken-prompt [role=dialog]').getAttribute('dir')).toBe(lang == 'ar' ? 'rtl' : 'ltr');
  });

  /** What the page shows at each point (the top-level element there), or "prompt" where the prompt is. */
  function hits(page: Page, points: [number, number][]) {
    return page.evaluate((pts) => pts.map(([x, y]) => {
      const el = document.elementFromPoint(x, y);
      return el && el.localName == 'hearken-prompt' ? 'prompt' : el ? el.localName : null;
    }), points);
  }

  it.each(['bottom', 'center'])('1280×800, data-position="%s": centred across, never covering the page', async (position) => {
    const page = await open(`/layout/desktop-${position}.html`, 1280, 800, { 'data-position': position });
    const { dialog, clipped } = await measure(page);
    expect(dialog.width).toBe(384);
    expect(dialog.x + dialog.width / 2).toBeCloseTo(640, 0);
    if (position == 'bottom') expect(dialog.y + dialog.height).toBeCloseTo(800 - 16, 0);
    else expect(dialog.y + dialog.height / 2).toBeCloseTo(400, 0);
    expect(dialog.y).toBeGreaterThan(0);
    expect(dialog.height).toBeLessThan(800 * 0.7 + 1);
    expect(clipped).toEqual([]);
    // no backdrop: the page stays visible and reachable around the prompt, and the prompt is on top of its part
    const heading = (await page.locator('h1').boundingBox())!;
    expect(await hits(page, [[20, 20], [1260, 780], [20, 780], [heading.x + 5, heading.y + heading.height / 2], [dialog.x + dialog.width / 2, dialog.y + dialog.height / 2]])).toEqual(['html', 'html', 'html', 'h1', 'prompt']);
  });

  it.each(['bottom', 'center'])('320×640, data-position="%s": a bottom sheet, never covering the page', async (position) => {
    const page = await open(`/layout/mobile-${position}.html`, 320, 640, { 'data-position': position });
    const { dialog, clipped } = await measure(page);
    expect(dialog.x).toBe(0);
    expect(dialog.width).toBe(320);
    expect(dialog.y + dialog.height).toBeCloseTo(640, 0);
    expect(dialog.y).toBeGreaterThan(0);
    expect(dialog.height).toBeLessThanOrEqual(640 * 0.7 + 1);
    expect(clipped).toEqual([]);
    const heading = (await page.locator('h1').boundingBox())!;
    expect(await hits(page, [[heading.x + 5, heading.y + heading.height / 2], [160, dialog.y + dialog.height / 2]])).toEqual(['h1', 'prompt']);
  });

  /** Every element of the prompt that animates or transitions, by its computed style. */
  function moving(page: Page) {
    return page.locator('hearken-prompt').evaluate((host) =>
      [host, ...host.shadowRoot!.querySelectorAll('*')]
        .map((el) => ({ el, style: getComputedStyle(el) }))
        .filter(({ style }) => style.animationName != 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0))
        .map(({ el, style }) => `${el.localName}[role=${el.getAttribute('role')}]: ${style.animationDuration} / ${style.transitionProperty} ${style.transitionDuration}`),
    );
  }

  /** The moving elements at the question, comment and thank-you steps of an NPS prompt. */
  async function movingAtEachStep(page: Page) {
    const question = await moving(page);
    await page.locator('hearken-prompt [role=radio]').nth(9).click();
    await page.locator('hearken-prompt textarea').waitFor();
    const comment = await moving(page);
    await page.locator(`hearken-prompt ${PARTS.actions} button`).first().click();
    await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
    return { question, comment, thanks: await moving(page) };
  }

  it('animates the entry of a floating prompt (0.2 s), and nothing else, at every step', async () => {
    const page = await open('/layout/motion.html', 1280, 800);
    const steps = await movingAtEachStep(page);
    for (const step of Object.values(steps)) expect(step).toEqual(['div[role=dialog]: 0.2s / all 0s']);
  });

  it('with prefers-reduced-motion: reduce, nothing in the prompt animates or transitions, at any step', async () => {
    await suite.browser.page.emulateMedia({ reducedMotion: 'reduce' });
    const page = await open('/layout/reduced-motion.html', 1280, 800);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    expect(await page.locator('hearken-prompt [role=dialog]').evaluate((el) => el.getAnimations().length)).toBe(0);
    expect(await movingAtEachStep(page)).toEqual({ question: [], comment: [], thanks: [] });
  });
});
