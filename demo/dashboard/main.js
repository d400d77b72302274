/**
 * The dashboard page: loads the answers, follows new ones live, and redraws. The scores come from
 * hearken itself: the built library's scoring helpers, imported straight from /dist/index.js (an ES
 * module that loads only its own chunks; the prompt UI behind it is never fetched here).
 */
import { npsScore, csatScore, cesScore, segmentCounts, segmentOf, scaleFor, npsInterval, csatInterval, reasonCounts } from '/dist/index.js';
import { latestComments, inPeriod, timeOf, valuesOf } from './metrics.js';
import { renderComments, setOptions } from './comments.js';
import { reasonsBySegment, reasonsByTouchpoint, toContact, touchpointRows } from './follow-up.js';
import { renderContacts, renderReasons, renderTouchpoints } from './follow-up-view.js';
import { followAnswers, getJson } from './live.js';
import { languageName, renderDashboard } from './view.js';

const scoring = { npsScore, csatScore, cesScore, segmentCounts, segmentOf, scaleFor, npsInterval, csatInterval, reasonCounts };
const doc = document;
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (doc.getElementById(id));
const form = /** @type {HTMLFormElement} */ ($('filters'));
const period = /** @type {HTMLSelectElement} */ ($('period'));
const select = (/** @type {string} */ name) => /** @type {HTMLSelectElement} */ (form.elements.namedItem(name));

/** @type {import('./follow-up.js').FollowUpAnswer[]} */
let answers = [];
let pending = 0;

// The dashboard token, when the server needs one: from #token=… once, then kept for this tab only.
const token = new URLSearchParams(location.hash.slice(1)).get('token') || sessionStorage.getItem('hearken-dashboard-token') || undefined;
if (token) sessionStorage.setItem('hearken-dashboard-token', token);
if (location.hash.includes('token=')) history.replaceState(null, '', location.pathname + location.search);
// a token added to the address of a page already open (as the locked page asks) changes only its hash: load it again
addEventListener('hashchange', () => location.hash.includes('token=') && location.reload());

/**
 * Persists a "done" toggle of the to-contact list.
 * @param {string} id
 * @param {boolean} done
 */
async function setDone(id, done) {
  const headers = { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`/api/contacts/${encodeURIComponent(id)}/done`, { method: 'POST', headers, body: JSON.stringify({ done }) }).catch(() => null);
  return !!response && response.ok;
}

/** The to-contact list shows its newest 12 until "Show all" is pressed. */
const FEW_CONTACTS = 12;
let allContacts = false;
/** @type {import('./follow-up.js').FollowUpAnswer[]} */
let contacts = [];
const more = /** @type {HTMLButtonElement} */ ($('contact-more'));
function showContacts() {
  renderContacts($('contact-list'), contacts, Date.now(), setDone, allContacts ? Infinity : FEW_CONTACTS);
  more.hidden = contacts.length <= FEW_CONTACTS;
  more.textContent = allContacts ? 'Show the newest 12' : `Show all ${contacts.length}`;
  more.setAttribute('aria-expanded', String(allContacts));
}
more.addEventListener('click', () => {
  allContacts = !allContacts;
  showContacts();
});

/** Loads and draws the to-contact list (all periods: a request waits until it is done). */
async function drawContacts() {
  contacts = toContact((await getJson(fetch, '/api/contacts', token)).contacts, scoring);
  showContacts();
}

function draw() {
  pending = 0;
  const now = Date.now();
  const days = Number(period.value);
  const shown = inPeriod(answers, days, now);
  const first = answers.length ? answers.reduce((m, a) => Math.min(m, timeOf(a)), Infinity) : now;
  const span = days || Math.min(365, Math.max(7, Math.ceil((now - first) / 864e5) + 1));
  $('empty').hidden = answers.length > 0;
  renderDashboard(doc, shown, scoring, { days: span, now, all: answers });
  setOptions(select('touchpoint'), [['all', 'All touchpoints'], ...valuesOf(shown, 'touchpoint').map((t) => /** @type {[string, string]} */ ([t, t]))]);
  setOptions(select('locale'), [['all', 'All locales'], ...valuesOf(shown, 'locale').map((l) => /** @type {[string, string]} */ ([l, languageName(l)]))]);
  const filter = {
    polarity: /** @type {any} */ (select('polarity').value),
    survey: /** @type {any} */ (select('survey').value),
    touchpoint: select('touchpoint').value,
    locale: select('locale').value,
    limit: 30,
  };
  renderComments($('comment-list'), latestComments(shown, filter, scoring), now);
  renderTouchpoints($('touchpoint-rows'), touchpointRows(shown, scoring));
  renderReasons($('reasons'), reasonsBySegment(shown, scoring), reasonsByTouchpoint(shown, scoring));
}

/** Redraws once per frame, however many answers arrive. */
function schedule() {
  if (!pending) pending = requestAnimationFrame(draw);
}

/** @param {import('./metrics.js').Answer[]} fresh */
function flash(fresh) {
  for (const a of fresh) {
    const card = $(`card-${a.survey}`);
    if (!card) continue;
    card.classList.remove('flash');
    void card.offsetWidth; // restarts the animation
    card.classList.add('flash');
  }
  if (fresh.length) $('last-answer').textContent = `Last answer: ${fresh[fresh.length - 1].survey.toUpperCase()} ${fresh[fresh.length - 1].score} just now`;
}

period.addEventListener('change', schedule);
form.addEventListener('change', schedule);
form.addEventListener('submit', (e) => e.preventDefault());

const status = $('live');
followAnswers({
  fetch: (...args) => fetch(...args),
  EventSource,
  token,
  onChange(all, fresh) {
    answers = all;
    flash(fresh);
    schedule();
    // the first load, a reset, or a new contact request
    if (!fresh.length || fresh.some((a) => /** @type {any} */ (a).contact)) drawContacts().catch((e) => console.error('[hearken] dashboard: could not load the contacts', e));
  },
  onStatus(state) {
    status.dataset.state = state;
    status.textContent = { live: 'Live', connecting: 'Connecting…', offline: 'Offline', locked: 'Needs its token' }[state];
    $('locked').hidden = state != 'locked';
    if (state == 'locked') $('empty').hidden = true;
  },
}).catch((e) => {
  status.dataset.state = 'offline';
  status.textContent = 'Offline';
  console.error('[hearken] dashboard: could not load the answers', e);
});
