import type { Store } from '../types';

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** A connection string, e.g. `postgres://user:pass@host:5432/db` (DATABASE_URL). */
  url: string;
}

/** The PostgreSQL store. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  void options;
  throw new Error('[hearken] createPostgresStore: not implemented yet');
}
