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

  it('refuses a toggle that is not JSON (so no other site can post it), a bad value, or an unknown id', async () => {
    expect((await done(open, 'c-new', '{"done":true}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await done(open, 'c-new', '{"done":"yes"}')).status).toBe(400);
    expect((await done(open, 'nobody', '{"done":true}')).status).toBe(404);
  });

  it('is read-only otherwise: no other method changes anything', async () => {
    for (const path of ['/api/answers', '/api/stats', '/api/contacts', '/api/export?format=ndjson']) {
      const res = await fetch(open.url + path, { method: 'DELETE' });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
    }
    expect((await open.store.query()).length).toBe(3);
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
