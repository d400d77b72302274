/**
 * Takes the README's screenshots into docs/ (not part of `npm test`): the prompt as the demo server
 * serves it, in headless Chromium, light colour scheme.
 *
 *   npm run build && node tests/e2e/screenshots.mjs
 *
 * Writes docs/nps.png (the demo shop's catalogue, whole page, with its NPS prompt), csat-inline.png (the
 * demo shop's order confirmation, whole page, with its inline CSAT), and, cropped to the prompt on a page
 * of the shop's look: ces.png, dark.png, rtl.png (Arabic); mobile.png (a 320 px screen).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../demo/server/app.mjs';

const DOCS = new URL('../../docs/', import.meta.url).pathname;
// The flags of tests/e2e/harness/browser.ts (a .ts file, which node cannot import here).
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'];

/** A page of the demo shop's look with the script tag and these data-attributes (for the shots of options the shop does not use). */
function shopPage(attributes, lang = 'en') {
  const attrs = Object.entries({ 'data-endpoint': '/collect', 'data-brand': 'Northwind Coffee', 'data-theme': 'light', ...attributes })
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Northwind Coffee</title><link rel="stylesheet" href="/style.css"><link rel="stylesheet" href="/shop/shop.css">
<script src="/dist/hearken.js" ${attrs} defer></script></head>
<body><header class="site-header"><div class="wrap"><a class="logo" href="/shop/">Northwind <span>Coffee</span></a></div></header>
<main class="wrap"><h1>Single-origin coffee, roasted on Mondays</h1><p class="lead">Beans from small farms, shipped within a week of roasting.</p></main></body></html>`;
}

const shots = [
  // the demo shop's catalogue as served, NPS after its data-delay of 3 s
  { file: 'nps.png', path: '/shop/', viewport: { width: 1100, height: 720 }, whole: true },
  // the demo shop's order confirmation with its inline CSAT, the receipt above it
  { file: 'csat-inline.png', path: '/shop/order.html', viewport: { width: 1100, height: 640 }, whole: true },
  { file: 'ces.png', path: '/shots/ces.html', html: shopPage({ 'data-survey': 'ces', 'data-task': 'find what you were looking for' }) },
  { file: 'dark.png', path: '/shots/dark.html', html: shopPage({ 'data-survey': 'csat', 'data-style': 'stars', 'data-subject': 'your order', 'data-theme': 'dark' }) },
  { file: 'rtl.png', path: '/shots/rtl.html', html: shopPage({ 'data-survey': 'nps', 'data-brand': 'نورثويند' }, 'ar') },
  { file: 'mobile.png', path: '/shots/mobile.html', html: shopPage({ 'data-survey': 'nps' }), viewport: { width: 320, height: 640 }, full: true },
];

const dataDir = mkdtempSync(join(tmpdir(), 'hearken-shots-'));
const server = await startDemoServer({ port: 0, host: '127.0.0.1', dataDir, quiet: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
mkdirSync(DOCS, { recursive: true });
try {
  for (const shot of shots) {
    if (shot.html) server.page(shot.path, shot.html);
    // a fresh context each: no caps or resurvey dates carried over from the previous shot
    const context = await browser.newContext({ colorScheme: 'light', viewport: shot.viewport || { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => m.type() == 'error' && console.error(`${shot.file}: ${m.text()}`));
    await page.goto(server.url + shot.path);
    const dialog = page.locator('hearken-prompt [role=dialog]').first();
    await dialog.locator('[role=radio]').first().waitFor({ timeout: 15_000 });
    await dialog.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const out = join(DOCS, shot.file);
    if (shot.full) await page.screenshot({ path: out, animations: 'disabled' });
    else if (shot.whole) await page.screenshot({ path: out, fullPage: true, animations: 'disabled' });
    else {
      // the prompt and a margin of what is around it, so the shadow and rounded corners show
      const box = await dialog.boundingBox();
      const size = page.viewportSize();
      const m = 16;
      const x = Math.max(0, box.x - m);
      const y = Math.max(0, box.y - m);
      const clip = { x, y, width: Math.min(size.width, box.x + box.width + m) - x, height: Math.min(size.height, box.y + box.height + m) - y };
      await page.screenshot({ path: out, clip, animations: 'disabled' });
    }
    console.log('wrote docs/' + shot.file);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
