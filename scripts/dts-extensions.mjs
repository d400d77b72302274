/**
 * A Rollup plugin for the npm builds: after their type declarations are written, it gives every relative import of
 * a `.d.ts` in dist/ the `.js` path Node's module resolution needs (`'./esm'` → `'./esm.js'`, `'./widget/index'`
 * stays a file: `'./widget/index.js'`, a folder `'./i18n'` → `'./i18n/index.js'`). src/ is written for bundlers
 * (`moduleResolution: Bundler`), which find the files without (`'..'` too: `'../index.js'`); a project checked with
 * `node16` / `nodenext` (an
 * ESM package of its own) did not, and its compiler gave an error for each import, or read every type as `any`
 * under `skipLibCheck`. Only specifiers whose file is in dist/ are changed, so running it twice changes nothing.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// `from './x'`, `import('./x')`, `import './x'`, `import('..')` (TypeScript writes a parent folder so): the quote, then
// a relative path
const RELATIVE = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*?)?)\2/g;

/** Every `.d.ts` under `dir`. */
function declarations(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarations(path);
    return name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The specifier Node resolves for `spec`, as written in the declaration file `file`; the same when it cannot tell. */
export function withExtension(file, spec) {
  if (/\.(js|mjs|cjs|json)$/.test(spec)) return spec;
  const base = resolve(dirname(file), spec);
  if (existsSync(base + '.d.ts')) return spec + '.js';
  if (existsSync(join(base, 'index.d.ts'))) return spec.replace(/\/?$/, '/index.js');
  return spec;
}

/** Rewrites the relative imports of one declaration file; whether it changed. */
export function rewriteDeclaration(file) {
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(RELATIVE, (whole, lead, quote, spec) => lead + quote + withExtension(file, spec) + quote);
  if (fixed != text) writeFileSync(file, fixed);
  return fixed != text;
}

/** The plugin: once the bundle is written, the declarations under `dir`. */
export function dtsExtensions(dir = 'dist') {
  return {
    name: 'hearken-dts-extensions',
    writeBundle() {
      for (const file of declarations(dir)) rewriteDeclaration(file);
    },
  };
}
