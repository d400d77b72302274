/**
 * Draws the follow-up sections: touchpoint rows with confidence intervals, the reasons, and the "To
 * contact" list with its "done" toggle. Visitor input (comments, contact values) is only ever set as text.
 */
import { el } from './charts.js';
import { ago } from './comments.js';
import { reasonLabel } from './follow-up.js';

const NAMES = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };
/** @param {number} v */
const signed = (v) => (v > 0 ? '+' : '') + v;

/**
 * A table: a caption, column heads, and rows whose first cell heads the row.
 * @param {Document} doc
 * @param {string} caption
 * @param {string[]} head
 * @param {{ cells: (string | Node)[], className?: string }[]} rows
 */
function table(doc, caption, head, rows) {
  return el(doc, 'table', { class: 'numbers' }, [
    el(doc, 'caption', {}, [caption]),
    el(doc, 'thead', {}, [el(doc, 'tr', {}, head.map((h) => el(doc, 'th', { scope: 'col' }, [h])))]),
    el(doc, 'tbody', {}, rows.map((r) => el(doc, 'tr', r.className ? { class: r.className } : {}, r.cells.map((c, i) => el(doc, i ? 'td' : 'th', i ? {} : { scope: 'row' }, [c]))))),
  ]);
}

/**
 * The touchpoint rows: n, the score and its 90 % interval; rows on fewer than 30 answers greyed.
 * @param {HTMLElement} host
 * @param {ReturnType<typeof import('./follow-up.js').touchpointRows>} rows
 */
export function renderTouchpoints(host, rows) {
  const doc = /** @type {Document} */ (host.ownerDocument);
  if (!rows.length) return host.replaceChildren(el(doc, 'p', { class: 'empty-note' }, ['No NPS or CSAT answers in this period.']));
  host.replaceChildren(
    table(
      doc,
      'NPS and CSAT per touchpoint, with 90 % confidence intervals',
      ['Touchpoint', 'Survey', 'Answers', 'Score', '90 % interval'],
      rows.map(({ touchpoint, survey, interval, few }) => {
        const format = survey == 'nps' ? signed : (/** @type {number} */ v) => `${v}%`;
        return {
          className: few ? 'few' : '',
          cells: [touchpoint, NAMES[survey], String(interval.count), format(interval.score), few ? 'too few answers' : `${format(interval.low)} to ${format(interval.high)}`],
        };
      }),
    ),
  );
}

/**
 * One reason cell: the count, its share as a meter, and the share in words.
 * @param {Document} doc
 * @param {{ count: number, share: number } | undefined} found
 */
function reasonCell(doc, found) {
  if (!found) return el(doc, 'span', { class: 'none' }, ['0']);
  return el(doc, 'span', { class: 'reason-cell' }, [el(doc, 'meter', { min: 0, max: 100, value: found.share, 'aria-hidden': 'true' }), `${found.count} (${found.share}%)`]);
}

/**
 * The reasons: per survey a table of reasons × segments, then a table of reasons × touchpoints.
 * @param {HTMLElement} host
 * @param {ReturnType<typeof import('./follow-up.js').reasonsBySegment>} bySegment
 * @param {ReturnType<typeof import('./follow-up.js').reasonsByTouchpoint>} byTouchpoint
 */
export function renderReasons(host, bySegment, byTouchpoint) {
  const doc = /** @type {Document} */ (host.ownerDocument);
  if (!bySegment.length) return host.replaceChildren(el(doc, 'p', { class: 'empty-note' }, ['No reasons picked in this period.']));
  /** @param {{ answers: number, reasons: { key: string }[] }[]} groups */
  const keysOf = (groups) => [...new Set(groups.flatMap((g) => g.reasons.map((r) => r.key)))];
  const surveys = bySegment.map(({ survey, segments }) =>
    table(
      doc,
      `${NAMES[/** @type {'nps'} */ (survey)]}: reasons by segment (share of the answers that named a reason)`,
      ['Reason', ...segments.map((s) => `${s.segment} (${s.answers})`)],
      keysOf(segments).map((key) => ({ cells: [reasonLabel(key), ...segments.map((s) => reasonCell(doc, s.reasons.find((r) => r.key == key)))] })),
    ),
  );
  const touchpoints = table(
    doc,
    'Reasons by touchpoint',
    ['Reason', ...byTouchpoint.map((t) => `${t.touchpoint} (${t.answers})`)],
    keysOf(byTouchpoint).map((key) => ({ cells: [reasonLabel(key), ...byTouchpoint.map((t) => reasonCell(doc, t.reasons.find((r) => r.key == key)))] })),
  );
  host.replaceChildren(...surveys, touchpoints);
}

