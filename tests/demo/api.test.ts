import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../demo/server/app.mjs';
import { cleanUp, npsAnswer, postAnswers, startServer } from './helpers';

let open: DemoServer;
let guarded: DemoServer;
beforeAll(async () => {
  open = await startServer();
  guarded = await startServer({ dashboardToken: 's3cret' });
});
afterAll(async () => {
  await open.close();
  await guarded.close();
  cleanUp();
});

const unhappy = (id: string, answeredAt: string) =>
  npsAnswer(2, { id, answeredAt, comment: 'Late again', reasons: ['delivery-time'], contact: { consent: true, channel: 'email', value: 'sam@example.com' } });
const done = (server: DemoServer, id: string, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  fetch(`${server.url}/api/contacts/${id}/done`, { method: 'POST', headers, body });

describe('the dashboard API', () => {
  it('lists consented contact requests newest first, and persists the "done" toggle in the store', async () => {
    await postAnswers(open, [unhappy('c-old', '2025-03-01T10:00:00Z'), unhappy('c-new', '2025-03-02T10:00:00Z'), npsAnswer(2)]);
    const list = async () => (await (await fetch(open.url + '/api/contacts')).json()).contacts as { id: string; done: boolean }[];
    expect((await list()).map((c) => [c.id, c.done])).toEqual([['c-new', false], ['c-old', false]]);
    const res = await done(open, 'c-old', '{"done":true}');
    expect(await res.json()).toEqual({ id: 'c-old', done: true });
    expect((await list()).map((c) => [c.id, c.done])).toEqual([['c-new', false], ['c-old', true]]);
    expect((await open.store.query()).find((a: { id: string }) => a.id == 'c-old').done).toBe(true);
  });

  it('marks done an answer whose id holds a "/" or a space (sent encoded, as the dashboard sends it)', async () => {
    const id = 'id with space/é';
    await postAnswers(open, [unhappy(id, '2025-03-03T10:00:00Z')]);
    const res = await done(open, encodeURIComponent(id), '{"done":true}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id, done: true });
  });

  it('refuses a stats or contacts filter it cannot use with a 400 naming it, where the store gave a 500 or guessed', async () => {
    const error = async (query: string) => {
      const res = await fetch(open.url + '/api/stats?' + query);
      return [res.status, (await res.json()).error.split(':')[0]];
    };
    expect(await error('to=2026-13-01T00:00:00Z')).toEqual([400, 'to']);
    expect(await error('from=yesterday')).toEqual([400, 'from']);
    expect(await error('to=infinity')).toEqual([400, 'to']);
    expect(await error('from=2026-02-30T00:00:00Z')).toEqual([400, 'from']);
    expect(await error('survey=bogus')).toEqual([400, 'survey']);
    expect((await fetch(open.url + '/api/contacts?from=now')).status).toBe(400);
    expect((await fetch(open.url + '/api/stats?survey=nps&from=2025-01-01T00:00:00Z&to=2025-12-31T23:59:59%2B01:00')).status).toBe(200);
  });

  it('refuses a toggle that is not JSON (so no other site can post it), a bad value, or an unknown id', async () => {
    expect((await done(open, 'c-new', '{"done":true}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await done(open, 'c-new', '{"done":"yes"}')).status).toBe(400);
    expect((await done(open, 'nobody', '{"done":true}')).status).toBe(404);
  });

  it('is read-only otherwise: no other method changes anything', async () => {
    const before = (await open.store.query()).length;
    expect(before).toBeGreaterThan(0);
    for (const path of ['/api/answers', '/api/stats', '/api/contacts', '/api/export?format=ndjson']) {
      const res = await fetch(open.url + path, { method: 'DELETE' });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
    }
    expect((await open.store.query()).length).toBe(before);
  });

  it('exports every answer as NDJSON: the JSON-lines file is an export format', async () => {
    const res = await fetch(open.url + '/api/export?format=ndjson');
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((a) => a.id)).toEqual((await open.store.query()).map((a: { id: string }) => a.id));
    expect((await fetch(open.url + '/api/export?format=xml')).status).toBe(400);
  });

  it('needs the token when HEARKEN_DASHBOARD_TOKEN is set, as a header or (for EventSource) ?token=', async () => {
    for (const path of ['/api/answers', '/api/stats', '/api/contacts', '/api/events', '/api/export?format=csv', '/collect']) {
      const res = await fetch(guarded.url + path);
      expect(res.status, path).toBe(401);
      expect((await res.json()).error).toMatch(/^authorization: /);
    }
    expect((await fetch(guarded.url + '/api/stats', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(guarded.url + '/api/stats', { headers: { Authorization: 'Bearer s3cret' } })).status).toBe(200);
    expect((await fetch(guarded.url + '/api/answers?token=s3cret')).status).toBe(200);
    expect((await done(guarded, 'x', '{"done":true}')).status).toBe(401);
    // the collector itself stays open: pages cannot carry the dashboard's token
    expect((await postAnswers(guarded, [npsAnswer(9)])).status).toBe(200);
  });
});
