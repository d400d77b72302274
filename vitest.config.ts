import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (node or jsdom per file) run two at a time at least (vitest's default is one worker
// per core but one, which on a two-core machine is one: 244 s against 150 s with two); the headless-browser suites
// in tests/e2e run one file at a time, after them (two browsers at once slowed each file down about twice and made
// the demo's layout tests time out), in one worker that keeps its module cache from file to file (isolate: false:
// playwright and the harness are imported once).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          maxWorkers: Math.max(2, availableParallelism() - 1),
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          isolate: false,
          // a group of its own, after the unit tests: a group runs with one number of workers
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
