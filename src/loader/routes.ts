/**
 * Calls `fn` after each route of a single-page app: `pushState` or `replaceState` to another URL, the back button,
 * a link or `location.hash` to another hash (which fire `popstate` too: no `hashchange` listener needed) — the route
 * changes the rules' `watchRoutes` (which the full script uses once loaded) sees, in fewer bytes; a route change only
 * makes the light start look again. A `replaceState` to the same URL (scroll restoration, state updates) is not a
 * route change.
 */
export function onRouteChange(win: Window, fn: () => void): void {
  const history = win.history;
  let href = win.location.href;
  const moved = () => href != (href = win.location.href) && fn();
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      moved();
    };
  }
  win.addEventListener('popstate', moved);
}
