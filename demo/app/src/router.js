/**
 * A small history router: `pattern`s like `/app/product/:slug`, links marked `data-link` handled
 * without a page load, and the back button. `navigate` uses `history.pushState`, which hearken watches
 * too: each route change is a new page view for its rules.
 */

/**
 * @template T
 * @typedef {{ pattern: string, view: T }} Route
 */

/**
 * Matches a path against patterns; returns the first route and its parameters.
 * @template T
 * @param {Route<T>[]} routes
 * @param {string} path
 * @returns {{ route: Route<T>, params: Record<string, string> } | null}
 */
export function matchRoute(routes, path) {
  const parts = path.replace(/\/+$/, '').split('/');
  for (const route of routes) {
    const want = route.pattern.replace(/\/+$/, '').split('/');
    if (want.length != parts.length) continue;
    /** @type {Record<string, string>} */
    const params = {};
    if (want.every((w, i) => (w.startsWith(':') ? ((params[w.slice(1)] = decodeURIComponent(parts[i])), !!parts[i]) : w == parts[i]))) return { route, params };
  }
  return null;
}

/**
 * Starts the router: calls `onRoute(path)` now, on `navigate`, on `data-link` clicks and on popstate.
 * @param {Window} win
 * @param {(path: string) => void} onRoute
 */
export function startRouter(win, onRoute) {
  const go = () => onRoute(win.location.pathname);
  const navigate = (/** @type {string} */ path) => {
    if (path != win.location.pathname) win.history.pushState(null, '', path);
    go();
    win.scrollTo(0, 0);
  };
  win.document.addEventListener('click', (e) => {
    const link = /** @type {Element} */ (e.target).closest && /** @type {Element} */ (e.target).closest('a[data-link]');
    if (!link || e.defaultPrevented || e.button != 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(/** @type {HTMLAnchorElement} */ (link).pathname);
  });
  win.addEventListener('popstate', go);
  go();
  return { navigate };
}
