#!/usr/bin/env node
/**
 * `npm run seed-demo`: fills the collector's data folder with sample answers so the dashboard has 90
 * days of trends to show. Earlier sample answers (ids `seed-…`) are replaced; real answers are kept.
 *
 *   node demo/server/seed.mjs [--data=dir] [--count=3000] [--days=90] [--seed=42] [--end=2025-06-30T18:00:00Z]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR } from './app.mjs';
import { generateAnswers } from './seed-data.mjs';
import { ANSWERS_FILE } from './store.mjs';

/**
 * @typedef {object} SeedCommand
 * @property {string} dataDir
 * @property {import('./seed-data.mjs').SeedOptions} options
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
 * Writes the sample answers into `<dataDir>/answers.jsonl`: the new sample first (oldest first), then
 * every answer already there that is not a sample. Returns how many of each.
 * @param {string} dataDir
 * @param {import('./seed-data.mjs').SeedOptions} [options]
 */
export function seed(dataDir, options = {}) {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, ANSWERS_FILE);
  let kept = [];
  try {
    kept = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !/^\{"id":"seed-/.test(line));
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code != 'ENOENT') throw e;
  }
  const answers = generateAnswers(options);
  writeFileSync(file, answers.map((a) => JSON.stringify(a) + '\n').join('') + kept.map((l) => l + '\n').join(''));
  return { file, seeded: answers.length, kept: kept.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) == process.argv[1]) {
  try {
    const { dataDir, options } = parseSeedArgs(process.argv.slice(2));
    const { file, seeded, kept } = seed(dataDir, options);
    console.log(`hearken seed: wrote ${seeded} sample answers${kept ? ` and kept ${kept} others` : ''} to ${file}`);
    console.log('hearken seed: restart the demo server (npm start) to load them, then open /dashboard/');
  } catch (e) {
    console.error(/** @type {Error} */ (e).message);
    process.exit(2);
  }
}
