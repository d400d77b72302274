import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../demo/server/app.mjs';
import { cleanUp, npsAnswer, postAnswers, startServer, tempDir } from './helpers';

let server: DemoServer;
const dataDir = tempDir();
beforeAll(async () => {
  server = await startServer({ dataDir, pollMs: 50 });
});
afterAll(async () => {
  await server.close();
  cleanUp();
});

/** Collects the event names of /api/events. */
async function events() {
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

const ids = async () => ((await (await fetch(server.url + '/api/answers')).json()).answers as { id: string }[]).map((a) => a.id);

describe('the dashboard reads through the store', () => {
  /** Runs `npm run seed-demo` in a process of its own, on the running server's data folder. */
  async function seedDemo(...args: string[]) {
    const seeding = spawn(process.execPath, ['demo/server/seed.mjs', `--data=${dataDir}`, ...args], { stdio: 'pipe' });
    let out = '';
    seeding.stdout.on('data', (chunk) => (out += chunk));
    expect(await new Promise((resolve) => seeding.on('exit', resolve))).toBe(0);
    return out;
  }

  it('shows `npm run seed-demo`, run while the server runs, without a restart; a second run replaces the sample (reset)', async () => {
    await postAnswers(server, [npsAnswer(9, { id: 'real-1' })]);
    const stream = await events();
    expect(await seedDemo('--count=40')).toContain('wrote 40 sample answers');
    await expect.poll(ids, { timeout: 5000 }).toHaveLength(41);
    expect(await seedDemo('--count=30', '--seed=7')).toContain('wrote 30 sample answers to');
    await expect.poll(() => stream.names, { timeout: 5000 }).toContain('reset');
    const listed = await ids();
    expect(listed).toHaveLength(31);
    expect(listed).toContain('real-1');
    await stream.stop();
  }, 30_000);

  it('pushes an answer the collector stored, once, without a reset', async () => {
    const stream = await events();
    await expect.poll(() => stream.names).toContain('ready');
    await postAnswers(server, [npsAnswer(3, { id: 'live-1' })]);
    await expect.poll(() => stream.names).toContain('answer');
    expect(stream.names).toEqual(['ready', 'answer']);
    expect(await ids()).toContain('live-1');
    await stream.stop();
  });
});
