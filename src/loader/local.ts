import type { KeyValueStore } from '../storage/index';
import { KEYS } from '../storage/index';

/**
 * localStorage for reading the rules' state (and counting a page view), or `undefined` where it is blocked or
 * missing. Not `safeStorage` of src/storage: once the first read has worked, reads cannot throw, and only the one
 * write is guarded, which keeps dist/hearken.js about 90 B smaller (within its 2.5 kB). Only what the loader calls: reading, listing, and the one write of `countPageview`.
 */
export function localStore(win: Window): KeyValueStore | undefined {
  try {
    const storage = win.localStorage;
    storage.getItem(KEYS.waiting);
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => {
        try {
          return storage.setItem(key, value), true;
        } catch {
          return false;
        }
      },
      keys: () => Object.keys(storage),
    } as KeyValueStore;
  } catch {
    return undefined;
  }
}
