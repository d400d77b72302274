import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server/app.mjs';
import { createMemoryStore } from './memory-store';

const dir = mkdtempSync(join(tmpdir(), 'hearken-events-'));
let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer({ port: 0, dataDir: dir, quiet: true, store: createMemoryStore() });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
const answer = (overrides: Record<string, unknown> = {}) => ({
  id: `ev-${++n}`,
  survey: 'csat',
  score: 4,
  scale: { min: 1, max: 5 },
  segment: 'satisfied',
  question: 'How satisfied are you with your checkout?',
  locale: 'en',
  touchpoint: 'checkout',
  page: 'http://127.0.0.1/shop/order.html',
  visitorId: 'v-1',
  answeredAt: `2025-03-0${n}T12:00:00.000Z`,
  widget: 'hearken/0.1.0',
  ...overrides,
});
const post = (answers: unknown[], headers: Record<string, string> = {}) =>
  fetch(server.url + '/collect', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ answers }) });

/** Opens the event stream and collects its messages as `{ event, id, data }` until `stop()`. */
function listen(path: string, headers: Record<string, string> = {}) {
  const messages: { event: string; id?: string; data: unknown }[] = [];
  let buffer = '';
  let status = 0;
  let type = '';
  const req = request(server.url + path, { headers }, (res) => {
    status = res.statusCode || 0;
    type = String(res.headers['content-type']);
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
        if (fields.event) messages.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data) });
      }
    });
  });
  req.on('error', () => {});
  req.end();
  const until = async (count: number) => {
    const end = Date.now() + 5000;
    while (messages.length < count) {
      if (Date.now() > end) throw new Error(`expected ${count} messages, got ${JSON.stringify(messages)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return messages;
  };
  return { messages, until, info: () => ({ status, type }), stop: () => req.destroy() };
}

describe('GET /api/events', () => {
  it('says ready with the cursor, then pushes each newly stored answer once, with its cursor as id', async () => {
    await post([answer()]);
    const stream = listen('/api/events');
    await stream.until(1);
    expect(stream.info()).toEqual({ status: 200, type: 'text/event-stream; charset=utf-8' });
    expect(stream.messages[0]).toEqual({ event: 'ready', id: undefined, data: { cursor: 1 } });
    const fresh = answer();
    await post([fresh, fresh]);
    await post([fresh]);
    await post([answer({ score: 9 })]); // refused: not stored, not pushed
    const second = answer();
    await post([second]);
    await stream.until(3);
    expect(stream.messages.slice(1)).toEqual([
      { event: 'answer', id: '2', data: expect.objectContaining({ ...fresh, seq: 2 }) },
      { event: 'answer', id: '3', data: expect.objectContaining({ ...second, seq: 3 }) },
    ]);
    stream.stop();
  });

  it('replays what a reconnecting client missed (Last-Event-ID), or what follows ?since=', async () => {
    const all = await server.store.query();
    const resumed = listen('/api/events', { 'Last-Event-ID': '1' });
    await resumed.until(3);
    expect(resumed.messages.map((m) => [m.event, m.id])).toEqual([['answer', '2'], ['answer', '3'], ['ready', undefined]]);
    expect(resumed.messages[1].data).toEqual(all[2]);
    resumed.stop();
    const since = listen('/api/events?since=2');
    await since.until(2);
    expect(since.messages.map((m) => m.id)).toEqual(['3', undefined]);
    since.stop();
  });
});

describe('GET /api/answers?since=', () => {
  it('lists the answers after a cursor, or answered from a time on, with the cursor of now', async () => {
    const all = await server.store.query();
    const get = async (q: string) => (await fetch(server.url + '/api/answers' + q)).json();
    expect(await get('')).toEqual({ answers: all, cursor: 3 });
    expect(await get('?since=2')).toEqual({ answers: all.slice(2), cursor: 3 });
    expect(await get('?since=9')).toEqual({ answers: [], cursor: 3 });
    expect((await get('?since=2025-03-02T00:00:00Z')).answers.map((a: { id: string }) => a.id)).toEqual(all.slice(1).map((a: { id: string }) => a.id));
    const bad = await fetch(server.url + '/api/answers?since=yesterday');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'since: must be a cursor (a whole number) or an ISO-8601 date-time, got "yesterday"' });
    // a day that does not exist (Date.parse would take it as 2 March)
    expect((await fetch(server.url + '/api/answers?since=2026-02-30T00:00:00Z')).status).toBe(400);
  });
});

describe('POST /collect with Authorization', () => {
  it('takes the demo bearer token, refuses another with 401 and a reason, and needs none', async () => {
    expect((await post([answer()], { Authorization: 'Bearer demo-token' })).status).toBe(200);
    const wrong = await post([answer({ id: 'never' })], { Authorization: 'Bearer guess' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'authorization: must be "Bearer <token>" with the demo token' });
    expect((await server.store.query()).map((a: { id: string }) => a.id)).not.toContain('never');
    expect((await post([answer()])).status).toBe(200);
  });
});
