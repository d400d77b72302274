/**
 * The live channel of the dashboard: `GET /api/events`, Server-Sent Events pushing every newly stored
 * answer. Each event is `event: answer`, `id: <cursor>` (the answer's `seq` in the store) and
 * `data: <the answer as JSON>`, so a reconnecting `EventSource` (which sends `Last-Event-ID`) gets exactly
 * what it missed. `?since=<cursor>` replays from a cursor on the first connection. `event: reset` says the
 * answers changed wholesale (a seed run): load them again.
 */

/** Milliseconds between keep-alive comments, which also let a dead connection be noticed. */
export const HEARTBEAT_MS = 15_000;
/** Milliseconds an `EventSource` waits before reconnecting (sent as `retry:`). */
export const RECONNECT_MS = 2_000;

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {object} EventStream
 * @property {(req: Req, res: Res, query: URLSearchParams) => void} handle opens one stream
 * @property {() => number} clients how many streams are open
 * @property {() => void} close ends every stream and stops the heartbeat
 */

/**
 * One SSE message.
 * @param {string} event
 * @param {unknown} data
 * @param {number} [id]
 */
export function sseMessage(event, data, id) {
  return (id === undefined ? '' : `id: ${id}\n`) + `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Reads a cursor: a whole number ≥ 0, or undefined.
 * @param {string | null | undefined} value
 */
export function parseCursor(value) {
  return value != null && /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/**
 * Creates the event stream over the answer feed.
 * @param {import('./feed.mjs').AnswerFeed} feed
 * @param {{ heartbeatMs?: number }} [options]
 * @returns {EventStream}
 */
export function createEventStream(feed, { heartbeatMs = HEARTBEAT_MS } = {}) {
  /** @type {Set<Res>} */
  const open = new Set();
  const unsubscribe = feed.subscribe((change) => {
    if (!open.size) return;
    const text =
      change.type == 'reset' ? sseMessage('reset', { cursor: feed.cursor() }) : change.fresh.map((a) => sseMessage('answer', a, a.seq)).join('');
    for (const res of open) res.write(text);
  });
  const heartbeat = setInterval(() => {
    for (const res of open) res.write(': keep-alive\n\n');
  }, heartbeatMs);
  heartbeat.unref();

  return {
    handle(req, res, query) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
      });
      // A reconnecting EventSource says where it stopped; a first connection may name a cursor.
      const header = req.headers['last-event-id'];
      const from = parseCursor(Array.isArray(header) ? header[0] : header) ?? parseCursor(query.get('since'));
      let text = `retry: ${RECONNECT_MS}\n\n`;
      if (from !== undefined) text += feed.since(from).map((a) => sseMessage('answer', a, a.seq)).join('');
      text += sseMessage('ready', { cursor: feed.cursor() });
      res.write(text);
      open.add(res);
      res.on('close', () => open.delete(res));
    },
    clients: () => open.size,
    close() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const res of open) res.end();
      open.clear();
    },
  };
}
