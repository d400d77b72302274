/**
 * Pages and probes shared by the hostile-page and accessibility browser tests
 * (tests/e2e/hostile-*.test.ts, tests/e2e/a11y-*.test.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import type { PageLog } from '../../harness/browser';
import type { TestServer } from '../../harness/server';
import type { Answer } from '../../../../src/surveys/types';
import { PARTS, atRest } from '../../harness/prompt-parts';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, '..', '..', '..', '..', 'node_modules');

/** Third-party files the test pages load, by the path they are served at. */
export const VENDOR = {
  '/vendor/bootstrap.css': join(modules, 'bootstrap', 'dist', 'css', 'bootstrap.min.css'),
  '/vendor/preflight.css': join(modules, 'tailwindcss', 'preflight.css'),
  '/vendor/hostile.css': join(here, 'hostile.css'),
  '/vendor/preact.mjs': join(modules, 'preact', 'dist', 'preact.mjs'),
  '/vendor/axe.js': join(modules, 'axe-core', 'axe.min.js'),
};

/** The path of axe-core's source, for `page.addScriptTag({ path })`. */
export const AXE_PATH = VENDOR['/vendor/axe.js'];

/** The axe-core rule tags the audits run: WCAG 2.0 A/AA, 2.1 AA, 2.2 AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What an axe run found. */
export interface AxeSummary {
  violations: { id: string; help: string; targets: unknown[] }[];
  /** Rules that checked at least one node inside the prompt. */
  inPrompt: string[];
}

/** Runs axe (loaded from {@link AXE_PATH}) over the whole document, the prompt's shadow root included. */
export function audit(page: Page): Promise<AxeSummary> {
  return page.evaluate(async (tags) => {
    type Node = { target: unknown[] };
    type Result = { id: string; help: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
    const inside = (n: Node) => JSON.stringify(n.target).indexOf('hearken-prompt') >= 0;
    return {
      violations: r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target) })),
      inPrompt: [...r.violations, ...r.passes].filter((x) => x.nodes.some(inside)).map((x) => x.id),
    };
  }, WCAG_TAGS);
}

/** Serves the files of {@link VENDOR} from the test server. */
export function serveVendor(server: TestServer): void {
  for (const [path, file] of Object.entries(VENDOR)) {
    const type = path.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    server.page(path, readFileSync(file), { 'Content-Type': type });
  }
}

/** Escapes text for an HTML attribute value or element content. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A `<script src="/dist/hearken.js">` tag with these `data-*` attributes (values escaped) and extra raw attributes. */
export function hearkenTag(data: Record<string, string>, extra = ''): string {
  const attrs = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
  return `<script src="/dist/hearken.js"${attrs}${extra ? ' ' + extra : ''}></script>`;
}

/** A whole page: `head` (links) and `body` HTML, in English. */
export function pageHtml(head: string, body: string, title = 'hostile'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** The prompt's dialog (inside the open shadow root of `<hearken-prompt>`). */
export const dialog = (page: Page) => page.locator('hearken-prompt [role=dialog]');
/** The prompt's scale options. */
export const radios = (page: Page) => page.locator('hearken-prompt [role=radio]');

/** An init script: forgets hearken's caps and history before each document, so each navigation may show a prompt. */
export function freshStorage(): void {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // opaque origins (about:blank) have no storage
  }
}

/** A screenshot of the viewport and where an element is in it (CSS pixels). */
export interface Shot {
  png: Buffer;
  /** Width of the viewport in CSS pixels. */
  width: number;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Screenshots the viewport as it is displayed, with `locator`'s element in it. (Playwright's own
 * screenshots clip by document coordinates, which are shifted on RTL pages that overflow sideways.)
 */
