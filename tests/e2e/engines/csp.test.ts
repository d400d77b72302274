/**
 * Strict CSP, nonces and the oldest browsers hearken claims, in every engine.
 *
 * - `style-src 'self'` with no inline script or style: styled (a constructable stylesheet), delivered,
 *   no violation. A nonce policy: the lazily loaded hearken-ui.js carries the nonce of hearken's tag.
 * - The oldest claimed browsers (Chrome 80, Firefox 78, Safari 13.1), emulated in today's engines by
 *   /e2e/old-browser.js, loaded first: no constructable stylesheets (`CSSStyleSheet` throws, no
 *   `adoptedStyleSheets`), and a CSS parser that drops what it does not know (`@supports` blocks,
 *   `color-mix()`, `translate`, logical insets and shorthands, `min()`, flex `gap`). The prompt must still
 *   be styled, placed (mirrored in RTL) and answerable, through a `<style>` carrying the page's nonce.
 *   Removing that fallback (styles only through adoptedStyleSheets) fails these tests.
 */
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEngines, useEngine } from '../harness/engines';
import { useTestServer } from '../harness/server';
import { dialogStyle, evaluateOn, freshOrigin, hearkenTag, pageHtml, pageLogs, PROMPT, promptShown, serveProbe, settled, storedAnswer, waitForElement } from './pages';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const NONCE = "default-src 'self'; script-src 'nonce-abc'; style-src 'nonce-abc'; connect-src 'self'";
const ATTRIBUTES = { 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-brand': 'Acme', 'data-theme': 'light', 'data-accent': '#c00', 'data-auto-close-ms': '60000' };
const STYLED = { position: 'fixed', background: 'rgb(255, 255, 255)', radius: '14px', padding: '16px', zIndex: '2147483647' };

/** Page-side: today's engine made to look like Chrome 80, Firefox 78 or Safari 13.1 to the prompt's styles. */
const OLD_BROWSER = `(() => {
  window.CSSStyleSheet = function CSSStyleSheet() { throw new TypeError('Illegal constructor'); };
  delete Document.prototype.adoptedStyleSheets;
  delete ShadowRoot.prototype.adoptedStyleSheets;
  const unknown = /color-mix\\(|(^|\\s)translate:|inset-(inline|block)|(^|\\s)inset:|\\b(min|max|clamp)\\(|(^|\\s)gap:|(margin|padding)-(inline|block):/;
  const parseLikeAnOldBrowser = (css) =>
    css
      .replace(/@supports\\([^)]*\\)\\)?\\{[^{}]*\\{[^{}]*\\}\\}/g, '')
      .replace(/\\{([^{}]*)\\}/g, (_, body) => '{' + body.split(';').filter((d) => !unknown.test(d)).join(';') + '}');
  const append = Node.prototype.appendChild;
  Node.prototype.appendChild = function (node) {
    if (node instanceof HTMLStyleElement && this instanceof ShadowRoot) node.textContent = parseLikeAnOldBrowser(node.textContent);
    return append.call(this, node);
  };
})();`;

describeEngines('strict CSP, nonces and the oldest browsers', (engine) => {
  const server = useTestServer();
  const browser = useEngine(engine, { viewport: { width: 1024, height: 720 } });
  beforeAll(() => {
    serveProbe(server);
    server.page('/e2e/old-browser.js', OLD_BROWSER, { 'Content-Type': 'text/javascript; charset=utf-8' });
    server.page('/csp/strict.html', pageHtml(hearkenTag(ATTRIBUTES)), { 'Content-Security-Policy': STRICT });
    server.page('/csp/nonce.html', pageHtml(hearkenTag({ ...ATTRIBUTES, nonce: 'abc' }), '', { nonce: 'abc' }), { 'Content-Security-Policy': NONCE });
    const old = '<script src="/e2e/old-browser.js" nonce="abc"></script>' + hearkenTag({ ...ATTRIBUTES, nonce: 'abc' });
    server.page('/old/ltr.html', pageHtml(old, '', { nonce: 'abc' }), { 'Content-Security-Policy': NONCE });
    server.page('/old/rtl.html', pageHtml(old, '', { nonce: 'abc', lang: 'ar' }), { 'Content-Security-Policy': NONCE });
  });
  beforeEach(() => freshOrigin(browser.page, server.url));

  /** Opens `path` (unless already open), checks the prompt is styled, answers it; resolves with the page's logs. */
  async function styledAndAnswered(path: string, comment: string, open = true) {
    const page = browser.page;
    if (open) await page.goto(server.url + path);
    await promptShown(page);
    expect(await dialogStyle(page)).toEqual(STYLED);
    // the accent colour (set through CSSOM on the host) reaches the primary button
    await page.click(PROMPT.option(7));
    // the comment step follows once hearken-follow-up.js is here (a click may come before it)
    await waitForElement(page, PROMPT.send);
    expect(await evaluateOn(page, PROMPT.send, (el) => getComputedStyle(el!).backgroundColor)).toBe('rgb(204, 0, 0)');
    await page.click(PROMPT.comment);
    await page.type(comment);
    await page.click(PROMPT.send);
    expect(await storedAnswer(server, comment)).toMatchObject({ survey: 'nps', score: 7, segment: 'passive' });
    return pageLogs(page);
  }

  it(`${STRICT}: styled, delivered, no violation`, async () => {
    expect(await styledAndAnswered('/csp/strict.html', `strict CSP in ${engine}`)).toEqual([]);
  });

  it(`${NONCE}: hearken-prompt.js carries the nonce of hearken's tag; styled, delivered, no violation`, async () => {
    expect(await styledAndAnswered('/csp/nonce.html', `nonce in ${engine}`)).toEqual([]);
    const ui = await browser.page.evaluate(() => {
      const script = document.querySelector<HTMLScriptElement>('script[src$="hearken-prompt.js"]')!;
      return { src: script.src, nonce: script.nonce };
    });
    expect(ui).toEqual({ src: server.url + '/dist/hearken-prompt.js', nonce: 'abc' });
  });

  it.each([
    ['left to right', '/old/ltr.html', 'ltr', 'right'],
    ['right to left (ar)', '/old/rtl.html', 'rtl', 'left'],
  ])('as the oldest claimed browsers (no constructable stylesheets, an old CSS parser), %s: styled by a nonce-carrying <style>, placed, answered', async (_, path, dir, side) => {
    const page = browser.page;
    await page.goto(server.url + path);
    await promptShown(page);
    await settled(page);
    const look = await evaluateOn(page, PROMPT.dialog, (el) => {
      const box = el!.getBoundingClientRect();
      const style = (el!.getRootNode() as ShadowRoot).querySelector('style');
      const css = getComputedStyle(el!);
      return {
        dir: el!.getAttribute('dir'),
        left: Math.round(box.left),
        right: Math.round(innerWidth - box.right),
        bottom: Math.round(innerHeight - box.bottom),
        width: Math.round(box.width),
        border: css.borderTopStyle + ' ' + (css.borderTopColor != 'rgba(0, 0, 0, 0)'),
        style: style && { nonce: style.nonce, supports: style.textContent!.includes('@supports'), colorMix: style.textContent!.includes('color-mix') },
      };
    });
    const away = side == 'right' ? { right: 16 } : { left: 16 };
    expect(look).toMatchObject({ dir, bottom: 16, width: 384, border: 'solid true', style: { nonce: 'abc', supports: false, colorMix: false }, ...away });
    expect(await styledAndAnswered(path, `old ${dir} in ${engine}`, false)).toEqual([]);
  });
});
