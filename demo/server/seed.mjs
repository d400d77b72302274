#!/usr/bin/env node
/**
 * `npm run seed-demo`: fills the collector's store with sample answers so the dashboard has 90 days of
 * trends to show — the embedded store in demo/data/ (`--data=dir` for another), or PostgreSQL with
 * `DATABASE_URL`. Earlier sample answers (ids `seed-…`, visitors `seed-v-…`) are erased first; real answers
 * are kept. The dashboard of a running demo server shows the sample live, without a restart: while the server
 * holds the embedded store (one process at a time may open it), the script asks that server to seed it
 * (`POST /api/seed` on `--server`, default http://127.0.0.1:$PORT or :5173); on PostgreSQL it writes itself
 * and the server reads the new answers within a second.
 *
 *   [DATABASE_URL=postgres://…] node demo/server/seed.mjs [--data=dir] [--count=3000] [--days=90] [--seed=42] [--end=2025-06-30T18:00:00Z] [--server=URL]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireBuild } from './build-check.mjs';

const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
/** Answers per `store.add` call. */
const BATCH = 500;

/**
 * @typedef {object} SeedCommand
 * @property {string} dataDir
 * @property {import('./seed-data.mjs').SeedOptions} options
 * @property {string} [server] the running demo server to ask when the store is held
 */

/**
 * Parses the command line of seed.mjs.
 * @param {string[]} argv
 * @returns {SeedCommand}
 */
export function parseSeedArgs(argv) {
  /** @type {SeedCommand} */
  const command = { dataDir: DEFAULT_DATA_DIR, options: {} };
  for (const arg of argv) {
    const [name, value = ''] = arg.split(/=(.*)/s);
    const whole = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`[hearken] ${name} must be a whole number ≥ 1, got ${value}`);
      return n;
    };
    if (name == '--data') command.dataDir = value;
    else if (name == '--server') command.server = value.replace(/\/+$/, '');
    else if (name == '--count') command.options.count = whole();
    else if (name == '--days') command.options.days = whole();
    else if (name == '--seed') command.options.seed = whole();
    else if (name == '--end') {
      const end = Date.parse(value);
      if (Number.isNaN(end)) throw new Error(`[hearken] --end must be a date, got ${value}`);
      command.options.end = end;
    } else throw new Error(`[hearken] unknown option ${arg}`);
  }
  return command;
}

/**
 * Writes the sample answers into a store of the collector kit, erasing the earlier sample first.
 * @param {{ query: () => Promise<any[]>, erase: (subject: { visitorId: string }) => Promise<unknown>, add: (answers: any[]) => Promise<unknown> }} store
 * @param {import('./seed-data.mjs').SeedOptions} [options]
 * @returns {Promise<{ seeded: number, replaced: number, kept: number }>}
 */
export async function seed(store, options = {}) {
  const { generateAnswers } = await import('./seed-data.mjs');
  const before = await store.query();
  const old = before.filter((a) => String(a.id).startsWith('seed-'));
  for (const visitorId of new Set(old.map((a) => a.visitorId))) await store.erase({ visitorId });
  const answers = generateAnswers(options);
  for (let i = 0; i < answers.length; i += BATCH) await store.add(answers.slice(i, i + BATCH));
  return { seeded: answers.length, replaced: old.length, kept: before.length - old.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) == process.argv[1]) {
  let command;
  try {
    command = parseSeedArgs(process.argv.slice(2));
  } catch (e) {
    console.error(/** @type {Error} */ (e).message);
    process.exit(2);
  }
  requireBuild();
  const { openStore } = await import('./kit.mjs');
  const where = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : command.dataDir;
  /** @type {{ seeded: number, replaced: number, kept: number }} */
  let result;
  let store;
  try {
    store = await openStore({ url: process.env.DATABASE_URL, dir: command.dataDir });
  } catch (e) {
    if (!/is held by process/.test(String(e))) throw e;
  }
  if (store) {
    try {
      result = await seed(store, command.options);
    } finally {
      await store.close();
    }
  } else {
    const server = command.server || `http://127.0.0.1:${process.env.PORT || 5173}`;
    result = await seedThrough(server, command.options).catch((e) => {
      console.error(`[hearken] ${where} is held by a running demo server, and asking it at ${server}/api/seed failed: ${e.message}. Pass --server=<its URL>, or stop it first.`);
      process.exit(1);
    });
  }
  console.log(`hearken seed: wrote ${result.seeded} sample answers to ${where} (replacing ${result.replaced}; ${result.kept} others kept)`);
  console.log('hearken seed: a running demo server shows them on /dashboard/ within a second');
}

/**
 * Asks the running demo server, which holds the store, to seed it.
 * @param {string} server e.g. http://127.0.0.1:5173
 * @param {import('./seed-data.mjs').SeedOptions} options
 */
async function seedThrough(server, options) {
  const token = process.env.HEARKEN_DASHBOARD_TOKEN;
  const response = await fetch(`${server}/api/seed`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(options),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`${response.status} ${body.error || ''}`.trim());
  return body;
}
