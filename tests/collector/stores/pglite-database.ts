// A bare SqlDatabase on PGlite in a temp folder, for the tests of the pieces the embedded store is built from
// (migrate, the SQL store): the same adapter as src/collector/stores/embedded.ts, without the store around it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDatabase, SqlRunner } from '../../../src/collector/stores/database';

/** A database and how to close it and delete its folder. */
export interface TestDatabase {
  db: SqlDatabase;
  remove(): Promise<void>;
}

function runnerOf(pglite: Pick<PGlite, 'query' | 'exec'>): SqlRunner {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => pglite.query<Row>(sql, params),
    exec: async (sql) => void (await pglite.exec(sql)),
  };
}

/** Opens an empty PGlite database in a new temp folder (a few seconds: initdb runs in WebAssembly). */
export async function openTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'hearken-sql-'));
  const pglite = await PGlite.create(join(dir, 'pglite'));
  let closed = false;
  const db: SqlDatabase = {
    ...runnerOf(pglite),
    transaction: (work) => pglite.transaction((tx) => work(runnerOf(tx))),
    close: async () => {
      closed = true;
      await pglite.close();
    },
  };
  return {
    db,
    async remove() {
      if (!closed) await pglite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
