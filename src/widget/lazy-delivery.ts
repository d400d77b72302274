import type { Answer } from '../surveys/index';
import type { Delivery } from '../outbox/index';
import { keepEarly, openDatabase } from '../outbox/index';
import { KEYS, safeStorage } from '../storage/index';

/** What `lazyDelivery` needs. */
export interface LazyDeliveryDeps {
  window: Window;
  /** Loads the delivery's code and makes the widget's delivery, not yet started, over the database opened ahead. */
  load(database?: Promise<IDBDatabase>): Promise<Delivery>;
  report(message: string): void;
  now?: () => number;
}

/**
 * A widget's delivery whose code (the outbox, its storage backends and the transports: `dist/hearken-delivery.js`,
 * or a chunk of the npm build) is loaded only when it is needed: at `start()` when answers of an earlier page wait
 * (the outbox's marker, `hearken:waiting`) or storage cannot say; at the first `add`, `flush` or `pending`; and at
 * `prepare()`, which a widget calls once a prompt is on screen, ahead of its answer. So a page that shows no prompt
 * and has nothing waiting never downloads it, and one that shows a prompt downloads it after the question is up.
 * The outbox's database, though, is opened (and created at a first visit) by `start()`, in the task after the
 * widget's start, and handed to the delivery when it comes: opened only then, as a visitor may already be leaving,
 * its creation could stall the next page's outbox in Chromium and keep the page out of the back/forward cache.
 *
 * An answer added before the code is here is not lost if the page is left meanwhile: it is kept at once and
 * synchronously where the delivery's own start looks for answers an earlier page could not store (the rescue keys
 * of localStorage, after setting the marker, which makes the next page view load the delivery). Once loaded, the
 * delivery starts and is handed this page's answers at once, so that a page left from then on sends them with its
 * last beacon (the outbox takes an answer kept twice as one entry, by id). Where localStorage is blocked, answers
 * wait in memory for the code. A code that cannot be loaded is reported once; it is tried again at the next need,
 * and a load cut short by the back/forward cache is begun again when the page is back.
 */
export function lazyDelivery(deps: LazyDeliveryDeps): Delivery & { prepare(): void } {
  const win = deps.window;
  const now = deps.now || Date.now;
  const local = safeStorage(() => win.localStorage);
  const keep = keepEarly(local, KEYS.rescuePrefix);
  // this page's answers given before the code came (those localStorage could not keep wait only here)
  const early: Answer[] = [];
  let database: Promise<IDBDatabase> | undefined;
  let real: Delivery | undefined;
  let loading: Promise<Delivery | undefined> | undefined;
  let destroyed = false;
  let told = false;
  const load = () =>
    loading ||
    (loading = deps.load(database).then(
      (delivery) => {
        // a load begun again after the back/forward cache may end after all, as may the first
        if (destroyed || real) return real;
        real = delivery;
        delivery.start();
        early.splice(0).forEach((answer) => void delivery.add(answer));
        return delivery;
      },
      (error: Error) => {
        loading = undefined;
        // lost with the network (a phone going offline as the question showed): tried again when it is back
        win.addEventListener('online', () => load(), { once: true });
        if (!told) deps.report('[hearken] could not load the delivery: ' + (error.message || error) + ' (answers are kept until it loads)');
        told = true;
        return undefined;
      },
    ));
  // answers of an earlier page wait; a blocked storage cannot say they do not
  const waiting = () => {
    try {
      return win.localStorage.getItem(KEYS.waiting) != null;
    } catch {
      return true;
    }
  };
  // a load cut short by the page going into the back/forward cache may never end: begun again when the page is back
  win.addEventListener('pageshow', (event) => {
    // in a task: the script loader takes the same event to start afresh
    if ((event as PageTransitionEvent).persisted && loading && !real && !destroyed) (loading = undefined), win.setTimeout(load, 0);
  });
  return {
    add(answer) {
      if (real) return real.add(answer);
      local.set(KEYS.waiting, '' + now());
      const kept = keep(answer);
      early.push(answer);
      const loaded = load();
      return kept ? Promise.resolve() : loaded.then(() => {});
    },
    flush: () => load().then((delivery) => delivery && delivery.flush()),
    start() {
      try {
        (database = openDatabase(win.indexedDB, KEYS.database)).catch(() => {});
      } catch {
        // no IndexedDB here (or access denied): the delivery finds its way without
      }
      if (waiting()) load();
    },
    destroy() {
      destroyed = true;
      if (real) real.destroy();
    },
    pending: () => load().then((delivery) => (delivery ? delivery.pending() : early.length)),
    prepare: () => void load(),
  };
}
