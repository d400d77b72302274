/**
 * The demo's server code imports hearken's own helpers from the package build (`import … from 'hearken'`
 * resolves to dist/index.js): without a build, say so in one line instead of a module-resolution trace.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/index.js of this package. */
export const PACKAGE_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'index.js');

/** Exits with a `[hearken]` message when the package is not built. */
export function requireBuild() {
  if (existsSync(PACKAGE_ENTRY)) return;
  console.error(`[hearken] the demo needs the built package at ${PACKAGE_ENTRY}: run \`npm run build\` first`);
  process.exit(1);
}
