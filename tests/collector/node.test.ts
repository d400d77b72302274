import { Agent, createServer, request, type RequestListener, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCollector, toNodeHandler, type CollectorHandler } from '../../src/collector';
import { MIN_MAX_BODY_BYTES } from '../../src/collector/handler';
import { batchBody, makeAnswer } from './answers';
import { memoryStore } from './memory-store';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function listen(listener: RequestListener): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/collect`;
}

function serve(handler: CollectorHandler): Promise<string> {
  const collect = toNodeHandler(handler);
  return listen((req, res) => {
    if (req.url == '/collect') return void collect(req, res);
    res.writeHead(404).end();
  });
}

/** Sends `text` as it is on a connection of its own; resolves with the status and the body of the answer. */
function sendRaw(url: string, text: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', reject);
    socket.on('end', () => resolve({ status: Number(answer.split(' ')[1]), body: answer.slice(answer.indexOf('\r\n\r\n') + 4) }));
  });
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
    const url = await serve(createCollector({ store: memoryStore(), maxBodyBytes: MIN_MAX_BODY_BYTES }));
    const response = await fetch(url, { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: `body: must be at most ${MIN_MAX_BODY_BYTES} bytes` });
    // the server goes on serving
    expect((await fetch(url, { method: 'POST', body: batchBody([]) })).status).toBe(200);
  });

  it('reads and drops the rest of a refused body, so the next request on the same connection is answered', async () => {
    const store = memoryStore();
    const url = new URL(await serve(createCollector({ store, maxBodyBytes: MIN_MAX_BODY_BYTES })));
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

  it('tells the owner when a body parser mounted before it read the body: a 500 that says what to do, logged once', async () => {
    const log = vi.fn();
    const store = memoryStore();
    const app = express();
    app.use(express.json()); // the mistake: before the collector
    app.all('/collect', toNodeHandler(createCollector({ store, log })));
    const url = await listen(app);
    const advice = 'the request body was already read: mount the collector before body parsers such as express.json()';
    for (let i = 0; i < 3; i++) {
      const response = await fetch(url, { method: 'POST', body: batchBody([makeAnswer()]), headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: `server: ${advice}` });
    }
    expect(log.mock.calls).toEqual([[`[hearken] collector: ${advice}`]]);
    expect(store.added).toEqual([]);
  });

  it('answers 400 to a Host header that is no host, and logs nothing', async () => {
    const log = vi.fn();
    const store = memoryStore();
    const url = await serve(createCollector({ store, log }));
    const body = batchBody([makeAnswer()]);
    const sent = await sendRaw(url, `POST /collect HTTP/1.1\r\nHost: shop example\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    expect(sent.status).toBe(400);
    expect(JSON.parse(sent.body)).toEqual({ error: 'host: must be a host name or address, with a port or not, got "shop example"' });
    expect(log).not.toHaveBeenCalled();
    expect(store.added).toEqual([]);
  });

  it('logs nothing when a visitor hangs up mid-upload: it is no failure of the collector', async () => {
    const log = vi.fn();
    const store = memoryStore();
    const collect = createCollector({ store, log });
    let reached!: () => void;
    const called = new Promise<void>((resolve) => (reached = resolve));
    let answered: Promise<Response> | undefined;
    const url = new URL(
      await serve((request, context) => {
        reached();
        return (answered = collect(request, context));
      }),
    );
    const socket = connect(Number(url.port), url.hostname);
    socket.on('error', () => {});
    socket.write(`POST /collect HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"answers":[`);
    await called;
    socket.destroy();
    expect((await answered!).status).toBe(400);
    expect(log).not.toHaveBeenCalled();
    expect(store.added).toEqual([]);
  });
});
