#!/usr/bin/env node
/**
 * `npm start`: runs the demo server on 127.0.0.1.
 *
 *   PORT=8080 node demo/server/index.mjs [--faults[=0.3]] [--seed=42] [--data=dir] [--no-csp] [--quiet]
 *
 * `--faults` makes POST /collect fail at random (500, 429, hangs, dropped connections — also after
 * storing — and slow answers) so the widget's retries can be watched; `--seed` makes that reproducible.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from './cli.mjs';
import { requireBuild } from './build-check.mjs';

requireBuild();
const { DEMO_DIR, DIST_DIR, startDemoServer } = await import('./app.mjs');

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
console.log(`hearken collector: POST ${u}/collect  ·  stored answers: ${u}/api/answers  ·  live: ${u}/api/events  (${server.store.file}, ${server.store.count()} answers)`);
if (!server.store.count()) console.log('hearken: no answers yet; `npm run seed-demo` writes 90 days of sample answers for the dashboard');
if (options.faults) console.log(`hearken faults: on ${JSON.stringify(options.faults)}; POST /collect fails at random`);
if (!existsSync(join(DEMO_DIR, 'app', 'dist', 'app.js'))) console.warn('[hearken] demo/app/dist/app.js is missing: run `npm run build:demo`');

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => server.close().then(() => process.exit(0)));
}
