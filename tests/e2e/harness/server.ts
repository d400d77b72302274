/**
 * The demo server for tests: started in-process on a free port with a temporary data folder.
 *
 *   const server = useTestServer();            // started in beforeAll, closed in afterAll
 *   server.page('/csp.html', html, { 'Content-Security-Policy': "default-src 'self'" });
 *   await page.goto(server.url + '/csp.html');
 *   await server.waitForAnswers(1);
 *   server.faults.next(['drop-after-save', 'ok']);
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DIST_DIR, startDemoServer, type DemoServer, type DemoServerOptions } from '../../../demo/server/app.mjs';
import type { Answer } from '../../../src/surveys/types';
import { createMemoryStore } from '../../demo/memory-store';
import { assertDistFresh } from './dist-fresh';

// checked once a run, for a server serving the project's dist/
let distChecked = false;

/** A demo server with its data in a temporary folder. */
export interface TestServer extends DemoServer {
  /** The same server as another origin, `http://localhost:<port>`, for cross-origin requests. */
  otherOrigin: string;
  /** The temporary data folder (removed by `close()`). */
  dataDir: string;
  /** The answers stored so far, oldest first. */
  answers(): Answer[];
  /** Resolves with the stored answers once there are at least `count`; rejects after `timeoutMs` (default 10 s). */
  waitForAnswers(count: number, timeoutMs?: number): Promise<Answer[]>;
}

/**
 * Options for a test server: those of the demo server, without port, data folder and logging. Answers go to a
 * store in memory (the collector kit's interface), unless `embedded` asks for the kit's embedded store.
 */
export type TestServerOptions = Omit<DemoServerOptions, 'port' | 'host' | 'dataDir' | 'quiet'> & { dataDir?: string; embedded?: boolean };

/**
 * Starts a demo server on 127.0.0.1 and a free port, quiet, storing into a fresh temporary folder
 * (or `options.dataDir`, which is then kept, to test restarts).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  if (!options.distDir && !distChecked) assertDistFresh(join(DIST_DIR, '..', 'src'), DIST_DIR), (distChecked = true);
  const ownDir = !options.dataDir;
  const dataDir = options.dataDir || mkdtempSync(join(tmpdir(), 'hearken-data-'));
  const { embedded, ...rest } = options;
  const store = embedded ? undefined : (rest.store ?? createMemoryStore());
  const server = await startDemoServer({ ...rest, store, port: 0, host: '127.0.0.1', dataDir, quiet: true });
  // the records as the widget sent them, without what the store adds (seq, receivedAt, done)
  const answers = () => server.feed.all().map(({ seq, receivedAt, done, ...record }) => record) as unknown as Answer[];
  return {
    ...server,
    otherOrigin: `http://localhost:${server.port}`,
    dataDir,
    answers,
    async waitForAnswers(count, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      while (server.feed.all().length < count) {
        if (Date.now() > end) throw new Error(`[hearken] expected ${count} stored answers within ${timeoutMs} ms, got ${server.feed.all().length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return answers();
    },
    async close() {
      await server.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a test server before the suite's tests and closes it after them. The returned object
 * stands for the server (use it inside tests and hooks, not at collection time).
 */
export function useTestServer(options: TestServerOptions = {}): TestServer {
  let current: TestServer | undefined;
  beforeAll(async () => {
    current = await startTestServer(options);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return new Proxy({} as TestServer, {
    get(_, key) {
      if (!current) throw new Error('[hearken] the test server is not running: use it inside tests or hooks');
      return current[key as keyof TestServer];
    },
  });
}
