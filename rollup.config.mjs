import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const terserOptions = {
  ecma: 2019,
  compress: { passes: 3, pure_getters: true },
  format: { comments: false },
};

export default [
  // dist/hearken.js — the script-tag bundle: one minified IIFE with preact and signals inside.
  {
    input: 'src/auto.ts',
    output: { file: 'dist/hearken.js', format: 'iife', sourcemap: false },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', include: ['src/**/*'] }),
      terser(terserOptions),
    ],
  },
  // dist/index.js + dist/index.d.ts — the typed ESM build for bundlers; preact stays a dependency.
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', sourcemap: true },
    external: [/^preact/, /^@preact\//],
    plugins: [
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', stripInternal: true, outDir: 'dist', include: ['src/**/*'] }),
    ],
  },
];
