/**
 * What a page downloads of hearken, as size-limit and `npm run bench` count it: the brotli bytes (quality 11) of
 * dist/ files, each compressed on its own, summed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const DIST = join(__dirname, '..', '..', '..', 'dist');

/** Brotli bytes of these dist/ files (`hearken.js`, `locales/el.js` or `/dist/hearken.js`), summed. */
export function distBrotli(paths: string[]): number {
  return paths
    .map((path) => readFileSync(join(DIST, path.replace(/^\/dist\//, ''))))
    .reduce((sum, code) => sum + brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
}
