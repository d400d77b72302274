/**
 * Collector throughput: answers stored per second and request latency (p50, p99) of hearken/collector on the
 * embedded store (PGlite) and on PostgreSQL, side by side with the demo's JSON-lines collector, at 1, 10 and 100
 * concurrent clients posting batches of 1 and of 20 answers. Each collector runs in its own process.
 *
 *   node tests/bench/collector.mjs            # prints the table
 *   node tests/bench/collector.mjs --write    # and writes it into BENCHMARKS.md ("## Collector")
 *   node tests/bench/collector.mjs --seconds 5
 *
 * PostgreSQL: HEARKEN_BENCH_DATABASE_URL or HEARKEN_TEST_DATABASE_URL (a fresh database is made on that server);
 * without either, a throwaway cluster is started with tests/collector/postgres-cluster.sh when PostgreSQL's
 * binaries are installed, else that row is left out. `npm run bench` runs this too (tests/bench/run.mjs).
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { percentile } from './stats.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLIENTS = [1, 10, 100];
const BATCHES = [1, 20];
const SUBJECTS = [
  { kind: 'jsonl', label: 'demo JSON-lines collector (one file, fsync per write)' },
  { kind: 'embedded', label: 'hearken/collector, embedded store (PGlite)' },
  { kind: 'postgres', label: 'hearken/collector, PostgreSQL store' },
];

/** Starts one collector process; resolves with its URL and a stop function. */
function startServer(/** @type {string} */ kind, /** @type {string} */ where) {
  const child = spawn(process.execPath, [join(REPO, 'tests/bench/collector-server.mjs'), kind, where], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  return new Promise((resolvePort, reject) => {
    child.stdout.on('data', (chunk) => {
      const ready = /ready (\d+)/.exec(String(chunk));
      if (ready) resolvePort({ url: `http://127.0.0.1:${ready[1]}/collect`, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`${kind} collector exited (${code}): ${errors.slice(-1000)}`)));
  });
}

const TEMPLATE = {
  survey: 'nps', score: 9, scale: { min: 0, max: 10 }, segment: 'promoter', comment: 'Fast delivery, great beans.',
  question: 'How likely are you to recommend Northwind Coffee to a friend or colleague?', locale: 'en', touchpoint: 'checkout',
  page: 'https://shop.example/checkout', visitorId: 'bench-visitor', answeredAt: '2026-11-22T21:47:38.000Z', widget: 'hearken/0.1.0',
};

function body(/** @type {number} */ size) {
  const answers = Array.from({ length: size }, () => ({ id: randomUUID(), ...TEMPLATE }));
  return JSON.stringify({ answers, sentAt: new Date().toISOString() });
}

/** `clients` loops posting batches of `batch` for `seconds`; answers stored/s and latencies of the 2xx requests. */
async function load(/** @type {string} */ url, /** @type {number} */ clients, /** @type {number} */ batch, /** @type {number} */ seconds) {
  const latencies = [];
  let failed = 0;
  let stored = 0;
  let measuring = false;
  const post = async () => {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', body: body(batch), headers: { 'content-type': 'application/json' } }).catch(() => undefined);
    await response?.arrayBuffer();
    if (!measuring) return;
    if (response?.ok) {
      latencies.push(performance.now() - started);
      stored += batch;
    } else failed++;
  };
  let end = performance.now() + 300; // warm-up: connections opened, nothing counted
  const client = async () => {
    while (performance.now() < end) await post();
  };
  await Promise.all(Array.from({ length: clients }, client));
  measuring = true;
  const started = performance.now();
  end = started + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { clients, batch, perSecond: stored / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), requests: latencies.length, failed };
}

/** A PostgreSQL server to bench on: a fresh database on a given server, or a throwaway cluster. */
async function postgresDatabase() {
  let server = process.env.HEARKEN_BENCH_DATABASE_URL || process.env.HEARKEN_TEST_DATABASE_URL;
  let stopCluster = () => {};
  const installed = existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
  if (!server && installed) {
    const script = join(REPO, 'tests/collector/postgres-cluster.sh');
    const out = execFileSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    server = /HEARKEN_TEST_DATABASE_URL=(\S+)/.exec(out)?.[1];
    const dir = /HEARKEN_TEST_PG_DIR=(\S+)/.exec(out)?.[1];
    stopCluster = () => void execFileSync('bash', [script, 'stop', String(dir)], { stdio: 'ignore' });
  }
  if (!server) return undefined;
  const name = `hearken_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = '/' + name;
  const drop = async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
    stopCluster();
  };
  return { url: url.toString(), drop };
}

/**
 * Runs the collector bench.
 * @param {{ seconds?: number, log?: (line: string) => void }} [options]
 */
export async function benchCollector({ seconds = 3, log = console.log } = {}) {
  const rows = [];
  const notes = [];
  const loadStart = loadavg()[0];
  /** @type {{ label: string, kind: string, url: string, stop: () => void }[]} */
  const running = [];
  const cleanups = [];
  try {
    for (const subject of SUBJECTS) {
      const dir = mkdtempSync(join(tmpdir(), `hearken-bench-${subject.kind}-`));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      const database = subject.kind == 'postgres' ? await postgresDatabase().catch(() => undefined) : undefined;
      if (database) cleanups.push(() => database.drop().catch(() => {}));
      if (subject.kind == 'postgres' && !database) {
        notes.push('PostgreSQL: not measured (no HEARKEN_BENCH_DATABASE_URL / HEARKEN_TEST_DATABASE_URL and no PostgreSQL installed).');
        continue;
      }
      try {
        const server = await startServer(subject.kind, database ? database.url : dir);
        running.push({ ...subject, ...server });
      } catch (error) {
        notes.push(`${subject.label}: not measured (${error instanceof Error ? error.message.split('\n')[0] : error}).`);
      }
    }
    // The collectors take turns on each setting, so a busy moment of the machine does not fall on one of them.
    for (const clients of CLIENTS) {
      for (const batch of BATCHES) {
        for (const subject of running) {
          const result = await load(subject.url, clients, batch, seconds);
          log(`[hearken] collector bench: ${subject.kind}, ${clients} clients, batches of ${batch}: ${Math.round(result.perSecond)} answers/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`);
          rows.push({ subject: subject.label, ...result });
        }
      }
    }
  } finally {
    for (const subject of running) subject.stop();
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
  rows.sort((a, b) => SUBJECTS.findIndex((s) => s.label == a.subject) - SUBJECTS.findIndex((s) => s.label == b.subject));
  return { seconds, rows, notes, loadStart, loadEnd: loadavg()[0] };
}

/** The "## Collector" section of BENCHMARKS.md. */
export function collectorMarkdown(/** @type {Awaited<ReturnType<typeof benchCollector>>} */ result) {
  const lines = [
    '## Collector',
    '',
    `\`tests/bench/collector.mjs\`: each collector in its own Node process on 127.0.0.1 (the three running at once and taking turns on each setting), posted to by 1, 10 and 100 concurrent clients (fetch, keep-alive) in one other process, each client sending its next batch when the last was answered, for ${result.seconds} s per row after a 0.3 s warm-up. Every answer has a new id, so every one is written. "answers/s" counts answers in 2xx replies; latency is per request. The collectors share the machine with the load generator (2 cores), so compare rows of one run; the load average was ${result.loadStart.toFixed(1)} at the start and ${result.loadEnd.toFixed(1)} at the end (other processes shared the machine).`,
    '',
    '| collector | clients | batch | answers/s | p50 ms | p99 ms | requests | failed |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
    ...result.rows.map((r) => `| ${r.subject} | ${r.clients} | ${r.batch} | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.requests.toLocaleString('en')} | ${r.failed} |`),
  ];
  if (result.notes.length) lines.push('', ...result.notes);
  return lines.join('\n') + '\n';
}

/** Puts the section into BENCHMARKS.md, replacing an older one (it runs to the next `## ` heading). */
export function writeCollectorSection(/** @type {string} */ markdown, /** @type {string} */ file = join(REPO, 'BENCHMARKS.md')) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf('\n## Collector\n');
  if (start < 0) return writeFileSync(file, text.trimEnd() + '\n\n' + markdown);
  const next = text.indexOf('\n## ', start + 1);
  writeFileSync(file, text.slice(0, start + 1) + markdown + (next < 0 ? '' : text.slice(next)));
}

if (import.meta.url == pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const secondsArg = args.indexOf('--seconds');
  const result = await benchCollector({ seconds: secondsArg >= 0 ? Number(args[secondsArg + 1]) || 3 : 3 });
  const markdown = collectorMarkdown(result);
  console.log('\n' + markdown);
  if (args.includes('--write')) writeCollectorSection(markdown);
}
