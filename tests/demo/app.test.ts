import { describe, expect, it, vi } from 'vitest';
import { createBearerTransport, retryAfterMs } from '../../demo/app/src/transport.js';
import { matchRoute } from '../../demo/app/src/router.js';
import { clearHearkenKeys } from '../../demo/reset.js';
import type { Answer } from '../../src/surveys/types';

const batch = [{ id: 'a1' }] as unknown as Answer[];
const context = { signal: new AbortController().signal, unload: false };
const reply = (status: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('the demo app transport', () => {
  it('POSTs the batch as JSON with the bearer token', async () => {
    const fetch = vi.fn(async () => reply(200, { ok: true }));
    const transport = createBearerTransport({ endpoint: '/collect', token: 'demo-token', fetch, now: () => Date.UTC(2025, 0, 1) });
    await expect(transport.send(batch, { ...context, unload: true })).resolves.toEqual({ status: 'accepted' });
    expect(fetch).toHaveBeenCalledWith('/collect', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer demo-token' },
      body: JSON.stringify({ answers: batch, sentAt: '2025-01-01T00:00:00.000Z' }),
      signal: context.signal,
      keepalive: true,
    });
  });

  it('maps statuses to what hearken does next', async () => {
    const send = (response: Response | Error) =>
      createBearerTransport({ endpoint: '/c', token: 't', fetch: async () => (response instanceof Error ? Promise.reject(response) : response) }).send(batch, context);
    await expect(send(reply(413))).resolves.toEqual({ status: 'too-large' });
    await expect(send(reply(429, {}, { 'Retry-After': '3' }))).resolves.toEqual({ status: 'retry', after: 3000, reason: 'HTTP 429' });
    await expect(send(reply(503))).resolves.toEqual({ status: 'retry', after: undefined, reason: 'HTTP 503' });
    await expect(send(reply(401, { error: 'authorization: wrong token' }))).resolves.toEqual({ status: 'reject', reason: 'HTTP 401: authorization: wrong token' });
    await expect(send(new Response('<html>', { status: 400 }))).resolves.toEqual({ status: 'reject', reason: 'HTTP 400' });
    await expect(send(new TypeError('Failed to fetch'))).resolves.toEqual({ status: 'retry', reason: 'TypeError: Failed to fetch' });
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('the demo app router', () => {
  const routes = [{ pattern: '/app', view: 'home' }, { pattern: '/app/product/:slug', view: 'product' }];
  it('matches paths with parameters, with or without a trailing slash', () => {
    expect(matchRoute(routes, '/app/')).toEqual({ route: routes[0], params: {} });
    expect(matchRoute(routes, '/app/product/huila')).toEqual({ route: routes[1], params: { slug: 'huila' } });
    expect(matchRoute(routes, '/app/product/')).toBeNull();
    expect(matchRoute(routes, '/app/nope')).toBeNull();
  });
});

describe('the demo reset', () => {
  it("forgets hearken's keys (not the outbox's, not the page's own)", () => {
    const data = new Map([['hearken:history', '{}'], ['hearken:shown', 'nps'], ['hearken:flush', 'lock'], ['hearken:outbox:a1', '{}'], ['cart', '2']]);
    const storage = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      removeItem: (k: string) => void data.delete(k),
    } as unknown as Storage;
    expect(clearHearkenKeys(storage)).toBe(2);
    expect([...data.keys()]).toEqual(['hearken:flush', 'hearken:outbox:a1', 'cart']);
  });
});
