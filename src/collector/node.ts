import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { CollectorHandler } from './types';

// An unread rest of a refused body (a 413) is read and thrown away up to this, so the client sees the answer
// instead of a reset connection; past it the connection is closed.
const DRAIN_LIMIT = 32 * 1024 * 1024;

function requestOf(req: IncomingMessage): Request {
  const host = req.headers.host ?? 'localhost';
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = req.method != 'GET' && req.method != 'HEAD';
  return new Request(new URL(req.url ?? '/', `${scheme}://${host}`), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

function drain(req: IncomingMessage): void {
  if (req.complete || req.destroyed) return;
  let drained = 0;
  // Readable.toWeb's listener pauses the request again once its unread queue is full: only this one reads on
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
  req.resume();
}

/**
 * Adapts a collector handler to Node's `(req, res)`: node:http, or Express (`app.all('/collect', …)`). It passes the
 * socket's address as the client address for the rate limit. Mount it before any body parser: it reads the body
 * itself. (Fastify parses bodies before its handlers: hand it `request.raw` only where no content-type parser ran.)
 */
export function toNodeHandler(handler: CollectorHandler): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async function nodeHandler(req, res) {
    let response: Response;
    try {
      response = await handler(requestOf(req), { clientAddress: req.socket.remoteAddress });
    } catch {
      response = new Response('{"error":"server: unexpected error"}', { status: 500, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    }
    const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    if (body) headers['content-length'] = String(body.length);
    res.writeHead(response.status, headers);
    res.end(body);
    drain(req);
  };
}
