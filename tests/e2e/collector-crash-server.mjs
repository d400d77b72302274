// The collector process of tests/e2e/collector-crash.test.ts: dist/collector.js on node:http, killed with SIGKILL
// and restarted by the test. Usage: node collector-crash-server.mjs embedded <dir> | postgres <url>
// Prints "ready <port>" once it listens. `GET /stored-ids` lists the ids in the database, for the test's checks.
import { createServer } from 'node:http';
import { createCollector, createEmbeddedStore, createPostgresStore, toNodeHandler } from '../../dist/collector.js';

const [kind, where] = process.argv.slice(2);
const store = kind == 'postgres' ? await createPostgresStore({ url: where }) : await createEmbeddedStore({ dir: where });
const collect = toNodeHandler(createCollector({ store, rateLimit: 0, log: (message) => process.stderr.write(message + '\n') }));
const server = createServer(async (req, res) => {
  if (req.url != '/stored-ids') return void collect(req, res);
  const ids = (await store.query()).map((answer) => answer.id);
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(ids));
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`ready ${server.address().port}\n`));
