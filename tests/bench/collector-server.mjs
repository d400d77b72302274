// One collector for tests/bench/collector.mjs, in its own process so the load generator does not share its event
// loop: `node collector-server.mjs embedded <dir> | postgres <url> | jsonl <dir>`. Prints "ready <port>".
import { createServer } from 'node:http';

const [kind, where] = process.argv.slice(2);

async function kitHandler() {
  const kit = await import('../../dist/collector.js');
  const store = kind == 'postgres' ? await kit.createPostgresStore({ url: where }) : await kit.createEmbeddedStore({ dir: where });
  return kit.toNodeHandler(kit.createCollector({ store, rateLimit: 0 }));
}

// The demo's former JSON-lines collector (tests/bench/jsonl-collector.mjs): one file, an fsync per write.
async function jsonLinesHandler() {
  const { createJsonLinesCollector } = await import('./jsonl-collector.mjs');
  const { checkBatch } = await import('../../dist/collector.js');
  return createJsonLinesCollector(where, checkBatch);
}

const handle = kind == 'jsonl' ? await jsonLinesHandler() : await kitHandler();
const server = createServer((req, res) => void handle(req, res));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`ready ${/** @type {import('node:net').AddressInfo} */ (server.address()).port}\n`));
