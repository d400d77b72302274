import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCollector, toNodeHandler, type CollectorHandler } from '../../src/collector';
import { batchBody, makeAnswer } from './answers';
import { memoryStore } from './memory-store';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: CollectorHandler): Promise<string> {
  const collect = toNodeHandler(handler);
  server = createServer((req, res) => {
    if (req.url == '/collect') return void collect(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/collect`;
}

describe('toNodeHandler', () => {
  it('serves the handler on node:http: the body, the headers and the status come through', async () => {
    const store = memoryStore();
    const url = await serve(createCollector({ store, allowOrigins: ['https://shop.example'] }));
    const answer = makeAnswer({ comment: 'Grüße 😀' });
    const response = await fetch(url, { method: 'POST', body: batchBody([answer]), headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://shop.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(await response.json()).toEqual({ ok: true, stored: 1, duplicates: 0 });
    expect(store.answers[0].comment).toBe('Grüße 😀');
  });

  it('passes the socket address to the rate limit', async () => {
    const seen: (string | undefined)[] = [];
    const handler = createCollector({ store: memoryStore(), rateLimit: 1, clientAddress: (_request, context) => (seen.push(context.clientAddress), context.clientAddress) });
    const url = await serve(handler);
    const send = () => fetch(url, { method: 'POST', body: batchBody([]), headers: { 'content-type': 'application/json' } });
    expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(seen[0]).toMatch(/127\.0\.0\.1/);
  });

  it('answers 413 to an oversized body and the client reads it, instead of a reset connection', async () => {
    const url = await serve(createCollector({ store: memoryStore(), maxBodyBytes: 1024 }));
    const response = await fetch(url, { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'body: must be at most 1024 bytes' });
    // the server goes on serving
    expect((await fetch(url, { method: 'POST', body: batchBody([]) })).status).toBe(200);
  });

  it('reads and drops the rest of a refused body, so the next request on the same connection is answered', async () => {
    const store = memoryStore();
    const url = new URL(await serve(createCollector({ store, maxBodyBytes: 1024 })));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    const post = (body: string) =>
      new Promise<number>((resolve, reject) => {
        const sent = request(
          { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (response) => {
            sockets.add(sent.socket);
            response.resume();
            response.on('end', () => resolve(response.statusCode!));
          },
        );
        sent.on('error', reject);
        sent.end(body);
      });
    try {
      // a declared length over the limit: refused before reading, then read to its end
      expect(await post('{"answers":[],"pad":"' + 'x'.repeat(1024 * 1024) + '"}')).toBe(413);
      expect(await post(batchBody([makeAnswer()]))).toBe(200);
      expect(await post(batchBody([makeAnswer()]))).toBe(200);
      expect(store.answers).toHaveLength(2);
      expect(sockets.size).toBe(1);
    } finally {
      agent.destroy();
    }
  });
});
