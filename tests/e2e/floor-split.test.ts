/**
 * The bench's "floor split as hearken's prompt path" row (tests/bench/floor-split.mjs) in real Chromium: its first
 * script reads the page's storage and loads the floor's bundle only where a prompt may show, as a light start does, so
 * the row measures a read, a decision and a second file before the floor renders. (A stand-in renders the floor's
 * button here: the bench's floor is bundled from peers installed on first use, which `npm test` does not install.)
 */
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { useFreshOriginBrowser } from './pages/widget';
import { hostPage, FLOOR_VISIBLE, SCRIPT_HEADERS } from '../bench/pages.mjs';
import { FLOOR_SPLIT, floorSplitCode } from '../bench/floor-split.mjs';

const FLOOR = '/bench/floor.js';
const STAND_IN = `var root = document.createElement('div'); root.setAttribute('data-floor', '');
root.innerHTML = '<button type="button">Clicked 0 times</button>'; document.body.appendChild(root);`;

describeBrowser("the bench's floor split as hearken's prompt path, in Chromium", () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server);
  beforeEach(() => {
    server.page(FLOOR, STAND_IN, SCRIPT_HEADERS);
    server.page(FLOOR_SPLIT.path, floorSplitCode(FLOOR), SCRIPT_HEADERS);
    server.page('/bench/floor-split.html', hostPage({ src: FLOOR_SPLIT.path }, FLOOR_VISIBLE));
  });
  /** The paths the page fetched under /bench/ once it settled (the host page adds the first script after its load). */
  const fetched = (page: Page) =>
    page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/bench/')));

  it("a visitor who may be asked: the first script reads storage, then loads the floor's bundle, which renders", async () => {
    const page = suite.browser.page;
    await page.goto(server.url + '/bench/floor-split.html');
    await page.locator('[data-floor] button').waitFor();
    expect(await fetched(page)).toEqual([FLOOR_SPLIT.path, FLOOR]);
  });

  it("a visitor inside the re-survey wait: the first script loads nothing, and nothing renders", async () => {
    const page = suite.browser.page;
    // (the page is on the server's origin, its storage cleared: see useFreshOriginBrowser)
    await page.evaluate(() => localStorage.setItem('hearken:history', JSON.stringify({ nps: { answeredAt: Date.now() - 7 * 864e5 } })));
    await page.goto(server.url + '/bench/floor-split.html');
    // once the first script has arrived and run (it would add the floor's script element as it runs), a frame later
    await expect.poll(() => fetched(page)).toContain(FLOOR_SPLIT.path);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await page.locator(`script[src="${FLOOR}"]`).count()).toBe(0);
    expect(await fetched(page)).toEqual([FLOOR_SPLIT.path]);
    expect(await page.locator('[data-floor]').count()).toBe(0);
  });
});
