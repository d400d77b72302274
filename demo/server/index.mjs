#!/usr/bin/env node
/**
 * `npm start`: runs the demo server on 127.0.0.1.
 *
 *   PORT=8080 [DATABASE_URL=postgres://…] [HEARKEN_DASHBOARD_TOKEN=…] [HEARKEN_WEBHOOK_URL=https://…] \
 *     node demo/server/index.mjs [--faults[=0.3]] [--seed=42] [--data=dir] [--webhook=URL] [--no-csp] [--quiet]
 *
 * Answers go to the collector kit's embedded store in demo/data/, or to PostgreSQL with DATABASE_URL.
 * `--faults` makes POST /collect fail at random (500, 429, hangs, dropped connections — also after
 * storing — and slow answers) so the widget's retries can be watched; `--seed` makes that reproducible.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from './cli.mjs';
import { requireBuild } from './build-check.mjs';

requireBuild();
const { DEFAULT_DATA_DIR, DEMO_DIR, startDemoServer } = await import('./app.mjs');

/** @type {import('./app.mjs').DemoServerOptions} */
let options = {};
try {
  options = parseArgs(process.argv.slice(2), process.env);
} catch (e) {
  console.error(/** @type {Error} */ (e).message);
  process.exit(2);
}
const server = await startDemoServer(options).catch((e) => {
  if (e && e.code == 'EADDRINUSE') console.error(`[hearken] port ${options.port} is in use: set PORT to another one (PORT=0 picks a free port)`);
  else console.error(e);
  process.exit(1);
});
const u = server.url;
console.log(`hearken demo: ${u}/  (shop ${u}/shop/  ·  app ${u}/app/  ·  dashboard ${u}/dashboard/)`);
const where = options.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded store in ${options.dataDir || DEFAULT_DATA_DIR}`;
console.log(`hearken collector: POST ${u}/collect  ·  stored answers: ${u}/api/answers  ·  live: ${u}/api/events  (${where}, ${server.feed.all().length} answers)`);
if (options.dashboardToken) console.log(`hearken dashboard: its API needs the token (HEARKEN_DASHBOARD_TOKEN): open ${u}/dashboard/#token=…`);
if (options.webhook) console.log('hearken alerts: contact requests and unhappy comments go to the webhook');
if (!server.feed.all().length) console.log('hearken: no answers yet; `npm run seed-demo` writes 90 days of sample answers for the dashboard');
if (options.faults) console.log(`hearken faults: on ${JSON.stringify(options.faults)}; POST /collect fails at random`);
if (!existsSync(join(DEMO_DIR, 'app', 'dist', 'app.js'))) console.warn('[hearken] demo/app/dist/app.js is missing: run `npm run build:demo`');

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => server.close().then(() => process.exit(0)));
}
