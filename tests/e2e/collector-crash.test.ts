/**
 * The collector under crashes: 10 pages in headless Chromium make 1,000 answers through hearken's prompt while a front
 * server drops and refuses some requests, and the collector process (dist/collector.js) is killed with SIGKILL at
 * seeded random moments and restarted. After every kill, each answer the collector had acknowledged with a 2xx is in
 * the database; at the end, after the widget's own retries, all 1,000 are there exactly once. Run for both stores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, dropTestDatabases } from '../collector/stores/postgres-database';
import { collectorProcess, seededRandom, startFront } from './collector-crash-helpers';
import { fixturePage, madeIds, pending, recorder, until } from './delivery-helpers';
import { describeBrowser, launchBrowser } from './harness/browser';

const PAGES = 10;
const PER_PAGE = 100;
const MAX_KILLS = 6;
/**
 * Kills made even when the pages have made and delivered their answers sooner (a fast machine: one run killed the
 * embedded store twice only): each still proves that what was acknowledged survives a SIGKILL and a restart.
 */
const MIN_KILLS = 4;
/** The pages' pace, ms between two answers of one page: slow enough that the kills meet answers in flight. */
const ANSWER_GAP_MS = 60;
const SEED = Number(process.env.CRASH_SEED) || 20261204;

/** Makes `count` answers in the page through the prompt's own controls, one every `gapMs`, in the background. */
function answerMany([count, gapMs, touchpoint]: [number, number, string]): void {
  const w = window as unknown as { Hearken: { show(survey: string, options: object): void }; __answering?: number };
  w.__answering = count;
  const find = (el: Element, selector: string, index = 0) =>
    new Promise<HTMLElement>((resolve, reject) => {
      const end = Date.now() + 10_000;
      const look = () => {
        const found = el.querySelector('hearken-prompt')?.shadowRoot?.querySelectorAll<HTMLElement>(selector)[index];
        if (found) resolve(found);
        else if (Date.now() > end) reject(new Error('no ' + selector + ' in the prompt'));
        else setTimeout(look, 5);
      };
      look();
    });
  void (async () => {
    for (let i = 0; i < count; i++) {
      const el = document.createElement('div');
      document.getElementById('slots')!.append(el);
      w.Hearken.show('nps', { target: el, touchpoint });
      (await find(el, '[role=radio]', i % 11)).click();
      // Send (PARTS.send of harness/prompt-parts.ts: code run in the page cannot import it)
      (await find(el, 'textarea ~ div > button:last-child')).click();
      setTimeout(() => el.remove(), 200);
      w.__answering!--;
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  })();
}

/** The ids in the database, as the collector process just started on it reads them. */
async function storedIds(port: number): Promise<string[]> {
  return (await (await fetch(`http://127.0.0.1:${port}/stored-ids`)).json()) as string[];
}

async function crashRun(kind: 'embedded' | 'postgres', where: string): Promise<void> {
  const random = seededRandom(SEED);
  const collector = collectorProcess(kind, where);
  collector.port = await collector.start();
  const page = fixturePage({ 'max-entries': '5000', 'auto-close-ms': '30' });
  const front = await startFront(collector, page, random);
  const browser = await launchBrowser();
  const started = Date.now();
  let kills = 0;
  const restarts: number[] = [];
  try {
    await browser.context.addInitScript(recorder);
    const pages: Page[] = [browser.page];
    while (pages.length < PAGES) pages.push(await browser.context.newPage());
    await Promise.all(pages.map((p) => p.goto(front.url + '/page.html')));
    await Promise.all(pages.map((p, i) => p.evaluate(answerMany, [PER_PAGE, ANSWER_GAP_MS, `tab-${i}`] as [number, number, string])));
    const answering = () => Promise.all(pages.map((p) => p.evaluate(() => (window as unknown as { __answering: number }).__answering)));
    // Kill at random moments while the pages answer and deliver; after each restart, before any new request reaches
    // the new process, every id acknowledged so far must be in the database.
    const delivered = async () => {
      const made = await madeIds(browser.page);
      return made.length == PAGES * PER_PAGE && made.every((id) => front.stats.acknowledged.has(id));
    };
    while (kills < MAX_KILLS && (kills < MIN_KILLS || (await answering()).some((left) => left > 0) || !(await delivered()))) {
      await new Promise((resolve) => setTimeout(resolve, 1000 + random() * 2000));
      await collector.kill();
      kills++;
      const acknowledged = [...front.stats.acknowledged];
      const restart = Date.now();
      const port = await collector.start();
      restarts.push(Date.now() - restart);
      const stored = new Set(await storedIds(port));
      expect(acknowledged.filter((id) => !stored.has(id)), 'acknowledged with a 2xx but not in the database').toEqual([]);
      collector.port = port;
    }
    // The kills may all be spent before the pages made their answers (on a slow machine): let them finish first, or
    // the reload below would cut their answering short.
    await until('every page made its answers', async () => (await answering()).every((left) => left == 0), 90_000);
    // The widget's own retries deliver the rest: its backoff timer, or, when that has grown long during the outages,
    // the next page load (the visitors go on browsing).
    let reloaded = false;
    await until('every answer acknowledged', delivered, 10_000).catch(async () => {
      reloaded = true;
      await Promise.all(pages.map((p) => p.reload()));
    });
    await until('every answer acknowledged', delivered, 60_000).catch(async (error) => {
      const made = await madeIds(browser.page);
      const missing = made.filter((id) => !front.stats.acknowledged.has(id));
      const waiting = await pending(browser.page).catch(() => -1);
      throw new Error(`${error.message}: ${made.length} made, ${missing.length} not acknowledged, ${waiting} in the outbox; ${JSON.stringify({ ...front.stats, acknowledged: front.stats.acknowledged.size, kills, starts: collector.starts, lastRequest: front.stats.lastRequestAt - started })}`);
    });
    const made = await madeIds(browser.page);
    expect(made).toHaveLength(PAGES * PER_PAGE);
    const stored = await storedIds(collector.port!);
    expect(stored).toHaveLength(PAGES * PER_PAGE);
    expect(new Set(stored)).toEqual(new Set(made));
    console.log(
      `[crash ${kind}] ${made.length} answers, ${kills} kills, ${front.stats.requests} requests (${front.stats.faults} faults, ${front.stats.refused} met a dead collector), ${((Date.now() - started) / 1000).toFixed(1)} s, restarts took ${restarts.join(', ')} ms${reloaded ? ', pages reloaded once' : ''}`,
    );
  } finally {
    await collector.kill();
    await browser.close();
    await new Promise((resolve) => front.server.close(resolve));
  }
}

describeBrowser('collector crash: SIGKILL at random moments', () => {
  it('embedded store: every 2xx is stored, and all 1,000 answers end up there exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearken-crash-'));
    try {
      await crashRun('embedded', dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  describePostgres('PostgreSQL', {}, () => {
    afterAll(dropTestDatabases, 60_000);
    it('PostgreSQL store: every 2xx is stored, and all 1,000 answers end up there exactly once', async () => {
      await crashRun('postgres', await createTestDatabase());
    }, 240_000);
  });
});
