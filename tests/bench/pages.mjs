/**
 * The pages the bench loads: a blank page holding only the measured script(s), or a small shop page
 * that adds the measured script once it has been rendered (so the page's own first layout, paint and
 * font set-up are not counted as the script's). A probe (an inline script in `<head>`, before anything
 * measured) records layout shifts and the first frame in which an element appears.
 */

/**
 * The probe. `visible` is the source of a function returning the element to wait for (or null);
 * without it the page is done once loaded. `inject` is a script added after the load event's next frame. Sets
 * `window.__bench = { done, shift, shifts, resources }` (resources: the URLs of resource timing at `bench:visible`),
 * `performance.mark('bench:frame')` in an animation-frame callback of the frame that first contained the element, and
 * `performance.mark('bench:visible')` in the task after that frame, then
 * logs `[hearken-bench] bench:visible` (or `bench:done`) with console.debug, so nothing polls the page.
 * @param {string} [visible]
 * @param {Script} [inject]
 */
function probe(visible, inject) {
  return `(function () {
  var b = (window.__bench = { done: false, shift: 0, shifts: 0 });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { if (!e.hadRecentInput) { b.shift += e.value; b.shifts++; } });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) {}
  // the task after the next frame: by then the frame holding the element has been rendered. The frame itself is
  // marked too (in its animation-frame callback): the measured window ends with that frame's task
  function afterFrame(name) {
    requestAnimationFrame(function () {
      performance.mark('bench:frame');
      var c = new MessageChannel();
      c.port1.onmessage = function () {
        performance.mark(name);
        // the files downloaded until the element showed (after the mark: not counted as the page's work)
        if (name == 'bench:visible') b.resources = performance.getEntriesByType('resource').map(function (e) { return e.name; });
        b.done = true;
        console.debug('[hearken-bench] ' + name);
      };
      c.port2.postMessage(0);
    });
  }
  var inject = ${JSON.stringify(inject || null)};
  if (inject) {
    addEventListener('load', function () {
      requestAnimationFrame(function () {
        setTimeout(function () {
          var s = document.createElement('script');
          Object.keys(inject.attrs || {}).forEach(function (k) { s.setAttribute(k, inject.attrs[k]); });
          s.src = inject.src;
          document.body.appendChild(s);
        }, 0);
      });
    });
  }
  var visible = ${visible || 'null'};
  if (!visible) {
    addEventListener('load', function () { afterFrame('bench:done'); });
    return;
  }
  var seen = false;
  var watched = [];
  function check(records) {
    if (seen) return;
    (records || []).forEach(function (r) {
      r.addedNodes.forEach(function (n) {
        // open shadow roots are watched too: a custom element may render into its own later
        if (n.shadowRoot && watched.indexOf(n.shadowRoot) < 0) { watched.push(n.shadowRoot); mo.observe(n.shadowRoot, { childList: true, subtree: true }); }
      });
    });
    if (visible()) { seen = true; mo.disconnect(); performance.mark('bench:found'); afterFrame('bench:visible'); }
  }
  var mo = new MutationObserver(check);
  mo.observe(document.documentElement, { childList: true, subtree: true });
})();`;
}

/** @typedef {{ src: string, attrs?: Record<string, string> }} Script */

const HEAD = (/** @type {string} */ visible = '', /** @type {Script | undefined} */ inject = undefined) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hearken bench</title>
<script>${probe(visible, inject)}</script>
</head>`;

/**
 * A blank page holding only these scripts (at the end of `<body>`).
 * @param {Array<string | { src: string, attrs?: Record<string, string> } | { inline: string }>} scripts URLs, URLs with
 *   attributes, or the code of an inline script (the page's own, such as its consent manager's call)
 * @param {string} [visible] see {@link probe}
 */
export function blankPage(scripts, visible) {
  const tag = (/** @type {string | { src: string, attrs?: Record<string, string> } | { inline: string }} */ s) =>
    typeof s == 'string'
      ? `<script src="${s}"></script>`
      : 'inline' in s
        ? `<script>${s.inline}</script>`
        : `<script src="${s.src}"${Object.entries(s.attrs || {}).map(([k, v]) => ` ${k}="${v}"`).join('')}></script>`;
  return `${HEAD(visible)}
<body>
${scripts.map(tag).join('\n')}
</body>
</html>
`;
}

/** The headers the bench serves scripts with: hearken's files, the floor's bundle and the bench's own scripts. */
export const SCRIPT_HEADERS = { 'Content-Type': 'text/javascript; charset=utf-8' };

/** The `visible` function for hearken's prompt: the dialog inside the `<hearken-prompt>` host's shadow root. */
export const PROMPT_VISIBLE = `function () {
    var host = document.querySelector('hearken-prompt');
    return host && host.shadowRoot && host.shadowRoot.querySelector('[role="dialog"]');
  }`;

/** The `visible` function for the floor bundle's component. */
export const FLOOR_VISIBLE = `function () { return document.querySelector('[data-floor] button'); }`;

/**
 * A host page with text (so a shift would show) that adds `script` once it has loaded and rendered a
 * frame, and is done when `visible` finds its element.
 * @param {Script} script
 * @param {string} visible see {@link probe}
 */
export function hostPage(script, visible) {
  const para = 'Freshly roasted beans, shipped the day they are roasted. Every order is packed by hand and tracked to your door, and our baristas answer every question within a day.';
  return `${HEAD(visible, script)}
<body style="font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 720px; padding: 16px">
<header><h1>Northwind Coffee</h1><nav><a href="#">Shop</a> · <a href="#">Subscriptions</a> · <a href="#">About</a></nav></header>
<main>
${Array.from({ length: 8 }, (_, i) => `<h2>Roast no. ${i + 1}</h2><p>${para}</p>`).join('\n')}
</main>
<footer><p>© Northwind Coffee</p></footer>
</body>
</html>
`;
}
