import { describe, expect, it } from 'vitest';
import { createCollector } from '../../src/collector';
import { checkAllowOrigins, originVerdict } from '../../src/collector/cors';
import { batchBody, makeAnswer } from './answers';
import { memoryStore } from './memory-store';

const URL_ = 'https://collect.example/collect';
const post = (body: string, headers: Record<string, string>) => new Request(URL_, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const setup = (allowOrigins?: readonly string[] | '*') => {
  const store = memoryStore();
  return { store, handler: createCollector({ store, allowOrigins, rateLimit: 0 }) };
};

const from = (origin?: string) => new Request('https://collect.example/collect', { method: 'POST', headers: origin ? { origin } : {} });

describe('originVerdict', () => {
  it.each([
    [undefined, ['https://shop.example'], true, undefined],
    ['https://collect.example', [], true, undefined],
    ['https://shop.example', ['https://shop.example'], true, 'https://shop.example'],
    ['https://SHOP.example', ['https://shop.example'], true, 'https://SHOP.example'],
    ['https://shop.example:8443', ['https://shop.example'], false, undefined],
    ['https://evil.example', ['https://shop.example'], false, undefined],
    ['null', ['https://shop.example'], false, undefined],
    ['https://anyone.example', '*', true, '*'],
  ] as const)('Origin %s with %j: allowed %s, Access-Control-Allow-Origin %s', (origin, allow, allowed, header) => {
    const verdict = originVerdict(from(origin), checkAllowOrigins(allow));
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.headers['Access-Control-Allow-Origin']).toBe(header);
  });

  it('takes the origin a proxy forwards as the same origin, behind TLS termination or a rewritten host', () => {
    const behind = (origin: string, headers: Record<string, string>) =>
      originVerdict(new Request('http://127.0.0.1:3102/collect', { method: 'POST', headers: { origin, ...headers } }), checkAllowOrigins(undefined));
    expect(behind('https://shop.example', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example' })).toEqual({ allowed: true, headers: {} });
    expect(behind('https://shop.example', { 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'shop.example:443' }).allowed).toBe(true);
    expect(behind('https://shop.example', { forwarded: 'for=192.0.2.60;proto=https;host="shop.example", for=10.0.0.1' }).allowed).toBe(true);
    // the host alone (a proxy that keeps the scheme) or the scheme alone (one that keeps the Host header)
    expect(behind('http://shop.example', { 'x-forwarded-host': 'shop.example' }).allowed).toBe(true);
    expect(behind('https://127.0.0.1:3102', { 'x-forwarded-proto': 'https' }).allowed).toBe(true);
    // other origins stay refused, whatever is forwarded
    expect(behind('https://evil.example', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example' }).allowed).toBe(false);
    expect(behind('https://shop.example', {}).allowed).toBe(false);
    expect(behind('https://shop.example', { 'x-forwarded-host': 'shop.example/x y' }).allowed).toBe(false);
  });

  it('allows in a preflight the headers it asks for (a transport with its own headers), only for an allowed origin', () => {
    const preflight = (origin: string, asked: string) =>
      originVerdict(
        new Request(URL_, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': asked } }),
        checkAllowOrigins(['https://shop.example']),
      );
    expect(preflight('https://shop.example', 'content-type,x-api-key').headers['Access-Control-Allow-Headers']).toBe('Content-Type, Authorization, x-api-key');
    expect(preflight('https://shop.example', 'x-a, bad header, x-b').headers['Access-Control-Allow-Headers']).toBe('Content-Type, Authorization, x-a, x-b');
    expect(preflight('https://evil.example', 'x-api-key').headers['Access-Control-Allow-Headers']).toBeUndefined();
  });

  it('refuses allowOrigins that are not origins, naming the value', () => {
    expect(() => checkAllowOrigins(['https://shop.example/'])).toThrow(/got "https:\/\/shop.example\/"/);
    expect(() => checkAllowOrigins([42])).toThrow(/got 42/);
    expect(checkAllowOrigins('https://shop.example')).toEqual(['https://shop.example']);
  });
});

describe('createCollector: CORS', () => {
  const from = (origin: string, method = 'POST') =>
    method == 'OPTIONS'
      ? new Request(URL_, { method, headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } })
      : post(batchBody([makeAnswer()]), { origin });

  it('answers a preflight from an allowed origin with that origin, and stores its posts', async () => {
    const { handler, store } = setup(['https://shop.example']);
    const preflight = await handler(from('https://shop.example', 'OPTIONS'));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
    expect(preflight.headers.get('vary')).toBe('Origin');
    const posted = await handler(from('https://shop.example'));
    expect(posted.status).toBe(200);
    expect(posted.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(store.answers).toHaveLength(1);
  });

  it('sends no CORS headers to other origins, and refuses their posts with 403 without storing', async () => {
    const { handler, store } = setup(['https://shop.example']);
    for (const origin of ['https://evil.example', 'https://shop.example.evil.example', 'null', 'http://shop.example']) {
      for (const method of ['OPTIONS', 'POST']) {
        const response = await handler(from(origin, method));
        expect(response.status).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
      }
    }
    expect(store.added).toEqual([]);
  });

  it('allows any origin only when configured with "*" (and then without credentials)', async () => {
    const star = setup('*');
    const response = await star.handler(from('https://anyone.example'));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const none = setup();
    expect((await none.handler(from('https://anyone.example'))).status).toBe(403);
  });

  it('takes same-origin posts and posts without Origin, with no CORS headers', async () => {
    const { handler } = setup();
    const same = await handler(from('https://collect.example'));
    expect(same.status).toBe(200);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
    expect((await handler(post(batchBody([makeAnswer()]), {}))).status).toBe(200);
  });
});
