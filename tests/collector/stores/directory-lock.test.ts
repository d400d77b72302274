import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holdDirectory } from '../../../src/collector/stores/directory-lock';

const dir = mkdtempSync(join(tmpdir(), 'hearken-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const lockFile = () => join(dir, `${++count}.lock`);

describe('holdDirectory', () => {
  it('holds the lock until released, refusing a second holder in this process meanwhile', () => {
    const file = lockFile();
    const release = holdDirectory(file);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    expect(() => holdDirectory(file)).toThrow(`is held by process ${process.pid}`);
    release();
    expect(existsSync(file)).toBe(false);
    holdDirectory(file)();
  });

  it('refuses a lock of another live process', () => {
    const file = lockFile();
    writeFileSync(file, String(process.ppid));
    expect(() => holdDirectory(file)).toThrow(`is held by process ${process.ppid}`);
  });

  it('takes over a lock left by a killed process, or by an earlier process with this same id (PID 1 in a container)', () => {
    for (const stale of [2 ** 22 + 12_345, process.pid]) {
      const file = lockFile();
      writeFileSync(file, String(stale));
      const release = holdDirectory(file);
      expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
      release();
    }
  });
});
