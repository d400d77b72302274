/**
 * Calls `fn` after each `pushState` and `popstate`: how a single-page app routes. Lighter than the rules'
 * `watchRoutes` (which the full script uses once loaded); a route change only makes the loader look again.
 */
export function onRouteChange(win: Window, fn: () => void): void {
  const history = win.history;
  const push = history.pushState;
  history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
    push.apply(this, args);
    fn();
  };
  win.addEventListener('popstate', fn);
}
