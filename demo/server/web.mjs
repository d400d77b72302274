/**
 * node:http ↔ Web `Request`/`Response`, for mounting the collector kit's handler behind the demo's faults,
 * which need the request body before the handler sees it (the kit's own `toNodeHandler` reads it itself).
 */

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/**
 * A Web `Request` for a node request and its body.
 * @param {Req} req
 * @param {Buffer | null} body
 */
export function toRequest(req, body) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return new Request(`http://${req.headers.host || 'localhost'}${req.url || '/'}`, { method: req.method, headers, body });
}

/**
 * Writes a Web `Response` to a node response.
 * @param {Response} response
 * @param {Res} res
 */
export async function sendResponse(response, res) {
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'Content-Length': body.length });
  res.end(body);
}
