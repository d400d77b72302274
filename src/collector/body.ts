/**
 * A request body read up to a limit: its text, `tooLarge`, or `unread`: `'already read'` (by whatever had the
 * request before the collector: a body parser), `'cut off'` (the body stream failed before its end: the client hung
 * up mid-upload, or its connection broke).
 */
export type BodyRead = { text: string } | { tooLarge: true } | { unread: 'already read' | 'cut off' };

// What the body stream of `alreadyReadBody()` fails with.
const ALREADY_READ = new Error('[hearken] collector: the request body was already read');

/**
 * A body for a request whose body was read before the collector got it (`toNodeHandler`, when a body parser mounted
 * before it read the stream): it fails at the first read, and `readBody` answers `{ unread: 'already read' }`.
 */
export function alreadyReadBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({ pull: (controller) => controller.error(ALREADY_READ) });
}

/**
 * Reads a request body as UTF-8 (a BOM dropped, invalid bytes replaced), stopping as soon as it passes `maxBytes`:
 * a declared `Content-Length` above the limit is refused before reading anything.
 */
export async function readBody(request: Request, maxBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) return { tooLarge: true };
  if (request.bodyUsed || request.body?.locked) return { unread: 'already read' };
  if (!request.body) return { text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch (error) {
      return { unread: error === ALREADY_READ ? 'already read' : 'cut off' };
    }
    if (read.done) break;
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { tooLarge: true };
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

/** Whether a JSON value nests deeper than `maxDepth` arrays or objects (checked without recursion). */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item != 'object' || item === null) continue;
    if (depth >= maxDepth) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
