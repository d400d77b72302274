// `DATABASE_URL=postgres://… npm start`: the demo on the collector kit's PostgreSQL store, where `npm run
// seed-demo` writes from a process of its own and the running dashboard picks it up. Needs a server:
// eval "$(bash tests/collector/postgres-cluster.sh start)" (skipped loudly without one, failing on CI).
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DemoServer } from '../../demo/server/app.mjs';
import { createTestDatabase, describePostgres, dropTestDatabases } from '../collector/stores/postgres-database';
import { cleanUp, npsAnswer, postAnswers, startServer, tempDir } from './helpers';

describePostgres('the demo on PostgreSQL (DATABASE_URL)', { timeout: 60_000 }, () => {
  let server: DemoServer;
  let url = '';
  beforeAll(async () => {
    url = await createTestDatabase();
    server = await startServer({ databaseUrl: url, store: undefined, pollMs: 50 });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await dropTestDatabases();
    cleanUp();
  });

  const ids = async () => ((await (await fetch(server.url + '/api/answers')).json()).answers as { id: string }[]).map((a) => a.id);

  it('stores through the collector into PostgreSQL, and shows a seed run of another process without a restart', async () => {
    expect((await postAnswers(server, [npsAnswer(9, { id: 'pg-real' })])).status).toBe(200);
    for (const args of [['--count=40'], ['--count=30', '--seed=7']]) {
      const seeding = spawn(process.execPath, ['demo/server/seed.mjs', `--data=${tempDir()}`, ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
      let out = '';
      seeding.stdout.on('data', (chunk) => (out += chunk));
      seeding.stderr.on('data', (chunk) => (out += chunk));
      expect(await new Promise((resolve) => seeding.on('exit', resolve)), out).toBe(0);
      expect(out).toContain('to PostgreSQL (DATABASE_URL)');
    }
    await expect.poll(ids, { timeout: 10_000 }).toHaveLength(31);
    expect(await ids()).toContain('pg-real');
    expect((await (await fetch(server.url + '/api/stats')).json()).total).toBe(31);
  });
});
