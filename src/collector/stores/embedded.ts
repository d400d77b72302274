import type { Store } from '../types';

/** Options of the embedded store. */
export interface EmbeddedStoreOptions {
  /** The folder its database lives in (created when missing). */
  dir: string;
}

/** The embedded store: no setup, data in `dir`. */
export async function createEmbeddedStore(options: EmbeddedStoreOptions): Promise<Store> {
  void options;
  throw new Error('[hearken] createEmbeddedStore: not implemented yet');
}
