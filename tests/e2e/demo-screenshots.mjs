#!/usr/bin/env node
/**
 * Takes the README screenshots: docs/dashboard.png (the dashboard over 90 days of sample answers, plus
 * one live answer) and docs/storefront.png (the storefront app asking CSAT after a purchase).
 * Run after `npm run build`: `node tests/e2e/demo-screenshots.mjs`. Uses Debian's Chromium
 * (CHROMIUM_PATH to change) and a temporary data folder.
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
seed(dataDir, { end: Date.now() });
await buildApp();
const server = await startDemoServer({ port: 0, dataDir, quiet: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
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
  await app.screenshot({ path: join(docs, 'storefront.png') });
  await app.locator('hearken-prompt [role=radio]:text-is("4")').click();
  await app.locator('hearken-prompt textarea').fill('Two taps and done, love it');
  await app.locator('hearken-prompt button:text-is("Send")').click();

  // the answer arrives live
  await dash.waitForFunction(() => /^Last answer/.test(document.getElementById('last-answer')?.textContent || ''), null, { timeout: 15_000 });
  await dash.waitForTimeout(1300); // let the highlight fade
  await dash.screenshot({ path: join(docs, 'dashboard.png') });
  console.log(`hearken: wrote ${join(docs, 'storefront.png')} and ${join(docs, 'dashboard.png')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
