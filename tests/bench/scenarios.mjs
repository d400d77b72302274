/**
 * The three page views issue 15 budgets, as the bench loads them: (a) a capped visitor's page view, (b) a page
 * with armed triggers, (c) a page showing the NPS prompt. Each is measured by what the page really downloads
 * of hearken (every file under /dist/ it requests), so the bench follows however the build splits its files.
 *
 * A returning visitor's state is made the way a visitor makes it: one page view of the same page (same
 * attributes) lets the full script run and remember that it found the attributes right; then the history is
 * seeded (answered NPS a week ago) where the scenario asks for it. The measured loads start from that storage
 * (Playwright's storageState: localStorage only; a new context each, so the HTTP and code caches stay empty).
 */
import { PROMPT_VISIBLE } from './pages.mjs';

/** The localStorage keys the bench reads or seeds (src/storage/keys.ts; the bench is plain JS and cannot import it). */
export const STORAGE = {
  checked: 'hearken:checked',
  history: 'hearken:history',
  waiting: 'hearken:waiting',
  open: 'hearken:open',
  answered: 'hearken:answered',
};

/** 1 kB as size-limit 12 counts it (bytes-iec: `kB` = 1,000 B). */
export const KB = 1000;

/**
 * @typedef {'fresh' | 'checked' | 'answered'} VisitorState
 *   fresh: first page view ever (empty storage); checked: the full script found these attributes right on an
 *   earlier page view; answered: checked, and NPS answered 7 days ago (inside the 90-day re-survey wait)
 * @typedef {object} Scenario
 * @property {string} id
 * @property {'a' | 'b' | 'c'} letter
 * @property {string} label
 * @property {Record<string, string>} attrs the script tag's attributes
 * @property {VisitorState} state
 * @property {string} [visible] the element that ends the measurement (else the page's load, plus settling)
 * @property {number} limit brotli bytes allowed (issue 15)
 */

const BASE = { 'data-endpoint': '/collect', 'data-survey': 'nps' };

/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    id: 'hearken-capped',
    letter: 'a',
    label: "(a) capped visitor's page view: NPS answered 7 days ago, attributes checked on an earlier page view",
    attrs: BASE,
    state: 'answered',
    limit: 2.5 * KB,
  },
  {
    id: 'hearken-armed',
    letter: 'b',
    label: '(b) armed triggers: `data-delay="600000"` (no prompt yet), attributes checked on an earlier page view',
    attrs: { ...BASE, 'data-delay': '600000' },
    state: 'checked',
    limit: 8 * KB,
  },
  {
    id: 'hearken-prompt',
    letter: 'c',
    label: '(c) NPS prompt on a rendered page, first page view, until the question is on screen',
    attrs: BASE,
    state: 'fresh',
    visible: PROMPT_VISIBLE,
    limit: 18 * KB,
  },
];

/** The page's own script after hearken's tag, for a variant with a consent manager: it grants consent at load. */
const CONSENT_AT_LOAD = "addEventListener('load', function () { Hearken.consent(true); });";

/**
 * Bytes only (one load each): the same page views from the other visitor state, or with other attributes (`attrs`, and
 * the page's own script after the tag, `page`,
 * on a page named with `suffix`). Each is held to its page view's budget too: a first page view with armed triggers
 * is a page view with armed triggers.
 */
export const VARIANTS = [
  {
    of: 'hearken-capped',
    state: /** @type {VisitorState} */ ('fresh'),
    attrs: { ...BASE, 'data-trigger': 'manual' },
    suffix: 'manual',
    label: '(a) a page view that cannot ask: `data-trigger="manual"`, first page view (hearken-checks.js checks the attributes first)',
  },
  {
    of: 'hearken-capped',
    state: /** @type {VisitorState} */ ('answered'),
    attrs: { ...BASE, 'data-consent': 'pending' },
    // the shop's consent manager, once the visitor agreed (on an earlier page view: it remembers that), at each page's load
    page: CONSENT_AT_LOAD,
    suffix: 'consent',
    label: '(a) a consenting visitor on a shop with a consent manager: `data-consent="pending"`, `Hearken.consent(true)` at load, NPS answered 7 days ago',
  },
  { of: 'hearken-armed', state: /** @type {VisitorState} */ ('fresh'), label: '(b) armed triggers, first page view (attributes not yet checked)' },
  { of: 'hearken-prompt', state: /** @type {VisitorState} */ ('checked'), label: '(c) NPS prompt, returning visitor (attributes checked before)' },
  {
    of: 'hearken-armed',
    state: /** @type {VisitorState} */ ('checked'),
    attrs: { ...BASE, 'data-exit-intent': '' },
    suffix: 'exit-intent',
    label: '(b) armed triggers: `data-exit-intent` (hearken-triggers.js waits for the pointer to leave), attributes checked before',
  },
  {
    of: 'hearken-armed',
    state: /** @type {VisitorState} */ ('fresh'),
    attrs: { ...BASE, 'data-exit-intent': '' },
    suffix: 'exit-intent',
    label: '(b) armed triggers: `data-exit-intent`, first page view (hearken-checks.js checks the attributes first)',
  },
];

/**
 * The storage a scenario's measured loads start from (undefined for a first page view): one page view of `url`
 * in a new context, until the full script stored `hearken:checked`; then, for `answered`, the history of an NPS
 * answer 7 days ago. Nothing waits in the outbox (checked: `hearken:waiting` is absent).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the page measured later (the same attributes: the check is remembered per attributes)
 * @param {VisitorState} state
 */
export async function visitorState(browser, url, state) {
  if (state == 'fresh') return undefined;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((key) => !!localStorage.getItem(key), STORAGE.checked, { timeout: 30_000 }).catch(() => {
      throw new Error(`[hearken] ${url}: the full script never stored ${STORAGE.checked} (did it load? were the attributes wrong?)`);
    });
    const waiting = await page.evaluate(
      ({ keys, answered }) => {
        // what the setup page view itself left (a prompt shown or open) is not part of the visitor's state
        [keys.history, keys.open, keys.answered].forEach((k) => localStorage.removeItem(k));
        if (answered) localStorage.setItem(keys.history, JSON.stringify({ nps: { answeredAt: Date.now() - 7 * 864e5 } }));
        return localStorage.getItem(keys.waiting);
      },
      { keys: STORAGE, answered: state == 'answered' },
    );
    if (waiting) throw new Error(`[hearken] ${url}: answers wait after the setup page view (${STORAGE.waiting} = ${waiting})`);
    return await context.storageState();
  } finally {
    await context.close().catch(() => {});
  }
}
