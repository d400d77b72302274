#!/usr/bin/env node
/**
 * Takes the demo's README screenshots, all in one run:
 * - docs/dashboard.png: the dashboard at 1280 px over 90 days of sample answers, plus one live answer;
 * - docs/dashboard-follow-up.png: its "To contact", touchpoint intervals and reasons;
 * - docs/storefront.png: the storefront app asking CSAT after a purchase;
 * - docs/demo-shop-{320,390,1280}.png: the shop's catalogue asking NPS in the shop's own accent;
 * - docs/demo-app-{320,390}.png: the storefront app on a phone.
 * Run after `npm run build`: `node tests/e2e/demo-screenshots.mjs`. Uses Debian's Chromium (CHROMIUM_PATH to
 * change) and a temporary data folder.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../demo/server/app.mjs';
import { seed } from '../../demo/server/seed.mjs';
import { buildApp } from '../../demo/app/build.mjs';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const dataDir = mkdtempSync(join(tmpdir(), 'hearken-shots-'));
mkdirSync(docs, { recursive: true });
await buildApp();
const server = await startDemoServer({ port: 0, dataDir, quiet: true });
await seed(server.store, { end: Date.now() });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
/** @type {string[]} */
const written = [];
/** @param {import('playwright-core').Page} page @param {string} name */
async function shoot(page, name) {
  await page.screenshot({ path: join(docs, name) });
  written.push(name);
}

try {
  // Phones and a desktop: each in a fresh context, so every shop visit is a new session that may be asked.
  for (const width of [320, 390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 800 ? 740 : 800 }, deviceScaleFactor: 1, colorScheme: 'light' });
    const shop = await context.newPage();
    await shop.goto(server.url + '/shop/');
    await shop.locator('hearken-prompt [role=radio]').first().waitFor({ timeout: 10_000 }); // data-delay="3000"
    await shop.waitForTimeout(400); // the prompt's entrance animation
    await shoot(shop, `demo-shop-${width}.png`);
    if (width < 800) {
      const app = await context.newPage();
      await app.goto(server.url + '/app/');
      await app.locator('.tiles').waitFor();
      await shoot(app, `demo-app-${width}.png`);
    }
    await context.close();
  }

  const dash = await browser.newPage({ viewport: { width: 1280, height: 1500 }, deviceScaleFactor: 1, colorScheme: 'light' });
  await dash.goto(server.url + '/dashboard/');
  await dash.waitForFunction(() => document.getElementById('live')?.dataset.state == 'live');

  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1, colorScheme: 'light' });
  const app = await context.newPage();
  await app.goto(server.url + '/app/product/yirgacheffe');
  await app.locator('button:text-is("Add to cart and check out")').click();
  await app.locator('button:text-is("Place order")').click();
  await app.locator('hearken-prompt [role=radio]').first().waitFor();
  await app.waitForTimeout(400); // the prompt's entrance animation
  await shoot(app, 'storefront.png');
  await app.locator('hearken-prompt [role=radio]:text-is("4")').click();
  await app.locator('hearken-prompt textarea').fill('Two taps and done, love it');
  await app.locator('hearken-prompt button:text-is("Send")').click();

  // the answer arrives live
  await dash.waitForFunction(() => /^Last answer/.test(document.getElementById('last-answer')?.textContent || ''), null, { timeout: 15_000 });
  await dash.waitForTimeout(1300); // let the highlight fade
  await shoot(dash, 'dashboard.png');
  const sections = dash.locator('section.follow-up');
  const first = /** @type {{ x: number, y: number, width: number, height: number }} */ (await sections.first().boundingBox());
  const last = /** @type {{ x: number, y: number, width: number, height: number }} */ (await sections.last().boundingBox());
  const scrollY = await dash.evaluate(() => scrollY);
  await dash.screenshot({ path: join(docs, 'dashboard-follow-up.png'), fullPage: true, clip: { x: 0, y: first.y + scrollY - 16, width: 1280, height: last.y + last.height - first.y + 32 } });
  written.push('dashboard-follow-up.png');
  console.log(`hearken: wrote ${written.map((name) => join('docs', name)).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
