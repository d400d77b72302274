import type { ReadWriteStore } from '../storage/index';
import { KEYS } from '../storage/index';

/**
 * localStorage for reading the rules' state (and counting a page view), or `undefined` where it is blocked or
 * missing. Not `safeStorage` of src/storage: once the first read has worked, reads cannot throw, and only the one
 * write is guarded, which keeps dist/hearken.js about 90 B smaller (within its 2.5 kB). Only what the loader calls: reading, and the one write of `countPageview` (the light start lists the keys itself, on the one call that needs it).
 */
export function localStore(win: Window): ReadWriteStore | undefined {
  try {
    const storage = win.localStorage;
    storage.getItem(KEYS.waiting);
    return {
      get: (key) => storage.getItem(key),
      // a full storage refuses the count: nothing to do about it
      set: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {}
      },
    };
  } catch {
    return undefined;
  }
}
