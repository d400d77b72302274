import { execFileSync, fork } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { graveOf, holdDirectory } from '../../../src/collector/stores/directory-lock';

const dir = mkdtempSync(join(tmpdir(), 'hearken-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const lockFile = () => join(dir, `${++count}.lock`);
// Above Linux's largest process id (2^22): no process has it.
const DEAD_PID = 2 ** 22 + 12_345;
const ownerOf = (file: string) => readFileSync(file, 'utf8').split('\n')[0];

describe('holdDirectory', () => {
  it('holds the lock until released, refusing a second holder in this process meanwhile', () => {
    const file = lockFile();
    const release = holdDirectory(file);
    expect(ownerOf(file)).toBe(String(process.pid));
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
    for (const stale of [DEAD_PID, process.pid]) {
      const file = lockFile();
      writeFileSync(file, `${stale}\n6c1f0e4e-0000-4000-8000-000000000000\n`);
      const release = holdDirectory(file);
      expect(ownerOf(file)).toBe(String(process.pid));
      release();
    }
  });

  it('names the files to delete when a process was killed in the middle of taking a stale lock over', () => {
    const file = lockFile();
    const stale = `${DEAD_PID}\n6c1f0e4e-0000-4000-8000-000000000001\n`;
    writeFileSync(file, stale);
    // the killed process had linked the stale lock to its grave, and got no further
    linkSync(file, graveOf(file, stale));
    expect(() => holdDirectory(file)).toThrow(`could not take ${file}: another process kept taking it over at the same time (if none is running, delete ${file} and ${file}.stale-*)`);
    rmSync(file);
    rmSync(graveOf(file, stale));
    holdDirectory(file)();
  });
});

/** Processes of tests/collector/stores/lock-contender.ts; `ask` sends one a message and resolves with its answer. */
function startContenders(howMany: number) {
  const script = join(dir, 'contender.mjs');
  buildSync({ entryPoints: [join(import.meta.dirname, 'lock-contender.ts')], bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'error' });
  return Array.from({ length: howMany }, () => {
    const child = fork(script, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ask = <Answer>(message?: object) =>
      new Promise<Answer>((resolve, reject) => {
        const exited = () => reject(new Error('a contender exited'));
        child.once('exit', exited);
        child.once('message', (answer) => {
          child.off('exit', exited);
          resolve(answer as Answer);
        });
        if (message) child.send(message);
      });
    return { child, ask, ready: ask() };
  });
}

describe('holdDirectory: processes starting at the same moment', () => {
  it('lets exactly one of four processes hold a lock, left stale by a killed process or not there yet, a thousand times', async () => {
    const contenders = startContenders(4);
    try {
      await Promise.all(contenders.map((c) => c.ready));
      const gate = join(dir, 'gate');
      execFileSync('mkfifo', [gate]);
      const wrong: string[] = [];
      // 50 starts at once, each racing for 20 lock files in turn, half of them left stale
      for (let start = 0; start < 50; start++) {
        const files = Array.from({ length: 20 }, lockFile);
        files.forEach((file, i) => i % 2 == 0 && writeFileSync(file, String(DEAD_PID)));
        await Promise.all(contenders.map((c) => c.ask({ take: files, gate })));
        const answering = Promise.all(contenders.map((c) => c.ask<(string | null)[]>()));
        // opening the pipe lets every process through at once; it stays open until they all answered
        const opened = await open(gate, 'w');
        const answers = await answering;
        await opened.close();
        files.forEach((file, i) => {
          const errors = answers.map((answer) => answer[i]);
          const holders = errors.filter((error) => error === null).length;
          if (holders != 1) wrong.push(`${basename(file)}: ${holders} processes hold ${i % 2 == 0 ? 'a stale' : 'a new'} lock`);
          // the others were refused for the lock, not by another error
          for (const error of errors) if (error && !error.startsWith('[hearken] createEmbeddedStore: ')) wrong.push(`${basename(file)}: ${error}`);
        });
        await Promise.all(contenders.map((c) => c.ask({ release: true })));
      }
      expect(wrong).toEqual([]);
      // and nothing is left behind: no draft, no stale lock's link
      expect(readdirSync(dir).filter((name) => !/^\d+\.lock$/.test(name) && name != 'contender.mjs' && name != 'gate')).toEqual([]);
    } finally {
      for (const { child } of contenders) child.kill();
    }
  }, 60_000);
});
