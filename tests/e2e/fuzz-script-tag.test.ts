/**
 * Property-based test of the script tag in real headless Chromium: fast-check writes a `<script
 * src="/dist/hearken.js">` tag with some of the known `data-*` attributes holding random, hostile or
 * valid values, and each run loads that page in a fresh browser context. Whatever the values:
 *
 * - nothing is thrown into the page (no `pageerror`), and the page's own script after hearken's still runs;
 * - every `console.error` is hearken's (`[hearken] …`) and names a `data-*` attribute the tag carries;
 * - each complaint is logged once;
 * - a prompt renders and works (a radio group, a pick brings the comment box), as bad values are left out
 *   and the rest applies — unless a good value of an attribute that may rightly hold it back or defer it
 *   was given (a trigger, a filter, consent; see HOLD_BACK), or the endpoint is bad (nowhere to send to).
 *   So every run ends with a working prompt, a `[hearken]` error naming a given attribute, or a rule that
 *   was asked to wait.
 *
 * The jsdom twin (tests/fuzz/attributes.test.ts) runs many more cases against the parsers directly.
 * A fixed seed keeps the runs the same; on a failure fast-check prints the seed and the smallest tag.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { chromium, type Browser, type ConsoleMessage } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { kebab } from '../../src/config/checks';
import { ATTRIBUTE_OPTIONS, attributeValue } from '../fuzz/helpers';

const SEED = 20250301;
const RUNS = 25;

/**
 * Options that, with a good value, may keep the prompt from showing on a fresh page load, or show it
 * later than the test waits: triggers (`manual`, a delay, exit intent, an event), filters (pages,
 * sample, device, page views), consent, and the endpoint (another URL is fine, but a bad one leaves
 * nowhere to send answers to, so nothing is asked).
 */
const HOLD_BACK = ['trigger', 'delay', 'exitIntent', 'onEvent', 'minPageviews', 'pages', 'sample', 'device', 'consent', 'endpoint'];

/** Some attributes, each with a value (the same arbitrary the jsdom fuzz tests use). */
const tags = fc.dictionary(fc.constantFrom(...ATTRIBUTE_OPTIONS), attributeValue, { minKeys: 1, maxKeys: 6 });

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page: hearken's tag (posting to /collect unless the run gives its own endpoint), then the page's own script. */
function page(options: Record<string, string>): string {
  const attrs = Object.entries({ endpoint: '/collect', ...options })
    .map(([option, value]) => ` data-${kebab(option)}="${escapeAttr(value)}"`)
    .join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fuzz</title><link rel="icon" href="data:,"></head>' +
    `<body><h1>Fuzzed tag</h1><script src="/dist/hearken.js"${attrs}></script>` +
    '<script>window.pageScript = { ran: true, hearken: typeof window.Hearken };</script></body></html>'
  );
}

describeBrowser('fuzzed script-tag attributes in Chromium', () => {
  const server = useTestServer();
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(() => browser?.close());

  it('never throw into the page; a working prompt, or a [hearken] error naming a given attribute', async () => {
    let run = 0;
    // how many runs had a prompt to try (none held back), and how many a [hearken] error: the mix must hold both
    let prompted = 0;
    let complained = 0;
    await fc.assert(
      fc.asyncProperty(tags, async (options) => {
        const path = `/fuzz-${++run}.html`;
        server.page(path, page(options));
        const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
        try {
          const tab = await context.newPage();
          const thrown: string[] = [];
          const errors: string[] = [];
          tab.on('pageerror', (e) => thrown.push(String(e)));
          tab.on('console', (m: ConsoleMessage) => m.type() == 'error' && errors.push(m.text()));
          await tab.goto(server.url + path);

          expect(await tab.evaluate(() => (window as unknown as { pageScript: unknown }).pageScript)).toEqual({ ran: true, hearken: 'object' });
          // (that round trip also brought the console messages of the script's run)
          const given = Object.keys(options).map((o) => 'data-' + kebab(o));
          const reported = (option: string) => errors.some((e) => e.includes('data-' + kebab(option) + ' '));
          // A bad value is left out, so only a good one can hold the prompt back; a bad endpoint leaves nowhere to send to.
          // (A bad data-survey too is left out: the script tag asks NPS, README's Bad input.)
          const heldBack = Object.keys(options).some((o) => HOLD_BACK.includes(o) && (o == 'endpoint' || !reported(o)));
          const dialog = tab.locator('hearken-prompt [role=dialog]');
          if (!heldBack) {
            prompted++;
            // bad values are left out and the rest applies: the prompt shows on load, and works
            await dialog.waitFor({ timeout: 5000 });
            const radios = dialog.locator('[role=radiogroup] [role=radio]');
            expect(await radios.count()).toBeGreaterThanOrEqual(3);
            await radios.last().click();
            await dialog.locator('textarea').waitFor({ timeout: 5000 });
          }
          if (errors.length) complained++;

          expect(thrown).toEqual([]);
          for (const error of errors) {
            expect(error).toMatch(/^\[hearken\] /);
            expect(given.some((name) => error.includes(name)), `${error} names one of ${given.join(' ')}`).toBe(true);
          }
          // each complaint once
          expect(new Set(errors).size).toBe(errors.length);
        } finally {
          await context.close();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(`[fuzz script tag] ${RUNS} runs: ${prompted} with a prompt answered, ${complained} with a [hearken] error`);
    expect(prompted, 'runs whose prompt was tried').toBeGreaterThanOrEqual(RUNS / 5);
    expect(complained, 'runs with a [hearken] error').toBeGreaterThanOrEqual(RUNS / 5);
    // 25 browser contexts: about 20 s alone, and over a minute beside the rest of `npm test` on a loaded machine
  }, 180_000);
});
