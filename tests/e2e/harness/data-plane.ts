/**
 * A fake analytics data plane for the pipeline transports' browser tests: Segment's `POST /v1/batch` and
 * PostHog's `POST /batch/` on 127.0.0.1 and a free port, with CORS for any origin, a queue of statuses to answer,
 * and dedup by the vendors' keys (Segment's `messageId`, PostHog's `$survey_submission_id`), as they do.
 *
 *   const plane = await startDataPlane();
 *   plane.next([500]);                     // the next request is stored, then answered 500
 *   await plane.waitForEvents(1);
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the data plane received. */
export interface PlaneRequest {
  path: string;
  authorization?: string;
  contentType?: string;
  body: { batch?: Record<string, unknown>[] } & Record<string, unknown>;
}

/** A running fake data plane. */
export interface DataPlane {
  url: string;
  /** Every POST, in order. */
  requests: PlaneRequest[];
  /** Stored events by dedup key, each once. */
  stored: Map<string, Record<string, unknown>>;
  /** Statuses for the next POSTs (stored first, then answered with it); 200 once the queue is empty. */
  next(statuses: number[]): void;
  waitForEvents(count: number, ms?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

const keyOf = (event: Record<string, unknown>) =>
  String(event.messageId ?? (event.properties as Record<string, unknown> | undefined)?.$survey_submission_id);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** Starts the fake data plane on 127.0.0.1 and a free port. */
export async function startDataPlane(): Promise<DataPlane> {
  const requests: PlaneRequest[] = [];
  const stored = new Map<string, Record<string, unknown>>();
  let statuses: number[] = [];
  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method == 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'content-type, authorization', 'Access-Control-Max-Age': '600' });
      return void res.end();
    }
    const path = new URL(req.url || '/', 'http://plane').pathname;
    if (req.method != 'POST' || (path != '/v1/batch' && path != '/batch/')) {
      res.writeHead(404);
      return void res.end();
    }
    const body = JSON.parse(await readBody(req)) as PlaneRequest['body'];
    requests.push({ path, authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
    for (const event of body.batch || []) if (!stored.has(keyOf(event))) stored.set(keyOf(event), event);
    const status = statuses.shift() || 200;
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(status == 200 ? '{"status":"Ok"}' : '{"error":"unavailable"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stored,
    next: (list) => void (statuses = list.slice()),
    async waitForEvents(count, ms = 15_000) {
      const end = Date.now() + ms;
      while (stored.size < count) {
        if (Date.now() > end) throw new Error(`[hearken] expected ${count} events at the data plane within ${ms} ms, got ${stored.size}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    reset() {
      requests.length = 0;
      stored.clear();
      statuses = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
