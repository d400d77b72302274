import { describe, expect, it, vi } from 'vitest';
import { fetchTransport } from '../../src/transports/fetch';
import { answer } from '../outbox/helpers';

const ENDPOINT = 'https://collect.example/answers';
const context = (unload = false) => ({ signal: new AbortController().signal, unload });

function transport(response: () => Promise<Response> | Response, options: { headers?: Record<string, string>; credentials?: boolean } = {}) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => response());
  return { fetch, t: fetchTransport({ endpoint: ENDPOINT, fetch: fetch as never, now: () => Date.parse('2025-03-01T12:00:00Z'), ...options }) };
}

describe('fetch transport', () => {
  it('POSTs { answers, sentAt } as JSON without cookies, in batches of up to 20', async () => {
    const { fetch, t } = transport(() => new Response(null, { status: 204 }));
    expect(t.maxBatch).toBe(20);
    const ctx = context();
    expect(await t.send([answer('a'), answer('b')], ctx)).toEqual({ status: 'accepted' });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(ENDPOINT);
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' }, signal: ctx.signal, referrerPolicy: 'strict-origin' });
    expect(JSON.parse(init.body as string)).toEqual({ answers: [answer('a'), answer('b')], sentAt: '2025-03-01T12:00:00.000Z' });
    expect(init.keepalive).toBeUndefined();
  });

  it('adds custom headers and sends cookies when asked', async () => {
    const { fetch, t } = transport(() => new Response(null, { status: 200 }), { headers: { Authorization: 'Bearer k' }, credentials: true });
    await t.send([answer('a')], context());
    expect(fetch.mock.calls[0][1]).toMatchObject({ credentials: 'include', headers: { Authorization: 'Bearer k', 'Content-Type': 'application/json' } });
  });

  it('uses keepalive on the unload path only for bodies under 64 KiB', async () => {
    const { fetch, t } = transport(() => new Response(null, { status: 200 }));
    await t.send([answer('a')], context(true));
    await t.send([answer('b', 'x'.repeat(70_000))], context(true));
    expect(fetch.mock.calls.map((c) => c[1].keepalive)).toEqual([true, undefined]);
  });

  it('maps statuses: retry with Retry-After, too-large, reject', async () => {
    const reply = (status: number, headers?: Record<string, string>) => transport(() => new Response(null, { status, headers })).t.send([answer('a')], context());
    expect(await reply(503, { 'Retry-After': '30' })).toEqual({ status: 'retry', after: 30_000, reason: 'HTTP 503' });
    expect(await reply(413)).toEqual({ status: 'too-large' });
    expect(await reply(401)).toEqual({ status: 'reject', reason: 'HTTP 401' });
  });

  it('counts a network error, a CORS block or an abort as a retry', async () => {
    const { t } = transport(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await t.send([answer('a')], context())).toEqual({ status: 'retry', reason: 'TypeError: Failed to fetch' });
  });

  it('follows redirects but refuses a redirected response: a 302 to a login page stores nothing', async () => {
    const login = { status: 200, type: 'basic', redirected: true, url: 'https://collect.example/login', headers: new Headers() };
    const { fetch, t } = transport(() => login as unknown as Response);
    expect(await t.send([answer('a')], context())).toEqual({ status: 'reject', reason: expect.stringContaining('redirected to https://collect.example/login') });
    expect(fetch.mock.calls[0][1].redirect).toBeUndefined(); // "follow": the final URL can be named
  });

  it('counts an opaque response as a retry', async () => {
    const { t } = transport(() => ({ status: 0, type: 'opaque', headers: new Headers() }) as unknown as Response);
    expect((await t.send([answer('a')], context())).status).toBe('retry');
  });
});
