/**
 * README's browser table and what the browser tests ran. Each launch of an engine records its version
 * in .tmp/engines-ran.json and checks that README's table names that version; running this file
 * (`npm run engines:readme`) rewrites the table from the JSON.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Where the launches are recorded. */
export const RAN_PATH = join(root, '.tmp', 'engines-ran.json');
const README_PATH = join(root, 'README.md');
const START = '<!-- engines:start -->';
const END = '<!-- engines:end -->';

/** @typedef {'chromium' | 'firefox' | 'webkit'} EngineName */

/** The table's rows: engine, its name in README, what it stands for, the oldest version claimed. */
const ROWS = /** @type {const} */ ([
  ['chromium', 'Chromium', 'Chrome, Edge, Opera, Samsung Internet', 'Chrome and Edge 80'],
  ['firefox', 'Firefox ESR', 'Firefox', 'Firefox 78'],
  ['webkit', 'WebKitGTK', 'Safari on macOS and iOS, every browser on iOS', 'Safari 13.1'],
]);

/**
 * The version README shows for a full version: the major one, or major.minor for WebKitGTK.
 * @param {string} version e.g. `Chromium 156.0.7524.0`, `WebKitGTK 2.50.6`
 */
export function shortVersion(version) {
  const numbers = (version.match(/[\d.]+/) || [''])[0].split('.');
  return version.startsWith('WebKitGTK') ? numbers.slice(0, 2).join('.') : numbers[0];
}

/** @returns {Record<string, { version: string; suites: string[] }>} */
function readRan() {
  return existsSync(RAN_PATH) ? JSON.parse(readFileSync(RAN_PATH, 'utf8')) : {};
}

/**
 * Records that `engine` at `version` ran the suite in `file`.
 * @param {EngineName} engine
 * @param {string} version
 * @param {string} file
 */
export function recordEngine(engine, version, file) {
  const ran = readRan();
  const entry = ran[engine] && ran[engine].version == version ? ran[engine] : { version, suites: [] };
  entry.suites = entry.suites.filter((/** @type {string} */ known) => existsSync(join(root, known)));
  const suite = relative(root, file);
  if (suite && !entry.suites.includes(suite)) entry.suites.push(suite);
  ran[engine] = entry;
  mkdirSync(dirname(RAN_PATH), { recursive: true });
  writeFileSync(RAN_PATH, JSON.stringify(ran, null, 2) + '\n');
}

/**
 * Throws unless README's browser table names `version` for `engine`.
 * @param {EngineName} engine
 * @param {string} version
 */
export function checkReadmeVersion(engine, version) {
  const row = ROWS.find(([name]) => name == engine);
  const readme = readFileSync(README_PATH, 'utf8');
  const table = readme.slice(readme.indexOf(START), readme.indexOf(END));
  const line = table.split('\n').find((l) => l.startsWith(`| ${row[1]} |`));
  const shown = line && line.split('|')[2].trim();
  if (shown != shortVersion(version))
    throw new Error(`[hearken] README's browser table says ${row[1]} ${shown || '(no row)'}, but the tests ran ${version}: run \`npm run engines:readme\` after the browser tests`);
}

/** The table, from what ran (engines that did not run keep README's row). */
export function readmeTable() {
  const ran = readRan();
  const lines = [
    START,
    '| Engine the tests run | Version tested | Stands for | Oldest version claimed |',
    '|---|---|---|---|',
    ...ROWS.map(([engine, name, standsFor, oldest]) => `| ${name} | ${ran[engine] ? shortVersion(ran[engine].version) : '—'} | ${standsFor} | ${oldest} |`),
    END,
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) == process.argv[1]) {
  const readme = readFileSync(README_PATH, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`[hearken] README.md lacks the ${START} … ${END} markers`);
  writeFileSync(README_PATH, readme.slice(0, start) + readmeTable() + readme.slice(end + END.length));
  console.log(readmeTable());
}
