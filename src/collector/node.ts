import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { alreadyReadBody } from './body';
import { json } from './reply';
import type { CollectorHandler } from './types';
import { show } from './validate-values';

// An unread rest of a refused body (a 413) is read and thrown away up to this, so the client sees the answer
// instead of a reset connection; past it the connection is closed.
const DRAIN_LIMIT = 32 * 1024 * 1024;

/** The request's URL, or why the Host header or the request line make none (`Host: shop example`). */
function urlOf(req: IncomingMessage): URL | string {
  const host = req.headers.host ?? 'localhost';
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  let origin: URL;
  try {
    origin = new URL(`${scheme}://${host}`);
  } catch {
    return `host: must be a host name or address, with a port or not, got ${show(host)}`;
  }
  try {
    return new URL(req.url ?? '/', origin);
  } catch {
    return `url: must be a path, got ${show(req.url)}`;
  }
}

function requestOf(req: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = req.method != 'GET' && req.method != 'HEAD';
  // A body parser mounted before the collector (express.json()) has read the stream: the handler is handed a body
  // that says so, and answers with what to do.
  const readBefore = req.readableDidRead || req.readableEnded;
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (readBefore ? alreadyReadBody() : (Readable.toWeb(req) as ReadableStream<Uint8Array>)) : undefined,
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
    const url = urlOf(req);
    let response: Response;
    try {
      response = typeof url == 'string' ? json(400, { error: url }) : await handler(requestOf(req, url), { clientAddress: req.socket.remoteAddress });
    } catch (error) {
      // createCollector's handler answers its own failures and logs them through its `log`: what lands here is a
      // handler of your own that threw (or a bug of this adapter), and the adapter has no `log` to report it to.
      console.error(`[hearken] toNodeHandler: unexpected error: ${error instanceof Error ? error.stack : String(error)}`);
      response = json(500, { error: 'server: unexpected error' });
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
