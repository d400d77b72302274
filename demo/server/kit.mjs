/**
 * The collector kit the demo runs on: `hearken/collector` (createCollector, openStore).
 * INTERIM: until branch `collector` is merged, its interface is served by demo/server/interim/ (the same
 * Request → Response handler and Store verbs, on a JSON-lines file).
 */
import { join } from 'node:path';
import { createJsonLinesStore } from './interim/store.mjs';

export { createCollector } from './interim/collector.mjs';

/**
 * PostgreSQL when a URL is given (`DATABASE_URL`), else the embedded store in `dir`.
 * @param {{ url?: string, dir: string }} options
 */
export async function openStore({ url, dir }) {
  if (url) throw new Error('[hearken] DATABASE_URL needs the collector kit (hearken/collector); it is not merged yet');
  return createJsonLinesStore({ dir: join(dir) });
}
