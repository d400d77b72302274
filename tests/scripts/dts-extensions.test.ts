/**
 * The npm builds' declarations for Node's module resolution (scripts/dts-extensions.mjs): relative imports get the
 * `.js` path Node finds, and an ESM project checked with `moduleResolution: node16` reads hearken's real types
 * (it read `any` before, under skipLibCheck, or failed on every import).
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { rewriteDeclaration, withExtension } from '../../scripts/dts-extensions.mjs';

const REPO = resolve(__dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'hearken-dts-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('withExtension and rewriteDeclaration', () => {
  it('adds .js to a file, /index.js to a folder, and leaves what it cannot find or what has an extension', () => {
    const dir = join(temp, 'unit');
    mkdirSync(join(dir, 'widget'), { recursive: true });
    writeFileSync(join(temp, 'index.d.ts'), '');
    writeFileSync(join(dir, 'esm.d.ts'), '');
    writeFileSync(join(dir, 'widget', 'index.d.ts'), '');
    const file = join(dir, 'index.d.ts');
    writeFileSync(
      file,
      [
        "export { createHearken } from './esm';",
        "export type { Hearken } from './widget/index';",
        "import type { W } from './widget';",
        "type Lazy = typeof import('./esm');",
        'type Up = import("..").Kind;',
        "export * from './esm.js';",
        "export type { Missing } from './missing';",
        "export type { Preact } from 'preact';",
      ].join('\n'),
    );
    expect(rewriteDeclaration(file)).toBe(true);
    expect(readFileSync(file, 'utf8').split('\n')).toEqual([
      "export { createHearken } from './esm.js';",
      "export type { Hearken } from './widget/index.js';",
      "import type { W } from './widget/index.js';",
      "type Lazy = typeof import('./esm.js');",
      'type Up = import("../index.js").Kind;',
      "export * from './esm.js';",
      "export type { Missing } from './missing';",
      "export type { Preact } from 'preact';",
    ]);
    // a second run changes nothing
    expect(rewriteDeclaration(file)).toBe(false);
    expect(withExtension(file, '../x.json')).toBe('../x.json');
  });
});

describe.skipIf(!existsSync(join(REPO, 'dist', 'index.d.ts')))("dist's types in an ESM project checked with moduleResolution node16", () => {
  it('resolve, and are the real ones (a wrong option is an error, not any)', () => {
    const project = join(temp, 'app');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    symlinkSync(REPO, join(project, 'node_modules', 'hearken'), 'dir');
    writeFileSync(join(project, 'package.json'), '{ "type": "module" }');
    const app = join(project, 'app.ts');
    writeFileSync(
      app,
      `import { createHearken, npsScore, type Hearken } from 'hearken';
import { createCollector, type Store } from 'hearken/collector';
import { csatScore } from 'hearken/scoring';
const hearken: Hearken = createHearken({ endpoint: '/collect', survey: 'csat', touchpoint: 'checkout' });
hearken.on('answer', (answer) => answer.segment.toUpperCase());
const score: number | null = npsScore([{ survey: 'nps', score: 9, scale: { min: 0, max: 10 } }]);
declare const store: Store;
createCollector({ store, allowOrigins: ['https://shop.example'] });
// @ts-expect-error: not a survey (read as any, this line would not be an error, and the directive would be)
createHearken({ endpoint: '/collect', survey: 42 });
const satisfied: number | null = csatScore([]);
export { score, satisfied };
`,
    );
    const program = ts.createProgram([app], {
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: ['node'],
      typeRoots: [join(REPO, 'node_modules', '@types')],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file ? d.file.fileName.replace(REPO, '') : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  }, 60_000);
});
