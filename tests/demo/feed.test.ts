import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../demo/server/app.mjs';
import { seed } from '../../demo/server/seed.mjs';
import { cleanUp, npsAnswer, postAnswers, startServer, tempDir } from './helpers';

/** Collects the event names of a server's /api/events. */
async function events(server: DemoServer) {
  const response = await fetch(server.url + '/api/events');
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const names: string[] = [];
  (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      for (const match of value.matchAll(/^event: (\w+)$/gm)) names.push(match[1]);
    }
  })().catch(() => {});
  return { names, stop: () => reader.cancel() };
}

const ids = async (server: DemoServer) => ((await (await fetch(server.url + '/api/answers')).json()).answers as { id: string }[]).map((a) => a.id);

afterAll(cleanUp);

describe('the dashboard reads through the store', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startServer({ pollMs: 50 });
  });
  afterAll(() => server.close());

  it('pushes an answer the collector stored, once, without a reset', async () => {
    const stream = await events(server);
    await expect.poll(() => stream.names).toContain('ready');
    await postAnswers(server, [npsAnswer(3, { id: 'live-1' })]);
    await expect.poll(() => stream.names).toContain('answer');
    // an answer another writer stores reaches the dashboard only through the store's next read (every 50 ms here):
    // once it came, that read has passed, and did not push live-1 again
    await server.store.add([{ ...npsAnswer(9, { id: 'other-writer' }), receivedAt: new Date().toISOString() }]);
    await expect.poll(() => stream.names.length).toBe(3);
    expect(stream.names).toEqual(['ready', 'answer', 'answer']);
    expect(await ids(server)).toEqual(expect.arrayContaining(['live-1', 'other-writer']));
    await stream.stop();
  });

  it('shows what another writer of the store (a seed on PostgreSQL) stored, and a replaced sample as a reset', async () => {
    // the answers of the test before (the collector's and another writer's) stay through seeds
    const kept = await ids(server);
    const stream = await events(server);
    await seed(server.store, { count: 40 });
    await expect.poll(() => ids(server)).toHaveLength(kept.length + 40);
    await seed(server.store, { count: 30, seed: 7 });
    await expect.poll(() => stream.names).toContain('reset');
    expect(await ids(server)).toHaveLength(kept.length + 30);
    expect(await ids(server)).toEqual(expect.arrayContaining(kept));
    await stream.stop();
  });

  // an erasure request run against the store (README's `store.erase`) left the answer and its contact on the
  // dashboard until a restart (found by the security audit)
  it('drops what another process erased from the store, as a reset', async () => {
    await postAnswers(server, [npsAnswer(2, { id: 'jane-1', visitorId: 'jane', contact: { consent: true, channel: 'email', value: 'jane@example.com' } })]);
    await expect.poll(() => ids(server)).toContain('jane-1');
    const stream = await events(server);
    await expect.poll(() => stream.names).toContain('ready');
    expect(await server.store.erase({ visitorId: 'jane' })).toEqual({ erased: 1 });
    await expect.poll(() => stream.names).toContain('reset');
    expect(await ids(server)).not.toContain('jane-1');
    const contacts = await (await fetch(server.url + '/api/contacts')).json();
    expect(JSON.stringify(contacts)).not.toContain('jane@example.com');
    await stream.stop();
  });
});

describe('npm run seed-demo while `npm start` holds the embedded store', () => {
  const dataDir = tempDir();
  let server: DemoServer;
  beforeAll(async () => {
    // the real embedded store (PGlite): one process at a time may open it
    server = await startServer({ dataDir, store: undefined });
  }, 120_000);
  afterAll(() => server?.close());

  it('asks the running server to seed it, and the open dashboard reloads without a restart', async () => {
    await postAnswers(server, [npsAnswer(9, { id: 'real-1' })]);
    const stream = await events(server);
    const seeding = spawn(process.execPath, ['demo/server/seed.mjs', `--data=${dataDir}`, '--count=40', `--server=${server.url}`], { stdio: 'pipe' });
    let out = '';
    seeding.stdout.on('data', (chunk) => (out += chunk));
    seeding.stderr.on('data', (chunk) => (out += chunk));
    expect(await new Promise((resolve) => seeding.on('exit', resolve)), out).toBe(0);
    expect(out).toContain('wrote 40 sample answers');
    await expect.poll(() => stream.names, { timeout: 10_000 }).toContain('reset');
    const listed = await ids(server);
    expect(listed).toHaveLength(41);
    expect(listed).toContain('real-1');
    await stream.stop();
  }, 120_000);

  it('refuses a seed request from a form (not JSON)', async () => {
    const res = await fetch(server.url + '/api/seed', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(res.status).toBe(415);
  });
});
