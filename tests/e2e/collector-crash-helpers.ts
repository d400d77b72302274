/**
 * Pieces of the collector crash test: the collector as a child process that can be SIGKILLed and restarted, and a
 * front server that serves the shop page and relays `/collect` to whichever collector process is alive, injecting
 * faults and noting the ids of every request the collector answered with a 2xx.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same kills and faults. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The collector process: `start()` spawns it and resolves with its port, `kill()` SIGKILLs it. The front server
 * relays to `port`, which the test sets once it has looked at the database through the new process.
 */
export interface CollectorProcess {
  port: number | undefined;
  starts: number;
  start(): Promise<number>;
  kill(): Promise<void>;
}

export function collectorProcess(kind: 'embedded' | 'postgres', where: string): CollectorProcess {
  let child: ChildProcess | undefined;
  const control: CollectorProcess = {
    port: undefined,
    starts: 0,
    start() {
      control.starts++;
      child = spawn(process.execPath, [join(ROOT, 'tests/e2e/collector-crash-server.mjs'), kind, where], { stdio: ['ignore', 'pipe', 'pipe'] });
      let errors = '';
      child.stderr!.on('data', (chunk) => (errors += chunk));
      return new Promise((resolve, reject) => {
        child!.stdout!.on('data', (chunk: Buffer) => {
          const ready = /ready (\d+)/.exec(String(chunk));
          if (ready) resolve(Number(ready[1]));
        });
        child!.once('exit', (code) => reject(new Error(`collector exited (${code}) before it was ready: ${errors.slice(-2000)}`)));
      });
    },
    async kill() {
      control.port = undefined;
      if (!child || child.exitCode !== null || child.signalCode) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
  return control;
}

/** What the front server saw. */
export interface FrontStats {
  /** Ids of every request the collector answered 2xx (noted when its answer arrived, before the page got it). */
  acknowledged: Set<string>;
  requests: number;
  /** When the last `/collect` request arrived (ms since the epoch). */
  lastRequestAt: number;
  faults: number;
  refused: number;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function idsOf(body: Buffer): string[] {
  try {
    return (JSON.parse(body.toString('utf8')).answers as { id: string }[]).map((answer) => answer.id);
  } catch {
    return [];
  }
}

/**
 * The front server: `/page.html` (the script tag with `data-*` from `attrs`), `/dist/*` and `/dist/locales/*`, and `/collect` relayed to
 * the collector. Faults, drawn from `random`: 8 % of requests dropped before the collector sees them, 4 % answered
 * 503, 4 % dropped after the collector stored them (the page never hears of its 2xx).
 */
export async function startFront(collector: CollectorProcess, page: string, random: () => number): Promise<{ url: string; stats: FrontStats; server: Server }> {
  const stats: FrontStats = { acknowledged: new Set(), requests: 0, lastRequestAt: 0, faults: 0, refused: 0 };
  async function relay(req: IncomingMessage, res: ServerResponse) {
    const body = await readAll(req);
    stats.requests++;
    stats.lastRequestAt = Date.now();
    const roll = random();
    if (roll < 0.08) return void (stats.faults++, req.socket.destroy());
    if (roll < 0.12) return void (stats.faults++, res.writeHead(503, { 'Retry-After': '0' }).end());
    if (collector.port === undefined) return void (stats.refused++, req.socket.destroy());
    const upstream = httpRequest({ host: '127.0.0.1', port: collector.port, method: req.method, path: '/collect', headers: req.headers });
    upstream.on('error', () => (stats.refused++, req.socket.destroy()));
    upstream.on('response', async (answer) => {
      const text = await readAll(answer).catch(() => undefined);
      if (text === undefined) return void req.socket.destroy();
      const ok = answer.statusCode! >= 200 && answer.statusCode! < 300;
      if (ok && req.method == 'POST') for (const id of idsOf(body)) stats.acknowledged.add(id);
      if (ok && roll > 0.96) return void (stats.faults++, req.socket.destroy());
      res.writeHead(answer.statusCode!, answer.headers).end(text);
    });
    upstream.end(body);
  }
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path == '/collect') return void relay(req, res).catch(() => req.socket.destroy());
    if (path == '/page.html') return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    if (/^\/dist\/(locales\/)?[\w.-]+\.js$/.test(path)) return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(join(ROOT, path)));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stats, server };
}
