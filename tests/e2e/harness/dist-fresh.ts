/**
 * Whether dist/ was built from the src/ that is there: the browser suites load the built files, so a run after an
 * edit to src/ without a build would test the last build (`npm test` builds first; one file run with `npx vitest run`
 * does not).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The newest file under `dir` and its modification time (ms). */
function newest(dir: string): { file: string; at: number } {
  let found = { file: '', at: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const next = entry.isDirectory() ? newest(path) : { file: path, at: statSync(path).mtimeMs };
    if (next.at > found.at) found = next;
  }
  return found;
}

/**
 * Throws, naming the file, when a file under `srcDir` is newer than the oldest of the scripts at the top of
 * `distDir` (the build writes each of them after reading src/), or when `distDir` has none.
 */
export function assertDistFresh(srcDir: string, distDir: string): void {
  const built = existsSync(distDir) ? readdirSync(distDir).filter((name) => name.endsWith('.js')) : [];
  if (!built.length) throw new Error(`[hearken] ${distDir} has no build: run \`npm run build\` before the browser tests`);
  const oldest = Math.min(...built.map((name) => statSync(join(distDir, name)).mtimeMs));
  const changed = newest(srcDir);
  if (changed.at > oldest)
    throw new Error(`[hearken] ${relative(process.cwd(), changed.file)} changed after the last build: run \`npm run build\` before the browser tests (\`npm test\` does)`);
}
