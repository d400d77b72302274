/**
 * The delivery soak (`npm run soak`, not part of `npm test`): 1,000 answers made through the real prompt in
 * several tabs of one headless Chromium profile, with random reloads and closed tabs, against the demo collector
 * failing at random (500, 429, hung requests, dropped connections before and after saving, slow replies).
 * Prints `answers made N of M, stored N, lost 0, duplicates 0` and a line on drops; exits 1 when any answer is
 * lost (never stored, or given up on by a `drop` event: a drop counts as lost here, the soak should see none) or
 * stored twice, 2 when fewer answers than asked were made or it cannot finish in time.
 *
 *   node tests/soak/run.mjs [--answers=1000] [--tabs=4] [--rate=0.3] [--seed=N] [--minutes=10] [--churn=0.05] [--max-entries=2000]
 *
 * An answer is "made" once its Send click has been handled; each carries a unique comment (`soak-<n>`), so an
 * answer whose tab was closed before it reported its id still counts. Answers a beacon took while a tab was
 * left are resent by the next load once the beacon would have timed out (the collector dedups by id), so the
 * runner reloads a tab now and then while it waits for the last ones, as a returning visitor would.
 */
import { Buffer } from 'node:buffer';
import { subscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../demo/server/app.mjs';

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const TOTAL = arg('answers', 1000);
const TABS = arg('tabs', 4);
const RATE = arg('rate', 0.3);
const SEED = arg('seed', Date.now() % 1e6);
// data-max-entries: twice the answers, so that the outbox's cap (default 500, unit-tested) cannot evict here. The
// runner makes answers some 40 a second from one browser profile, faster than delivery under --faults sends them,
// so at the default cap the oldest may be evicted (and reported by `drop`): the cap at work, not delivery losing
// answers. --max-entries=500 runs the soak with the default cap.
const MAX_ENTRIES = arg('max-entries', 2 * TOTAL);
const MINUTES = arg('minutes', 10);
const CHURN = arg('churn', 0.05); // the chance, after each answer, that its tab is reloaded (3/5) or closed (2/5)
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const started = Date.now();
const deadline = started + MINUTES * 60_000;
const elapsed = () => ((Date.now() - started) / 1000).toFixed(0) + ' s';
const log = (line) => console.log(`[soak ${elapsed()}] ${line}`);

// A seeded generator for the runner's own choices (which tab reloads or closes), so a run can be repeated.
let state = SEED >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const page = (attrs) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>soak</title></head><body><main id="slots"></main><script src="/dist/hearken.js"${Object.entries(attrs)
    .map(([k, v]) => ` data-${k}="${v}"`)
    .join('')}></script></body></html>`;

/** Init script: reports each `answer` and `drop` event of window.Hearken to the runner. */
function hook() {
  let real;
  Object.defineProperty(window, 'Hearken', {
    configurable: true,
    get: () => real,
    set(v) {
      real = v;
      v.on('answer', (a) => window.__soakAnswer(a.id, a.comment || ''));
      v.on('drop', (d) => window.__soakDrop(d.reason, d.answers.map((a) => a.id)));
    },
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'hearken-soak-'));
const server = await startDemoServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  quiet: true,
  // hung requests are given up by the widget after 3 s (data-timeout-ms) and end at the server after 5 s
  faults: { rate: RATE, seed: SEED, slowMs: 800, hangMs: 5000, retryAfter: 1 },
});
// every POST /collect as it arrived, before faults and dedup: answer id → how it came (`beacon`, `fetch`), to tell
// of a lost answer whether the browser ever sent it
const carried = new Map();
const carriedComment = new Map(); // the same by comment, for answers whose id never reached the runner
subscribe('http.server.request.start', ({ request }) => {
  if (request.method != 'POST' || !String(request.url).startsWith('/collect')) return;
  const how = String(request.headers['content-type']).startsWith('text/plain') ? 'beacon' : 'fetch';
  const chunks = [];
  request.on('data', (c) => chunks.push(c));
  request.on('end', () => {
    try {
      for (const a of JSON.parse(Buffer.concat(chunks).toString('utf8')).answers) {
        carried.set(a.id, [...(carried.get(a.id) || []), how]);
        carriedComment.set(a.comment, [...(carriedComment.get(a.comment) || []), how]);
      }
    } catch {
      // not a batch
    }
  });
});
server.page('/soak.html', page({ endpoint: '/collect', trigger: 'manual', 'auto-close-ms': '20', 'timeout-ms': '3000', 'max-entries': MAX_ENTRIES }));

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
});
const context = await browser.newContext();
const reported = new Map(); // id → comment, from `answer` events
const drops = [];
await context.exposeBinding('__soakAnswer', (_, id, comment) => void reported.set(id, comment));
await context.exposeBinding('__soakDrop', (_, reason, ids) => void drops.push({ reason, ids }));
await context.addInitScript(hook);
const pageErrors = [];
const hearkenLogs = new Map(); // the pages' [hearken] warnings and errors (storage fallbacks, delivery errors) → count
context.on('page', (p) => {
  p.on('pageerror', (e) => pageErrors.push(String(e)));
  p.on('console', (m) => {
    const text = m.text();
    if ((m.type() == 'warning' || m.type() == 'error') && text.startsWith('[hearken]')) hearkenLogs.set(text.slice(0, 120), (hearkenLogs.get(text.slice(0, 120)) || 0) + 1);
  });
});

const made = new Set(); // comments of answers whose Send was handled
let next = 0;
let reloads = 0;
let closes = 0;

async function openTab() {
  const p = await context.newPage();
  await p.goto(server.url + '/soak.html');
  return p;
}

/**
 * Clicks through a prompt inside the page: the same handlers a visitor's clicks reach, without a round trip to
 * the runner per step (Playwright's mouse drives every tenth answer; this keeps 1,000 answers within minutes).
 */
async function clickThrough([id, touchpoint, score, comment]) {
  const el = document.createElement('div');
  el.id = id;
  document.getElementById('slots').append(el);
  window.Hearken.show('nps', { target: el, touchpoint });
  const find = (selector, index = 0) =>
    new Promise((resolve, reject) => {
      const end = Date.now() + 10_000;
      const look = () => {
        const host = el.querySelector('hearken-prompt');
        const found = host && host.shadowRoot && host.shadowRoot.querySelectorAll(selector)[index];
        if (found) resolve(found);
        else if (Date.now() > end) reject(new Error('[soak] no ' + selector + ' in the prompt'));
        else setTimeout(look, 5);
      };
      look();
    });
  (await find('[role=radio]', score)).click();
  const area = await find('textarea');
  area.value = comment;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  // Send (PARTS.send of tests/e2e/harness/prompt-parts.ts)
  (await find('textarea ~ div > button:last-child')).click();
}

/** One answer through the prompt of tab `p`, in the worker's own slot and touchpoint. */
async function answer(p, worker) {
  const n = next++;
  const comment = `soak-${n}`;
  const id = 's' + n;
  const touchpoint = 'tab-' + worker;
  if (n % 10) await p.evaluate(clickThrough, [id, touchpoint, n % 11, comment]);
  else {
    await p.evaluate(([i, tp]) => {
      const el = document.createElement('div');
      el.id = i;
      document.getElementById('slots').append(el);
      window.Hearken.show('nps', { target: el, touchpoint: tp });
    }, [id, touchpoint]);
    const prompt = p.locator(`#${id} hearken-prompt`);
    await prompt.locator('[role=radio]').nth(n % 11).click();
    await prompt.locator('textarea').fill(comment);
    await prompt.locator('textarea ~ div > button:last-child').click();
  }
  made.add(comment);
  return n;
}

