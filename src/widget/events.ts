import type { HearkenEventName, HearkenEvents } from './types';

/** A listener for one event. */
export type Listener<K extends HearkenEventName> = (payload: HearkenEvents[K]) => void;

/** A tiny typed event emitter (mitt's idea): `on` returns its own unsubscribe. */
export interface Emitter {
  on<K extends HearkenEventName>(name: K, fn: Listener<K>): () => void;
  emit<K extends HearkenEventName>(name: K, payload: HearkenEvents[K]): void;
  clear(): void;
}

/** Creates an emitter. A listener that throws is reported on the console and does not stop the others. */
export function createEmitter(): Emitter {
  const all = new Map<string, Set<(payload: never) => void>>();
  return {
    on(name, fn) {
      let set = all.get(name);
      if (!set) all.set(name, (set = new Set()));
      set.add(fn as never);
      return () => void set!.delete(fn as never);
    },
    emit(name, payload) {
      all.get(name)?.forEach((fn) => {
        try {
          (fn as (p: typeof payload) => void)(payload);
        } catch (error) {
          // A host's listener must not break delivery or rendering.
          console.error('[hearken] a listener for "' + name + '" threw', error);
        }
      });
    },
    clear() {
      all.clear();
    },
  };
}
