import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Store } from '../types';
import type { SqlDatabase, SqlRunner } from './database';
import { holdDirectory } from './directory-lock';
import { migrate } from './migrate';
import { createSqlStore } from './sql-store';

/** Options of the embedded store. */
export interface EmbeddedStoreOptions {
  /** The folder its database lives in (created when missing); the database itself is `<dir>/pglite/`. */
  dir: string;
}

interface PGliteLike extends SqlRunner {
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The embedded store: PostgreSQL compiled to WebAssembly (PGlite) in this process, data in `<dir>/pglite/`, no
 * server and no install step. It runs the same schema and SQL as the PostgreSQL store. One process at a time
 * may open a folder: a second one fails fast instead of corrupting it.
 */
export async function createEmbeddedStore(options: EmbeddedStoreOptions): Promise<Store> {
  const dir = options?.dir;
  if (typeof dir != 'string' || !dir) throw new TypeError(`[hearken] createEmbeddedStore: dir must be a folder path, got ${JSON.stringify(dir)}`);
  mkdirSync(dir, { recursive: true });
  const release = holdDirectory(resolve(dir, 'pglite.lock'));
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = (await PGlite.create(join(dir, 'pglite'))) as unknown as PGliteLike;
    const db: SqlDatabase = {
      query: async (sql, params) => pglite.query(sql, params),
      exec: async (sql) => void (await pglite.exec(sql)),
      transaction: (work) => pglite.transaction(work),
      close: async () => {
        await pglite.close();
        release();
      },
    };
    await migrate(db);
    return createSqlStore(db);
  } catch (error) {
    release();
    throw error;
  }
}
