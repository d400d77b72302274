/**
 * README's mounting examples ("Collector kit"), each run: Express, Hono, a Next.js route handler and plain
 * node:http. The code between the `// README` marks is what README shows, with the store made in memory.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { createCollector, toNodeHandler } from '../../src/collector';
import { batchBody, makeAnswer } from './answers';
import { memoryStore } from './memory-store';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function listen(app: Server): Promise<string> {
  server = app;
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
}

const shop = 'https://shop.example';
const answer = () => makeAnswer();

async function expectCollects(post: (body: string, headers: Record<string, string>) => Promise<Response>, store: ReturnType<typeof memoryStore>) {
  const a = answer();
  const response = await post(batchBody([a]), { 'content-type': 'application/json', origin: shop });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe(shop);
  expect(store.answers.map((x) => x.id)).toEqual([a.id]);
}

describe('README mounting examples', () => {
  it('Express', async () => {
    const store = memoryStore();
    // README
    const app = express();
    app.all('/collect', toNodeHandler(createCollector({ store, allowOrigins: ['https://shop.example'] })));
    app.use(express.json()); // body parsers after the collector: it reads its body itself
    // README
    const base = await listen(createServer(app));
    await expectCollects((body, headers) => fetch(base + '/collect', { method: 'POST', body, headers }), store);
    const preflight = await fetch(base + '/collect', { method: 'OPTIONS', headers: { origin: shop, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
  });

  it('Hono', async () => {
    const store = memoryStore();
    // README
    const collect = createCollector({ store, allowOrigins: ['https://shop.example'] });
    const app = new Hono();
    app.on(['POST', 'OPTIONS'], '/collect', (c) => collect(c.req.raw));
    // README
    await expectCollects(async (body, headers) => app.request('/collect', { method: 'POST', body, headers }), store);
  });

  it('a Next.js route handler (app/collect/route.js)', async () => {
    const store = memoryStore();
    // README
    const collect = createCollector({ store, allowOrigins: ['https://shop.example'] });
    const POST = (request: Request) => collect(request);
    const OPTIONS = (request: Request) => collect(request);
    // README
    await expectCollects((body, headers) => POST(new Request('https://collect.example/collect', { method: 'POST', body, headers })), store);
    expect((await OPTIONS(new Request('https://collect.example/collect', { method: 'OPTIONS', headers: { origin: shop } }))).status).toBe(204);
  });

  it('plain node:http', async () => {
    const store = memoryStore();
    // README
    const collect = toNodeHandler(createCollector({ store, allowOrigins: ['https://shop.example'] }));
    const app = createServer((req, res) => {
      if (req.url == '/collect') collect(req, res);
      else res.writeHead(404).end();
    });
    // README
    const base = await listen(app);
    await expectCollects((body, headers) => fetch(base + '/collect', { method: 'POST', body, headers }), store);
    expect((await fetch(base + '/elsewhere')).status).toBe(404);
  });
});
