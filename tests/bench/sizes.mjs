/**
 * Byte sizes as the peers were measured (see shared/peers.md): raw, gzip level 9 and brotli quality 11,
 * per file and summed over files; and the esbuild bundles (minify, iife, es2017) of module packages.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

/**
 * Raw, gzip (level 9) and brotli (quality 11) bytes of one file's content.
 * @param {Buffer | Uint8Array | string} content
 * @returns {Sizes}
 */
export function sizesOf(content) {
  const b = Buffer.from(content);
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
  };
}

/**
 * Sizes of several files, each compressed on its own, summed (as a browser downloads them).
 * @param {Array<Buffer | Uint8Array | string>} contents
 * @returns {Sizes}
 */
export function sumSizes(contents) {
  return contents.map(sizesOf).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/** The project's esbuild (a dependency of size-limit), loaded on first use. */
async function esbuild() {
  return import(join(REPO, 'node_modules', 'esbuild', 'lib', 'main.js'));
}

/**
 * Bundles a module entry the way the peers were bundled: esbuild, minify, iife, es2017, for the browser.
 * @param {string} entry absolute path of the entry file (packages resolve from its folder)
 * @returns {Promise<Buffer>} the bundle
 */
export async function bundleIife(entry) {
  const { build } = await esbuild();
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2017',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    absWorkingDir: dirname(entry),
    legalComments: 'none',
  });
  return Buffer.from(r.outputFiles[0].contents);
}

/**
 * Bundles an ESM entry as an app's bundler adds it to a page at once: esbuild, minify, esm, tree-shaken, its
 * dynamic imports (`import()`) left out — what size-limit measures, for the light part of the npm entry. Target
 * es2020, the level `dist/` is written in (README: Browsers), which a bundler for today's browsers keeps.
 * With `also`, the dynamic imports whose path it matches are bundled in (the chunks a page view imports besides).
 * @param {string} entry absolute path of the entry file
 * @param {string[]} [nodePaths] more folders to resolve packages from
 * @param {RegExp} [also] dynamic imports to bundle in all the same
 * @returns {Promise<Buffer>}
 */
export async function bundleEsmAtOnce(entry, nodePaths = [], also) {
  const { build } = await esbuild();
  const later = { name: 'later', setup: (/** @type {any} */ b) => b.onResolve({ filter: /.*/ }, (/** @type {any} */ a) => (a.kind == 'dynamic-import' && !(also && also.test(a.path)) ? { path: a.path, external: true } : undefined)) };
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    write: false,
    nodePaths,
    plugins: [later],
    logLevel: 'error',
    absWorkingDir: dirname(entry),
    legalComments: 'none',
  });
  return Buffer.from(r.outputFiles[0].contents);
}

/**
 * Bundles an ESM entry with code splitting (esbuild, minify, esm, es2017) and tells the files a page
 * loads at once (the entry and the chunks it imports statically) from those it imports later
 * (`import()`), with the files of each.
 * @param {string} entry absolute path of the entry file
 * @param {string[]} [nodePaths] more folders to resolve packages from
 * @returns {Promise<{ initial: Array<{ path: string, code: Buffer }>, lazy: Array<{ path: string, code: Buffer }> }>}
 */
export async function bundleEsmSplit(entry, nodePaths = []) {
  const { build } = await esbuild();
  const outdir = join(dirname(entry), 'out');
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    target: 'es2017',
    platform: 'browser',
    write: false,
    metafile: true,
    outdir,
    nodePaths,
    logLevel: 'error',
    absWorkingDir: dirname(entry),
    legalComments: 'none',
  });
  const cwd = dirname(entry);
  const outputs = r.metafile.outputs;
  const code = new Map(r.outputFiles.map((/** @type {{ path: string, contents: Uint8Array }} */ f) => [relative(cwd, f.path), Buffer.from(f.contents)]));
  // the entry's own chunk: each dynamic import (the kit, every locale) is an entry point of the metafile too
  const first = Object.keys(outputs).find((k) => outputs[k].entryPoint && resolve(cwd, outputs[k].entryPoint) == resolve(entry));
  if (!first) throw new Error('[hearken] esbuild gave no entry chunk');
  const initial = new Set();
  const walk = (/** @type {string} */ k) => {
    if (initial.has(k)) return;
    initial.add(k);
    outputs[k].imports.filter((/** @type {{ kind: string }} */ i) => i.kind == 'import-statement').forEach((/** @type {{ path: string }} */ i) => walk(i.path));
  };
  walk(first);
  const js = Object.keys(outputs).filter((k) => k.endsWith('.js'));
  const pick = (/** @type {string[]} */ keys) => keys.map((k) => ({ path: k, code: /** @type {Buffer} */ (code.get(k)) }));
  return { initial: pick(js.filter((k) => initial.has(k))), lazy: pick(js.filter((k) => !initial.has(k))) };
}
