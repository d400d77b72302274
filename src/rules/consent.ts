import type { ConsentState } from './types';
import type { KeyValueStore } from '../storage/index';

/**
 * Whether the browser sends Global Privacy Control (`navigator.globalPrivacyControl === true`): under `respectGpc`,
 * consent is denied for good. For the light start's gate, which stays light under it, and the checks' files, which
 * remember nothing under it. (The full script's page context hands the property's raw value to `createConsent`, whose
 * `gpc === true` is the same test: through this function it would cost hearken-prompt.js 12 B more.)
 */
export const sendsGpc = (navigator: object): boolean => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/** Options of `createConsent`. */
export interface ConsentOptions {
  /** Default `granted`. */
  initial?: ConsentState;
  /** `navigator.globalPrivacyControl`. */
  gpc?: boolean;
  /** Honour `gpc === true` as denied. */
  respectGpc?: boolean;
  /** Called with the new state when it changes. */
  onChange?: (state: ConsentState) => void;
  /** Erases what hearken stored; called when consent is withdrawn (the storage table's `eraseAll`). */
  clear?: () => void;
}

/** The consent gate. */
export interface Consent {
  state(): ConsentState;
  /** True when hearken may store, show and send. */
  granted(): boolean;
  /**
   * `consent(true)` grants; `consent(false)` denies and erases hearken's storage. While Global
   * Privacy Control is honoured, the state stays `denied` whatever is passed.
   */
  consent(given: boolean): void;
  /**
   * A view of `store` whose writes are dropped unless consent is granted (reads and removals pass).
   * `store`'s methods must be its own properties, as in the object literals of `storage.ts`.
   */
  guard(store: KeyValueStore): KeyValueStore;
}

/**
 * Creates the consent gate. `pending` stores, shows and sends nothing until `consent(true)`.
 * With `respectGpc` and `gpc === true` the state is `denied` from the start and cannot be granted.
 */
export function createConsent(options: ConsentOptions = {}): Consent {
  const gpcDenies = options.respectGpc && options.gpc === true;
  let state: ConsentState = gpcDenies ? 'denied' : options.initial || 'granted';
  return {
    state: () => state,
    granted: () => state == 'granted',
    consent(given) {
      const next: ConsentState = given && !gpcDenies ? 'granted' : 'denied';
      if (next == 'denied' && options.clear) options.clear();
      if (next == state) return;
      state = next;
      if (options.onChange) options.onChange(next);
    },
    guard: (store) => ({ ...store, set: (key, value) => state == 'granted' && store.set(key, value) }),
  };
}

