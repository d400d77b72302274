/** The browser suites refuse to run against a build older than src/ (tests/e2e/harness/dist-fresh.ts). */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertDistFresh } from './harness/dist-fresh';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project with src/loader/start.ts and dist/hearken.js + dist/hearken-ui.js, written at these times (s). */
function project(times: { src: number; dist: [number, number] }) {
  root = mkdtempSync(join(tmpdir(), 'hearken-fresh-'));
  mkdirSync(join(root, 'src', 'loader'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  const at = (path: string, seconds: number) => (writeFileSync(path, ''), utimesSync(path, seconds, seconds));
  at(join(root, 'src', 'loader', 'start.ts'), times.src);
  at(join(root, 'dist', 'hearken.js'), times.dist[0]);
  at(join(root, 'dist', 'hearken-ui.js'), times.dist[1]);
  return { src: join(root, 'src'), dist: join(root, 'dist') };
}

describe('assertDistFresh', () => {
  it('passes a build made after the last change to src/', () => {
    const { src, dist } = project({ src: 1_000, dist: [2_000, 2_001] });
    expect(() => assertDistFresh(src, dist)).not.toThrow();
  });

  it('names the file of src/ changed since the build (even since only part of it was written), and says what to run', () => {
    const { src, dist } = project({ src: 2_000, dist: [1_999, 2_001] });
    expect(() => assertDistFresh(src, dist)).toThrow(/^\[hearken\] .*src\/loader\/start\.ts changed after the last build: run `npm run build`/);
  });

  it('says so when there is no build', () => {
    const { src, dist } = project({ src: 1_000, dist: [2_000, 2_001] });
    rmSync(dist, { recursive: true });
    expect(() => assertDistFresh(src, dist)).toThrow(/has no build: run `npm run build`/);
  });
});
