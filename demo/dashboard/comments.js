/**
 * The comment list of the dashboard. Comments are visitor input: they are only ever set as text
 * (`textContent`), never parsed as HTML.
 */
import { el } from './charts.js';

const SURVEY_NAMES = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

/**
 * "3 min ago", "5 h ago", "1 day ago", "12 days ago", or the date.
 * @param {string} iso
 * @param {number} now
 */
export function ago(iso, now) {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  const days = Math.floor(s / 86400);
  if (days < 30) return `${days} ${days == 1 ? 'day' : 'days'} ago`;
  return iso.slice(0, 10);
}

/**
 * Fills `list` with one item per comment. The list is `aria-live`: it is redrawn only when what it says changed, so
 * that a new answer that does not change it (a comment filtered out, a score without one) is not read out again as
 * the whole list.
 * @param {HTMLElement} list an `<ol>`
 * @param {{ answer: import('../../src/surveys/index').Answer, polarity: string }[]} comments
 * @param {number} now
 */
export function renderComments(list, comments, now) {
  const doc = /** @type {Document} */ (list.ownerDocument);
  const items = commentItems(doc, comments, now);
  const shown = Array.from(list.children);
  if (shown.length == items.length && items.every((item, i) => item.isEqualNode(shown[i]))) return;
  list.replaceChildren(...items);
}

/**
 * The items of the comment list, or its empty note.
 * @param {Document} doc
 * @param {{ answer: import('../../src/surveys/index').Answer, polarity: string }[]} comments
 * @param {number} now
 */
function commentItems(doc, comments, now) {
  if (!comments.length) {
    const empty = el(doc, 'li', { class: 'empty-note' });
    empty.textContent = 'No comments match these filters.';
    return [empty];
  }
  return comments.map(({ answer: a, polarity }) => {
    const item = el(doc, 'li', { class: `comment tone-${polarity}` });
    const score = el(doc, 'span', { class: 'score', title: `${a.segment}` });
    score.textContent = `${a.score}/${a.scale.max}`;
    const meta = el(doc, 'span', { class: 'meta' });
    meta.textContent = [SURVEY_NAMES[a.survey], a.touchpoint, a.locale, ago(a.answeredAt, now)].filter(Boolean).join(' · ');
    // dir=auto: an Arabic or Hebrew comment then reads right to left, its punctuation on the right side
    const text = el(doc, 'q', { lang: a.locale, dir: 'auto' });
    text.textContent = /** @type {string} */ (a.comment);
    const head = el(doc, 'p', { class: 'comment-head' }, [score, meta]);
    item.append(head, text);
    return item;
    return item;
  });
}

/**
 * Replaces the options of a `<select>`, keeping the chosen value when it is still offered.
 * @param {HTMLSelectElement} select
 * @param {[string, string][]} options value and label
 */
export function setOptions(select, options) {
  const doc = /** @type {Document} */ (select.ownerDocument);
  const value = select.value;
  select.replaceChildren(...options.map(([v, label]) => Object.assign(doc.createElement('option'), { value: v, textContent: label })));
  select.value = options.some(([v]) => v == value) ? value : options[0][0];
}
