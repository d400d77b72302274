/** What route watching needs of a window. */
export interface RouteWindow {
  history: History;
  location: { href: string };
  addEventListener(type: string, fn: () => void): void;
  removeEventListener(type: string, fn: () => void): void;
}

interface Registry {
  listeners: Set<(href: string) => void>;
  href: string;
  notify: () => void;
}

const REGISTRY = typeof Symbol == 'function' ? Symbol.for('hearken.routes') : '__hearkenRoutes';

function registry(win: RouteWindow): Registry {
  const holder = win as unknown as Record<PropertyKey, Registry | undefined>;
  let reg = holder[REGISTRY as string];
  if (reg) return reg;
  const r: Registry = (reg = {
    listeners: new Set(),
    href: win.location.href,
    notify() {
      const href = win.location.href;
      // replaceState to the same URL (scroll restoration, state updates) is not a route change.
      if (href == r.href) return;
      r.href = href;
      r.listeners.forEach((fn) => {
        try {
          fn(href);
        } catch (error) {
          console.error('[hearken] a route listener threw', error);
        }
      });
    },
  });
  holder[REGISTRY as string] = reg;
  const history = win.history;
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    try {
      history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        r.notify();
        return result;
      };
    } catch {
      // a page that froze its history: popstate and hashchange still work
    }
  }
  return reg;
}

/**
 * Calls `onChange(href)` when the URL changes: `history.pushState` / `replaceState` (patched once per
 * window, shared by every caller), `popstate` and `hashchange`. Returns the unsubscribe function.
 *
 * The patch stays in place after unsubscribing and simply notifies nobody: putting the original
 * back would also remove whatever a router or another script wrapped around it since.
 */
export function watchRoutes(win: RouteWindow, onChange: (href: string) => void): () => void {
  const reg = registry(win);
  if (!reg.listeners.size) {
    reg.href = win.location.href;
    win.addEventListener('popstate', reg.notify);
    win.addEventListener('hashchange', reg.notify);
  }
  // a wrapper, so the same function subscribed twice gets two independent subscriptions
  const listener = (href: string) => onChange(href);
  reg.listeners.add(listener);
  return () => {
    if (!reg.listeners.delete(listener)) return;
    if (!reg.listeners.size) {
      win.removeEventListener('popstate', reg.notify);
      win.removeEventListener('hashchange', reg.notify);
    }
  };
}
