/**
 * Records in localStorage which ids the flushing tab is sending, so that a tab being hidden or unloaded can
 * leave them out of its last-chance beacon (it cannot wait for the flush lock then). Synchronous; silent when
 * localStorage is unavailable.
 */
export interface InFlight {
  /** Announces the ids this tab is about to send, for at most `ms`. */
  claim(ids: string[], ms: number): void;
  /** Ends this tab's announcement. */
  clear(): void;
  /** Ids another tab announced and has not finished. */
  elsewhere(): Set<string>;
}

/** Creates the in-flight register of one tab (`owner`), under the key `name`. */
export function createInFlight(win: Window | undefined, name: string, owner: string, now: () => number): InFlight {
  const ls = (): Storage | undefined => {
    try {
      return (win && win.localStorage) || undefined;
    } catch {
      return undefined;
    }
  };
  const get = (): { o: string; e: number; ids: string[] } | undefined => {
    try {
      return JSON.parse(ls()!.getItem(name) || 'null') || undefined;
    } catch {
      return undefined;
    }
  };
  return {
    claim(ids, ms) {
      try {
        ls()!.setItem(name, JSON.stringify({ o: owner, e: now() + ms, ids }));
      } catch {
        // quota or no storage: the claim is best effort
      }
    },
    clear() {
      try {
        const c = get();
        if (c && c.o == owner) ls()!.removeItem(name);
      } catch {
        // nothing to clear
      }
    },
    elsewhere() {
      const c = get();
      const t = now();
      return new Set(c && c.o != owner && c.e > t && Array.isArray(c.ids) ? c.ids : []);
    },
  };
}