export async function shoot(page: Page, locator: Locator): Promise<Shot> {
  await page.mouse.move(0, 0);
  // measured once the opening animation has finished
  await atRest(locator);
  const box = (await locator.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  try {
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    return { png: Buffer.from(data, 'base64'), width: await page.evaluate(() => innerWidth), box };
  } finally {
    await cdp.detach();
  }
}

/**
 * Compares the element of two shots, pixel by pixel: counts pixels that differ by more than
 * `tolerance` in any colour channel, leaving out the `corner`-pixel squares at the four corners
 * (a rounded card shows the page's own background there). Chromium decodes the PNGs: they are drawn
 * into canvases in a blank tab of the same context.
 */
export async function compareShots(
  page: Page,
  a: Shot,
  b: Shot,
  { tolerance = 16, corner = 16 } = {},
): Promise<{ sizes: [number, number][]; compared: number; differing: number }> {
  const tab = await page.context().newPage();
  try {
    return await tab.evaluate(
      async ({ shots, tolerance, corner }) => {
        const load = (data: string) =>
          new Promise<HTMLImageElement>((ok, fail) => {
            const img = new Image();
            img.onload = () => ok(img);
            img.onerror = () => fail(new Error('not a PNG'));
            img.src = 'data:image/png;base64,' + data;
          });
        const crops = await Promise.all(
          shots.map(async ({ png, width, box }) => {
            const img = await load(png);
            const scale = img.width / width;
            const [x, y, w, h] = [box.x, box.y, box.width, box.height].map((v) => Math.round(v * scale)) as [number, number, number, number];
            const canvas = document.createElement('canvas');
            canvas.width = w;
            canvas.height = h;
            const g = canvas.getContext('2d')!;
            g.drawImage(img, x, y, w, h, 0, 0, w, h);
            return { w, h, data: g.getImageData(0, 0, w, h).data };
          }),
        );
        const [p, q] = crops as [(typeof crops)[0], (typeof crops)[0]];
        const sizes = crops.map((c): [number, number] => [c.w, c.h]);
        let compared = 0;
        let differing = 0;
        if (p.w != q.w || p.h != q.h) return { sizes, compared, differing };
        for (let y = 0; y < p.h; y++)
          for (let x = 0; x < p.w; x++) {
            if ((x < corner || x >= p.w - corner) && (y < corner || y >= p.h - corner)) continue;
            compared++;
            const i = (y * p.w + x) * 4;
            for (let c = 0; c < 4; c++)
              if (Math.abs(p.data[i + c]! - q.data[i + c]!) > tolerance) {
                differing++;
                break;
              }
          }
        return { sizes, compared, differing };
      },
      { shots: [a, b].map((s) => ({ png: s.png.toString('base64'), width: s.width, box: s.box })), tolerance, corner },
    );
  } finally {
    await tab.close();
  }
}

/** Every computed style property of the elements matched by `selectors` (first match each). */
export function computedStyles(page: Page, selectors: string[]): Promise<Record<string, Record<string, string>>> {
  return page.evaluate((selectors) => {
    const out: Record<string, Record<string, string>> = {};
    for (const sel of selectors) {
      const el = document.querySelector(sel);
      if (!el) throw new Error('no ' + sel + ' on the page');
      const style = getComputedStyle(el);
      const props: Record<string, string> = {};
      for (let i = 0; i < style.length; i++) props[style[i]!] = style.getPropertyValue(style[i]!);
      out[sel] = props;
    }
    return out;
  }, selectors);
}

/** Properties whose values differ between two `computedStyles` results, as `selector: prop a → b`. */
export function styleChanges(before: Record<string, Record<string, string>>, after: Record<string, Record<string, string>>): string[] {
  const out: string[] = [];
  for (const sel of Object.keys(before))
    for (const prop of new Set([...Object.keys(before[sel]!), ...Object.keys(after[sel] || {})]))
      if (before[sel]![prop] !== after[sel]?.[prop]) out.push(`${sel}: ${prop} ${before[sel]![prop]} → ${after[sel]?.[prop]}`);
  return out;
}

/** Console errors, warnings and uncaught errors (`pageerror`) of the pages. */
export const problems = (logs: PageLog[]) => logs.filter((l) => l.type == 'error' || l.type == 'warning' || l.type == 'pageerror');

/**
 * An init script: records `securitypolicyviolation` events of the page in `window.__violations` (init
 * scripts run outside the page's CSP).
 */
export function recordViolations(): void {
  const list: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = list;
  document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`));
}

/** The violations {@link recordViolations} saw. */
export const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Picks `score` by clicking its radio, then sends `comment` (or skips without one); waits for the thank-you. */
export async function answer(page: Page, score: number, comment?: string): Promise<void> {
  const all = radios(page);
  const first = Number((await all.first().getAttribute('aria-label'))!.split(' ')[0]);
  await all.nth(score - first).click();
  const box = page.locator('hearken-prompt textarea');
  if (comment !== undefined) {
    await box.fill(comment);
    await page.locator(`hearken-prompt ${PARTS.send}`).click();
  } else await page.locator(`hearken-prompt ${PARTS.skip}`).click();
  await page.locator(`hearken-prompt ${PARTS.thanksDetail}`).waitFor();
}

/**
 * Waits until the collector has stored an answer matching `test` (answers of earlier pages may
 * arrive in between, from the outbox) and returns it; every stored answer is also returned.
 */
export async function waitForAnswer(server: TestServer, test: (a: Answer) => boolean, timeoutMs = 10_000): Promise<Answer> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = server.answers().find(test);
    if (found) return found;
    if (Date.now() > end) throw new Error(`no matching answer stored within ${timeoutMs} ms; stored: ${JSON.stringify(server.answers())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
