import type { Store } from '../types';
import { createEmbeddedStore } from './embedded';
import { createPostgresStore } from './postgres';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** A PostgreSQL connection string (pass `process.env.DATABASE_URL`); without one the embedded store is used. */
  url?: string;
  /** The embedded store's folder. */
  dir: string;
}

/** PostgreSQL when a URL is given, else the embedded store in `dir`. */
export function openStore(options: OpenStoreOptions): Promise<Store> {
  return options.url ? createPostgresStore({ url: options.url }) : createEmbeddedStore({ dir: options.dir });
}
