#!/usr/bin/env node
/**
 * `npm run build:demo`: bundles the storefront app (demo/app/src/main.js) with rollup into
 * demo/app/dist/. `hearken` resolves to the built npm entry (dist/index.js, run `npm run build`
 * first) and preact from node_modules: dist/index.js loads its prompt UI chunk, which imports preact,
 * only when a prompt is about to show, and the bundle keeps that split.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, '..', '..', 'dist', 'index.js');

/** Resolves `import … from 'hearken'` to the package's own build, as an installed copy would. */
const hearkenPackage = () => ({
  name: 'hearken-package',
  /** @param {string} id */
  resolveId: (id) => (id == 'hearken' ? entry : null),
});

/**
 * Builds the app; resolves with the files written.
 * @param {{ outDir?: string }} [options]
 */
export async function buildApp({ outDir = join(here, 'dist') } = {}) {
  if (!existsSync(entry)) throw new Error('[hearken] dist/index.js is missing: run `npm run build` first');
  // chunk names carry a hash: old ones would pile up
  rmSync(outDir, { recursive: true, force: true });
  const bundle = await rollup({
    input: join(here, 'src', 'main.js'),
    plugins: [hearkenPackage(), nodeResolve({ browser: true })],
    onwarn: (w, warn) => (w.code == 'SOURCEMAP_ERROR' ? undefined : warn(w)),
  });
  try {
    const { output } = await bundle.write({ dir: outDir, format: 'es', entryFileNames: 'app.js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true });
    return output.map((o) => o.fileName);
  } finally {
    await bundle.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) == process.argv[1]) {
  buildApp().then(
    (files) => console.log(`hearken demo app: built ${files.filter((f) => !f.endsWith('.map')).join(', ')} in demo/app/dist/`),
    (e) => {
      console.error(e.message || e);
      process.exit(1);
    },
  );
}
