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

/**
 * The question's markup alone: the DOM and stylesheet the question step draws, as the question-alone page drew them
 * in this run (`captureQuestion`), put on the same shop page by one script (`questionMarkupCode`) — the host element,
 * its shadow root, the stylesheet adopted and the markup set at once, with no hearken code, no file to fetch and no
 * event handler. It is what the browser charges for showing that dialog at all; what the question alone costs over it
 * is hearken's JavaScript (its files' tasks, the kit, the drawing, the bottom-bar measure), not the question's size.
 */
export const QUESTION_MARKUP = {
  id: 'hearken-question-markup',
  label: "hearken's question markup alone: the dialog the question step draws, with its stylesheet in a shadow root, set by one script with no hearken code (what the browser charges for the question itself)",
  path: '/bench/question-markup.js',
};

/**
 * @typedef {object} QuestionCapture
 * @property {Array<[string, string]>} attributes the `<hearken-prompt>` host's
 * @property {string} html its shadow root's markup
 * @property {string[]} sheets its adopted stylesheets' text, in order
 */

/**
 * What the question step drew on a page showing it (the question-alone page): the host's attributes, the shadow
 * root's markup and stylesheets, read once the dialog is there and before anything after the question is drawn.
 * @param {import('playwright-core').Page} page on the question-alone page
 * @returns {Promise<QuestionCapture>}
 */
export async function captureQuestion(page) {
  await page.waitForFunction(() => document.querySelector('hearken-prompt')?.shadowRoot?.querySelector('[role="dialog"]'));
  return page.evaluate(() => {
    const host = /** @type {HTMLElement} */ (document.querySelector('hearken-prompt'));
    const root = /** @type {ShadowRoot} */ (host.shadowRoot);
    return {
      attributes: /** @type {Array<[string, string]>} */ ([...host.attributes].map((a) => [a.name, a.value])),
      html: root.innerHTML,
      sheets: [...root.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')),
    };
  });
}

/**
 * The classic script that puts `capture` on a page: the question's stylesheet only (the first adopted: the later
 * steps' come after the question is on screen), as the question step has it when it first shows.
 * @param {QuestionCapture} capture
 */
export function questionMarkupCode(capture) {
  const set = capture.attributes.map(([name, value]) => `host.setAttribute(${JSON.stringify(name)}, ${JSON.stringify(value)});`).join('\n  ');
  return `(function () {
  var host = document.createElement('hearken-prompt');
  ${set}
  var root = host.attachShadow({ mode: 'open' });
  var sheet = new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(capture.sheets[0] || '')});
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = ${JSON.stringify(capture.html)};
  document.body.appendChild(host);
})();
`;
}