async function worker(w) {
  let p = await openTab();
  while (next < TOTAL && Date.now() < deadline - 120_000) {
    try {
      const n = await answer(p, w);
      if ((n + 1) % 100 == 0) log(`${n + 1} answers made`);
      const r = random();
      if (r < CHURN * 0.6) {
        reloads++;
        await p.reload();
      } else if (r < CHURN) {
        closes++;
        await p.close();
        p = await openTab();
      }
    } catch (error) {
      log(`tab ${w}: ${String(error).split('\n')[0]}; opening a fresh tab`);
      await p.close().catch(() => {});
      p = await openTab();
    }
  }
  return p;
}

let exitCode = 0;
try {
  log(`seed ${SEED}, fault rate ${RATE}, ${TABS} tabs, ${TOTAL} answers, churn ${CHURN}, data-max-entries ${MAX_ENTRIES}`);
  const tabs = await Promise.all(Array.from({ length: TABS }, (_, w) => worker(w)));
  log(`made ${made.size} answers (${reloads} reloads, ${closes} closed tabs); waiting for delivery`);
  if (made.size < TOTAL) log(`stopped making answers at ${made.size} of ${TOTAL}: two minutes are kept for delivery`);

  const storedComments = () => new Set(server.feed.all().map((a) => a.comment));
  const done = () => server.feed.all().length >= made.size && [...made].every((c) => storedComments().has(c));
  let lastReload = Date.now();
  let lastStatus = Date.now();
  while (!done() && Date.now() < deadline) {
    // a returning visitor: the next load resends what beacons took and what waited for a timer
    if (Date.now() - lastReload > 8000) {
      lastReload = Date.now();
      await tabs[Math.floor(random() * tabs.length)].reload().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 250));
    if (Date.now() - lastStatus > 30_000) {
      lastStatus = Date.now();
      log(`stored ${server.feed.all().length} of ${made.size}; requests so far: ${summary(server.faults.history)}; drops ${drops.length}`);
    }
  }
  await server.feed.sync();

  // what the collector's store holds, answer by answer
  const lines = await server.store.query();
  const ids = lines.map((a) => a.id);
  const perComment = new Map();
  for (const a of lines) perComment.set(a.comment, (perComment.get(a.comment) || 0) + 1);
  const dropped = new Set(drops.flatMap((d) => d.ids));
  const storedIds = new Set(ids);
  // lost: made and never stored, or given up on (a `drop` event named it, whether or not a copy got through);
  // a dropped id whose answer event never reached the runner counts under its id
  const droppedAs = [...dropped].map((id) => reported.get(id) || 'id ' + id);
  const lostComments = [...new Set([...[...made].filter((c) => !perComment.has(c)), ...droppedAs])];
  const lost = lostComments.length;
  // duplicates: a repeated id line, an answer (comment) stored under two ids, or a line nobody made
  const duplicates =
    ids.length - storedIds.size + [...perComment.values()].filter((n) => n > 1).reduce((s, n) => s + n - 1, 0) + lines.filter((a) => !made.has(a.comment)).length;
  console.log(`answers made ${made.size} of ${TOTAL}, stored ${storedIds.size}, lost ${lost}, duplicates ${duplicates}`);
  console.log(`dropped ${dropped.size}${drops.length ? ' (' + summary(drops.flatMap((d) => d.ids.map(() => d.reason))) + ')' : ''}, counted as lost`);
  console.log(`(${reloads} reloads, ${closes} closed tabs; collector outcomes: ${summary(server.faults.history)}; page errors: ${pageErrors.length})`);
  if (lost || duplicates) {
    exitCode = 1;
    const idOf = new Map([...reported].map(([id, c]) => [c, id]));
    // where the lost answers still are, as an open tab of the profile sees it: the outbox, the page-exit keys
    const left = await tabs[0]
      .evaluate(
        () =>
          new Promise((resolve) => {
            const keys = {};
            // one key per answer: hearken:rescue:<id>, hearken:sent:<id>
            for (let i = 0; i < localStorage.length; i++) {
              const k = localStorage.key(i);
              if (/^hearken:(rescue|sent):/.test(k)) keys[k] = k.split(':').slice(2).join(':') + ' ' + localStorage.getItem(k);
            }
            const r = indexedDB.open('hearken');
            r.onerror = () => resolve({ outbox: [], keys });
            r.onsuccess = () => {
              const all = r.result.transaction('outbox').objectStore('outbox').getAll();
              all.onsuccess = () => resolve({ outbox: all.result.map((e) => JSON.stringify(e)), keys });
              all.onerror = () => resolve({ outbox: [], keys });
            };
          }),
      )
      .catch(() => ({ outbox: [], keys: {} }));
    for (const c of lostComments.slice(0, 20)) {
      const id = c.startsWith('id ') ? c.slice(3) : idOf.get(c);
      const how = (id && carried.get(id)) || carriedComment.get(c) || [];
      const inOutbox = left.outbox.find((e) => e.includes('"' + c + '"'));
      const where = [inOutbox && 'still in the outbox: ' + inOutbox.slice(0, 300), ...Object.entries(left.keys).filter(([, v]) => v.includes(c) || (id && v.includes(id))).map(([k]) => 'named in ' + k)].filter(Boolean);
      const seen = c.startsWith('id ') ? 'dropped; its answer event never reached the runner' : id ? 'answer event, id ' + id + (dropped.has(id) ? ', dropped' : '') : 'no answer event reached the runner';
      console.log(`lost: ${c}: ${seen}; POSTed ${how.length ? how.join(', ') : 'never'}; ${where.length ? where.join('; ') : 'nowhere in the outbox or the page-exit keys'}`);
    }
  }
  if (made.size < TOTAL) {
    console.log(`[soak] made ${made.size} answers of the ${TOTAL} asked for`);
    exitCode = exitCode || 2;
  }
  if (!done() && Date.now() >= deadline) {
    console.log(`[soak] gave up after ${MINUTES} minutes: ${[...made].filter((c) => !perComment.has(c)).length} answers still not stored`);
    exitCode = exitCode || 2;
  }
  if (pageErrors.length) console.log('page errors:', pageErrors.slice(0, 5));
  if (hearkenLogs.size) console.log('[hearken] warnings and errors in the pages:', [...hearkenLogs].map(([t, n]) => `${n}× ${t}`).join('\n  '));
} catch (error) {
  console.error('[soak] failed:', error);
  exitCode = 2;
} finally {
  await browser.close().catch(() => {});
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

/** "ok 700, 500 80, …" */
function summary(history) {
  const c = {};
  for (const o of history) c[o] = (c[o] || 0) + 1;
  return Object.entries(c)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
