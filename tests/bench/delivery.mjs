/**
 * The delivery bench: hearken's outbox and fetch transport (from src/, bundled with esbuild) in
 * Chromium with a real on-disk IndexedDB (a persistent profile), against the demo collector.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromium } from './browser.mjs';
import { median } from './stats.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');

/**
 * @typedef {object} DeliveryResult
 * @property {number} count answers added and flushed
 * @property {number} addMedianUs median time of one `add` (stored durably), µs
 * @property {number} addFirstUs median of the first 100 adds (an outbox nearly empty), µs
 * @property {number} addLastUs median of the last 100 adds (`count` − 100 already waiting), µs
 * @property {number} flushMs one `flush()` of all of them, ms
 * @property {number} requests POSTs the flush made
 * @property {number} stored answers the collector stored
 * @property {number} left answers still in the outbox after the flush
 * @property {string[]} problems `error` / `drop` events
 */

/** Bundles tests/bench/outbox-page.ts (which imports src/) into one script. */
async function bundle() {
  const { build } = await import(join(REPO, 'node_modules', 'esbuild', 'lib', 'main.js'));
  const r = await build({
    entryPoints: [join(HERE, 'outbox-page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2017',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    absWorkingDir: REPO,
  });
  return Buffer.from(r.outputFiles[0].contents);
}

/**
 * Adds `count` answers one by one, then flushes them all to the server's `/collect`.
 * @param {import('../../demo/server/app.mjs').DemoServer} server
 * @param {number} count
 * @returns {Promise<DeliveryResult>}
 */
export async function benchDelivery(server, count) {
  server.page('/bench/outbox.js', await bundle(), { 'Content-Type': 'text/javascript; charset=utf-8' });
  server.page('/bench/outbox.html', '<!doctype html><html lang="en"><meta charset="utf-8"><title>outbox bench</title><script src="/bench/outbox.js"></script></html>');
  const before = (await server.store.query()).length;
  const profile = mkdtempSync(join(tmpdir(), 'hearken-bench-profile-'));
  const context = await (await chromium()).launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = context.pages()[0] || (await context.newPage());
    await page.goto(server.url + '/bench/outbox.html');
    const r = await page.evaluate((/** @type {{ count: number, endpoint: string }} */ { count, endpoint }) => /** @type {any} */ (window).hearkenBench.run(count, endpoint), { count, endpoint: server.url + '/collect' });
    /** @type {number[]} */
    const adds = r.adds;
    const us = (/** @type {number[]} */ list) => Math.round(median(list) * 1000);
    return {
      count,
      addMedianUs: us(adds),
      addFirstUs: us(adds.slice(0, 100)),
      addLastUs: us(adds.slice(-100)),
      flushMs: r.flushMs,
      requests: r.requests,
      stored: (await server.store.query()).length - before,
      left: r.left,
      problems: r.pending == count ? r.problems : [`only ${r.pending} of ${count} answers were stored`, ...r.problems],
    };
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}
