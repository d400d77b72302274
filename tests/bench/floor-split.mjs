/**
 * The floor split as hearken's prompt path is: a first script that makes the page's first localStorage read (what is
 * waiting, and the re-survey history) and, since a prompt may show, loads the floor's bundle from a second file, which
 * renders its component. No rule, check, text or outbox; the floor's own code unchanged. Measured as the floor on a
 * rendered page is, from the first script's start until the component is on screen, it is what issue 15's split alone
 * costs any widget before its own code (the storage read (a) needs, and a second file's task), and so how much of (c)'s
 * 1.5× limit is left to hearken's own JavaScript.
 */
export const FLOOR_SPLIT = {
  id: 'floor-split',
  label: "floor split as hearken's prompt path: a first script reads localStorage, then loads the floor's bundle (on a rendered page, until its component is on screen)",
  path: '/bench/floor-split.js',
};

/**
 * The first script of `FLOOR_SPLIT`: reads the storage a light start reads before it decides (hearken's keys, so the
 * same origin's storage is read) and, where no answer holds the prompt back (the bench's fresh storage), loads `floor`.
 * @param {string} floor the URL of the floor's bundle
 */
export function floorSplitCode(floor) {
  return `(function () {
  var waiting = localStorage.getItem('hearken:waiting');
  var history = JSON.parse(localStorage.getItem('hearken:history') || '{}');
  if (waiting || !history.nps) {
    var script = document.createElement('script');
    script.src = ${JSON.stringify(floor)};
    document.head.appendChild(script);
  }
})();
`;
}
