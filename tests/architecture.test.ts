/**
 * The shape of the code, checked on every run (issue 12): small files, short functions, a test file per module.
 * The door and one-way rules are dependency-cruiser's (.dependency-cruiser.cjs, `npm run check:deps`), and
 * repeated blocks jscpd's (`npm run check:copies`).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const files = (dir: string): string[] =>
  fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));
const sources = files('src').filter((f) => /\.tsx?$/.test(f));
// Locale text files are tables of strings, not code.
const isText = (file: string) => /^src\/i18n\/locales\//.test(file);

/** Every function-like node of a file with its first line and length in lines. */
function functionsOf(file: string) {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { name: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = (node as ts.FunctionDeclaration).name?.getText() || ts.SyntaxKind[node.kind];
      found.push({ name, line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the shape of src/', () => {
  it('has no file over 200 lines (locale texts aside)', () => {
    const long = sources.filter((f) => !isText(f)).map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').length] as const);
    expect(long.filter(([, lines]) => lines > 200)).toEqual([]);
  });

  it('has no function over 80 lines', () => {
    const long = sources.flatMap((f) => functionsOf(f).filter((fn) => fn.lines > 80).map((fn) => `${f}:${fn.line} ${fn.name} (${fn.lines} lines)`));
    expect(long).toEqual([]);
  });

  it('has a test file named after each module (doors, types and texts aside)', () => {
    const exempt = (f: string) => /(^|\/)(index|types)\.ts$/.test(f) || isText(f) || /^src\/(version|[a-z]+-entry)\.ts$/.test(f);
    const tests = new Set(files('tests').map((f) => f.replace(/^tests\//, '').replace(/\.test\.tsx?$/, '')));
    const missing = sources.filter((f) => !exempt(f)).filter((f) => !tests.has(f.replace(/^src\//, '').replace(/\.tsx?$/, '')));
    expect(missing).toEqual([]);
  });
});
