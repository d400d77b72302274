import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const minify = terser({
  ecma: 2020,
  compress: { passes: 3, pure_getters: true },
  format: { comments: false },
});
const ts = (extra = {}) => typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', include: ['src/**/*'], ...extra });

export default [
  // dist/hearken.js — the script tag: reads its data-attributes, runs the rules and the outbox.
  {
    input: 'src/auto.ts',
    output: { file: 'dist/hearken.js', format: 'iife' },
    plugins: [nodeResolve(), ts(), minify],
  },
  // dist/hearken-ui.js — preact, signals, the prompt and the texts; loaded by hearken.js when a prompt shows.
  {
    input: 'src/ui-entry.ts',
    output: { file: 'dist/hearken-ui.js', format: 'iife' },
    plugins: [nodeResolve(), ts(), minify],
  },
  // dist/index.js + dist/index.d.ts — the typed ESM build for bundlers; preact stays a dependency and the
  // UI is a chunk (dist/chunks/kit.js) behind a dynamic import.
  {
    input: 'src/index.ts',
    output: { dir: 'dist', format: 'es', entryFileNames: 'index.js', chunkFileNames: 'chunks/[name].js', sourcemap: true,
      // the scoring helpers stand alone, so a dashboard importing them gets nothing else
      manualChunks: (id) => (id.includes('/src/surveys/') ? 'scoring' : undefined) },
    external: [/^preact/, /^@preact\//],
    plugins: [ts({ declaration: true, declarationDir: 'dist', stripInternal: true })],
  },
  // dist/collector.js (+ dist/collector/index.d.ts) — `hearken/collector`, the server side: Node, ESM. No browser
  // entry imports src/collector, so none of it reaches the bundles above.
  {
    input: 'src/collector/index.ts',
    output: { file: 'dist/collector.js', format: 'es', sourcemap: true },
    external: [/^node:/, 'pg', /^@electric-sql\//, 'better-sqlite3'],
    plugins: [typescript({ tsconfig: './tsconfig.collector.json', declarationDir: 'dist', stripInternal: true })],
  },
];
