import type { Answer } from '../surveys/index';
import type { Delivery } from '../outbox/index';
import { createRescue } from '../outbox/index';
import { KEYS, safeStorage } from '../storage/index';

/** What `lazyDelivery` needs. */
export interface LazyDeliveryDeps {
  window: Window;
  /** Loads the delivery's code and makes the widget's delivery, not yet started. */
  load(): Promise<Delivery>;
  report(message: string): void;
  now?: () => number;
}

/**
 * A widget's delivery whose code (the outbox, its storage backends and the transports: `dist/hearken-delivery.js`,
 * or a chunk of the npm build) comes apart from the widget's: `start()`, in the task after the widget's creation,
 * loads it and starts it, so the outbox is open long before a visitor can leave with an answer. (Loaded only once a
 * prompt was on screen, it opened its IndexedDB as the visitor was leaving: a page left then could stall the next
 * page's outbox in Chromium, and lose its place in the back/forward cache.) `add`, `flush`, `pending` and
 * `prepare()` load it too, if `start()` has not yet.
 *
 * An answer added before the code is here is not lost if the page is left meanwhile: it is kept at once and
 * synchronously where the delivery's own start looks for answers an earlier page could not store (the rescue keys
 * of localStorage, after setting the marker, which makes the next page view load the delivery). Once loaded, the
 * delivery starts: it puts the kept answers into the outbox and sends them. Where localStorage is blocked, answers
 * wait in memory for the code. A code that cannot be loaded is reported once; it is tried again at the next need,
 * and a load cut short by the back/forward cache is begun again when the page is back.
 */
export function lazyDelivery(deps: LazyDeliveryDeps): Delivery & { prepare(): void } {
  const win = deps.window;
  const now = deps.now || Date.now;
  const local = safeStorage(() => win.localStorage);
  const rescue = createRescue(local, KEYS.rescuePrefix);
  const unkept: Answer[] = [];
  let real: Delivery | undefined;
  let loading: Promise<Delivery | undefined> | undefined;
  let destroyed = false;
  let told = false;
  const load = () =>
    loading ||
    (loading = deps.load().then(
      (delivery) => {
        // a load begun again after the back/forward cache may end after all, as may the first
        if (destroyed || real) return real;
        real = delivery;
        delivery.start();
        unkept.splice(0).forEach((answer) => void delivery.add(answer));
        return delivery;
      },
      (error: Error) => {
        loading = undefined;
        if (!told) deps.report('[hearken] could not load the delivery: ' + (error.message || error) + ' (answers are kept until it loads)');
        told = true;
        return undefined;
      },
    ));
  // a load cut short by the page going into the back/forward cache may never end: begun again when the page is back
  win.addEventListener('pageshow', (event) => {
    // in a task: the script loader takes the same event to start afresh
    if ((event as PageTransitionEvent).persisted && loading && !real && !destroyed) (loading = undefined), win.setTimeout(load, 0);
  });
  return {
    add(answer) {
      if (real) return real.add(answer);
      local.set(KEYS.waiting, '' + now());
      const kept = rescue.keep([answer]);
      if (!kept) unkept.push(answer);
      const loaded = load();
      return kept ? Promise.resolve() : loaded.then(() => {});
    },
    flush: () => load().then((delivery) => delivery && delivery.flush()),
    start: () => void load(),
    destroy() {
      destroyed = true;
      if (real) real.destroy();
    },
    pending: () => load().then((delivery) => (delivery ? delivery.pending() : unkept.length)),
    prepare: () => void load(),
  };
}