/**
 * The accessible name of a contact's "Done" checkbox. Every row shows the same visible "Done", so the
 * name adds the row's survey, score, touchpoint, time and channel: a screen reader, jumping from box to
 * box, then says which visitor each one marks. It starts with "Done" so voice control finds it by what
 * it shows.
 * @param {import('./follow-up.js').FollowUpAnswer} a
 * @param {number} now
 */
function doneName(a, now) {
  const contact = /** @type {{ channel: string, value?: string }} */ (a.contact);
  const who = contact.value || a.userId;
  const by = `by ${contact.channel}${who ? ` (${who})` : ''}`;
  return ['Done', [`${NAMES[a.survey]} ${a.score}/${a.scale.max}`, a.touchpoint, ago(a.answeredAt, now), by].filter(Boolean).join(', ')].join(': ');
}

/**
 * The "To contact" list, newest first, each with a "done" toggle; the first `limit` of them.
 * @param {HTMLElement} list an `<ol>`
 * @param {import('./follow-up.js').FollowUpAnswer[]} contacts
 * @param {number} now
 * @param {(id: string, done: boolean) => Promise<boolean>} setDone persists the toggle; false when it failed
 * @param {number} [limit] default all
 */
export function renderContacts(list, contacts, now, setDone, limit = Infinity) {
  const doc = /** @type {Document} */ (list.ownerDocument);
  list.replaceChildren(
    ...contacts.slice(0, limit).map((a) => {
      const contact = /** @type {{ channel: string, value?: string }} */ (a.contact);
      const head = el(doc, 'p', { class: 'contact-head' }, [
        el(doc, 'span', { class: 'score' }, [`${NAMES[a.survey]} ${a.score}/${a.scale.max}`]),
        el(doc, 'span', { class: 'meta' }, [[a.touchpoint, ago(a.answeredAt, now)].filter(Boolean).join(' · ')]),
      ]);
      const how = el(doc, 'p', { class: 'channel' }, [`By ${contact.channel}: `, contact.value ? el(doc, 'bdi', {}, [contact.value]) : `the account's details${a.userId ? ` (${a.userId})` : ''}`]);
      const reasons = (a.reasons || []).length ? el(doc, 'p', { class: 'reasons' }, [`Reasons: ${(a.reasons || []).map(reasonLabel).join(', ')}`]) : '';
      // dir=auto: a right-to-left comment (Arabic, Hebrew) keeps its own direction and punctuation
      const comment = a.comment ? el(doc, 'q', { lang: a.locale, dir: 'auto' }, [a.comment]) : '';
      const box = /** @type {HTMLInputElement} */ (el(doc, 'input', { type: 'checkbox', 'aria-label': doneName(a, now) }));
      box.checked = !!a.done;
      const item = el(doc, 'li', { class: `contact${a.done ? ' done' : ''}` }, [head, how, reasons, comment, el(doc, 'label', { class: 'done-toggle' }, [box, 'Done'])]);
      box.addEventListener('change', async () => {
        box.disabled = true;
        const ok = await setDone(a.id, box.checked);
        if (ok) a.done = box.checked;
        else box.checked = !box.checked;
        item.classList.toggle('done', !!a.done);
        box.disabled = false;
      });
      return item;
    }),
  );
  if (!contacts.length) list.append(el(doc, 'li', { class: 'empty-note' }, ['Nobody is waiting to be contacted.']));
}
