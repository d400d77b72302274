/**
 * The least hearken's question costs as it is built, measured beside (c) in the same run: a bootstrap that fetches
 * `hearken-ui.js` and `locales/en.js` side by side and draws the NPS question with the UI's kit — no hearken.js, no
 * full script, no rules, storage, outbox or cross-tab lease. It is what (c) would cost if everything before the
 * drawing were free, so it says how much of (c)'s gap to the floor is the prompt's UI itself (a dialog of eleven
 * radio buttons with its own stylesheet in a shadow root) against the floor's one button, and how much is the rest.
 * The kit's global (`KIT_GLOBAL` of src/storage/keys.ts) and the model's fields (src/widget/commit.ts) are repeated
 * here: the bench is plain JS; tests/e2e/question-alone.test.ts checks that the bootstrap still draws the question.
 */

/** The bootstrap: a classic script, served from `/bench/`, that loads its files from `/dist/`. */
export const QUESTION_ALONE_CODE = `(function () {
  // once per file: the kit's loadTexts asks for locales/en.js again, and gets the request started below
  var requests = {};
  function load(path) {
    return (requests[path] = requests[path] || new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = '/dist/' + path;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error('could not load ' + path)); };
      document.head.appendChild(script);
    }));
  }
  load('locales/en.js');
  load('hearken-ui.js').then(function () {
    var kit = window.__hearkenKit(load);
    var options = { survey: 'nps', endpoint: '/collect' };
    var report = function (message) { console.error(message); };
    return kit.loadTexts(options, ['en'], report).then(function () {
      var prompt = kit.resolvePrompt(options, ['en'], report);
      var model = Object.assign({}, prompt, { style: 'numbers', position: 'bottom-right', theme: 'auto', inline: false, identified: function () { return false; } });
      kit.renderPrompt(document.body, model, { onScore: function () {}, onComment: function () { return Promise.resolve(); }, onReview: function () {}, onClose: function () {} }, document);
    });
  }).catch(function (error) { console.error('[hearken-bench] the question alone did not show: ' + error); });
})();
`;

/** The bench's subject for it. */
export const QUESTION_ALONE = {
  id: 'hearken-question-alone',
  label: "hearken's question step alone: hearken-ui.js and locales/en.js fetched side by side and drawn by the UI's kit, without hearken.js, the full script, rules or storage (the least (c) could cost with this UI)",
  path: '/bench/question-alone.js',
};
