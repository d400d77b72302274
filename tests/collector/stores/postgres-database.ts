/**
 * A PostgreSQL server for the tests: `HEARKEN_TEST_DATABASE_URL` (`.ci/run` starts a throwaway cluster with
 * tests/collector/postgres-cluster.sh and sets it). Without it the Postgres suites are skipped with a loud warning,
 * except on CI (`CI=true`), where they fail.
 */
import { describe, it } from 'vitest';
import pg from 'pg';

/** The server the Postgres tests use, if any. */
export const testDatabaseUrl = process.env.HEARKEN_TEST_DATABASE_URL || '';
const inCI = process.env.CI === 'true';

if (!testDatabaseUrl) {
  const missing = `HEARKEN_TEST_DATABASE_URL is not set: PostgreSQL tests ${inCI ? 'FAIL (CI=true)' : 'SKIPPED'} — start one with: eval "$(bash tests/collector/postgres-cluster.sh start)"`;
  const bar = '!'.repeat(missing.length + 8);
  console.warn(['', bar, `!!! ${missing} !!!`, bar, ''].join('\n'));
}

/** `describe` for suites that need PostgreSQL: skipped without a server, failing on CI. */
export function describePostgres(name: string, options: { timeout?: number }, suite: () => void): void {
  if (testDatabaseUrl) describe(name, options, suite);
  else if (inCI) {
    describe(name, () => {
      it('has a PostgreSQL server (HEARKEN_TEST_DATABASE_URL)', () => {
        throw new Error('HEARKEN_TEST_DATABASE_URL is not set on CI: .ci/run must start the cluster');
      });
    });
  } else describe.skip(name, suite);
}

const created: string[] = [];

/** Creates an empty database on the test server and returns its URL; `dropTestDatabases` removes them all. */
export async function createTestDatabase(): Promise<string> {
  const name = `hearken_test_${process.pid}_${Date.now().toString(36)}_${created.length}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  created.push(name);
  const url = new URL(testDatabaseUrl);
  url.pathname = '/' + name;
  return url.toString();
}

/** Drops the databases `createTestDatabase` made. */
export async function dropTestDatabases(): Promise<void> {
  if (!created.length) return;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    for (const name of created.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
