import type { Store } from '../types';
import type { SqlDatabase } from './database';
import { migrate } from './migrate';
import { createSqlStore } from './sql-store';

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** A connection string, e.g. `postgres://user:pass@host:5432/db` (DATABASE_URL). */
  url: string;
  /** Most connections open at once. Default 10. */
  maxConnections?: number;
  /** Where connection problems are reported. Default `console.error`. */
  log?: (message: string) => void;
}

/**
 * The PostgreSQL store, through `pg`: runs the migrations on first start, then every answer batch is one INSERT,
 * in a transaction of its own that takes its turn (so that `seq` follows the order of commits), and that commits
 * (with PostgreSQL's default synchronous commit) before `add` resolves.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const url = options?.url;
  if (typeof url != 'string' || !/^postgres(ql)?:\/\//.test(url)) {
    throw new TypeError('[hearken] createPostgresStore: url must be a postgres:// connection string (DATABASE_URL)');
  }
  const log = options.log ?? ((message: string) => console.error(message));
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle connection that breaks (the server restarted) must not take the process down.
  pool.on('error', (error) => log(`[hearken] postgres: an idle connection failed: ${error.message}`));
  const db: SqlDatabase = {
    query: async (sql, params) => pool.query(sql, params) as never,
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (sql, params) => client.query(sql, params) as never,
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  try {
    await migrate(db);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  return createSqlStore(db);
}
