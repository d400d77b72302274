/** What route watching needs of a window. */
export interface RouteWindow {
  history: History;
  location: { href: string };
  addEventListener(type: string, fn: () => void): void;
  removeEventListener(type: string, fn: () => void): void;
}

type Listener = (href: string) => void;

// On the window, so two copies of hearken on one page share one patch.
const LISTENERS = Symbol.for('hearken.routes');

function listeners(win: RouteWindow): Set<Listener> {
  const holder = win as RouteWindow & { [LISTENERS]?: Set<Listener> };
  let set = holder[LISTENERS];
  if (set) return set;
  const fns = (set = holder[LISTENERS] = new Set());
  let href = win.location.href;
  const notify = () => {
    // replaceState to the same URL (scroll restoration, state updates) is not a route change.
    if (href == (href = win.location.href)) return;
    fns.forEach((fn) => {
      try {
        fn(href);
      } catch (error) {
        console.error('[hearken] a route listener threw', error);
      }
    });
  };
  const history = win.history;
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    try {
      history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        notify();
        return result;
      };
    } catch {
      // a page that froze its history: popstate and hashchange still work
    }
  }
  win.addEventListener('popstate', notify);
  win.addEventListener('hashchange', notify);
  return set;
}

/**
 * Calls `onChange(href)` when the URL changes: `history.pushState` / `replaceState`, `popstate` and
 * `hashchange`. Returns the unsubscribe function. Give each subscription its own function.
 *
 * The patch and the two listeners are installed once per window, shared by every caller, and stay
 * after unsubscribing, simply notifying nobody: putting the original `pushState` back would also
 * remove whatever a router or another script wrapped around it since.
 */
export function watchRoutes(win: RouteWindow, onChange: Listener): () => void {
  const set = listeners(win);
  set.add(onChange);
  return () => void set.delete(onChange);
}
