/**
 * Pages of the cross-engine suites: hearken's script tag on a small page that also loads a probe
 * (/e2e/probe.js) recording what the page said and threw and every CSP violation, so the three
 * engines report logs the same way; a clean origin between tests; the prompt's controls by selector.
 */
import type { EnginePage, PageLog } from '../harness/engine';
import { evaluateOn, waitFor, waitForElement } from '../harness/engine';
import type { TestServer } from '../harness/server';
import type { Answer } from '../../../src/surveys/index';
import { PARTS } from '../harness/prompt-parts';

/** The prompt's parts, as deep selectors. */
export const PROMPT = {
  dialog: 'hearken-prompt >>> [role=dialog]',
  /** The option scored `n` on a scale starting at `min` (NPS 0, CSAT and CES 1). */
  option: (n: number, min = 0) => `hearken-prompt >>> [role=radio]:nth-of-type(${n - min + 1})`,
  comment: 'hearken-prompt >>> textarea',
  send: `hearken-prompt >>> ${PARTS.send}`,
  skip: `hearken-prompt >>> ${PARTS.skip}`,
  close: `hearken-prompt >>> ${PARTS.close}`,
  thanks: `hearken-prompt >>> ${PARTS.thanksDetail}`,
};

/** Page-side probe: keeps console errors and warnings, uncaught errors and CSP violations in `window.__probe`. */
const PROBE = `(() => {
  const logs = (window.__probe = []);
  for (const type of ['error', 'warn']) {
    const original = console[type];
    console[type] = function (...args) { logs.push({ type, text: args.map(String).join(' ') }); return original.apply(this, args); };
  }
  addEventListener('error', (e) => logs.push({ type: 'pageerror', text: String(e.message) }));
  addEventListener('unhandledrejection', (e) => logs.push({ type: 'pageerror', text: String(e.reason) }));
  window.__shows = [];
  addEventListener('pageshow', (e) => window.__shows.push(e.persisted));
  document.addEventListener('securitypolicyviolation', (e) => logs.push({ type: 'csp', text: e.effectiveDirective + ' ' + e.blockedURI }));
})();`;

/** Serves the probe; call once per server (in beforeAll). */
export function serveProbe(server: TestServer): void {
  server.page('/e2e/probe.js', PROBE, { 'Content-Type': 'text/javascript; charset=utf-8' });
}

/** What the current document logged, threw or had refused by its CSP (the probe's record). */
export function pageLogs(page: EnginePage): Promise<PageLog[]> {
  return page.evaluate(() => ((window as unknown as { __probe?: PageLog[] }).__probe || []).slice());
}

/** A `<script src="/dist/hearken.js" data-…>` tag (`true`: bare attribute). */
export function hearkenTag(attributes: Record<string, string | true>): string {
  const attrs = Object.entries(attributes).map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`));
  return `<script src="/dist/hearken.js"${attrs.join('')}></script>`;
}

/** A small page loading the probe first (with `nonce` if given), then `head`; `body` in <main>. */
export function pageHtml(head: string, body = '', { lang = 'en', nonce = '' } = {}): string {
  return `<!doctype html><html lang="${lang}"${lang == 'ar' || lang == 'he' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>hearken in every engine</title>
<script src="/e2e/probe.js"${nonce ? ` nonce="${nonce}"` : ''}></script>${head}</head>
<body><main><h1>Thank you for your order</h1><p>Order NW-10482 ships on Monday.</p>${body}</main></body></html>`;
}

/** Forgets what earlier tests left in this origin (caps, visitor id, outbox), in any engine. */
export { freshOrigin } from '../pages/widget';

/** Resolves once the prompt shows its scale. */
export const promptShown = (page: EnginePage) => waitForElement(page, PROMPT.option(1, 1));

/** Resolves once the prompt's opening animation has finished (positions are final). */
export const settled = (page: EnginePage) =>
  evaluateOn(page, PROMPT.dialog, async (el) => {
    await Promise.all(el!.getAnimations({ subtree: true }).map((a) => a.finished));
  });

/** The number of prompts on the page. */
export const promptCount = (page: EnginePage) => page.evaluate(() => document.querySelectorAll('hearken-prompt').length);

/** Picks `score` with a click, types `comment` and sends it with a click; waits for the thank-you. */
export async function answerWithClicks(page: EnginePage, score: number, comment: string, min = 0): Promise<void> {
  await page.click(PROMPT.option(score, min));
  await page.click(PROMPT.comment);
  await page.type(comment);
  await page.click(PROMPT.send);
  await waitForElement(page, PROMPT.thanks);
}

/** The stored answer with this comment, waiting for it. */
export async function storedAnswer(server: TestServer, comment: string, timeoutMs = 10_000): Promise<Answer> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = server.answers().find((a) => a.comment == comment);
    if (found) return found;
    if (Date.now() > end) throw new Error(`[hearken] no stored answer with comment ${JSON.stringify(comment)} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Computed styles of the prompt's dialog that an unstyled prompt would not have. */
export const dialogStyle = (page: EnginePage) =>
  evaluateOn(page, PROMPT.dialog, (el) => {
    const s = getComputedStyle(el!);
    return { position: s.position, background: s.backgroundColor, radius: s.borderTopLeftRadius, padding: s.paddingTop, zIndex: s.zIndex };
  });

export { waitFor, waitForElement, evaluateOn };
