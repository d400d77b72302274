/**
 * Draws the dashboard from the answers: the three headline cards, then per metric its trend by day and
 * its breakdowns by touchpoint and locale. Pure DOM work over the numbers of metrics.js.
 */
import { barList, distributionChart, el, lineChart, segmentBar } from './charts.js';
import { breakdown, byDay, summarize } from './metrics.js';
import { levelOf } from '../shared/surveys.js';

/** How each metric is shown. */
export const METRICS = {
  nps: { name: 'NPS', title: 'Net Promoter Score', min: -100, max: 100, ticks: [-100, -50, 0, 50, 100], format: (/** @type {number} */ v) => (v > 0 ? '+' : '') + v },
  csat: { name: 'CSAT', title: 'Customer satisfaction (% satisfied)', min: 0, max: 100, ticks: [0, 25, 50, 75, 100], format: (/** @type {number} */ v) => v + '%' },
  ces: { name: 'CES', title: 'Customer effort (mean, 1–7)', min: 1, max: 7, ticks: [1, 2, 3, 4, 5, 6, 7], format: (/** @type {number} */ v) => v.toFixed(1) },
};
const TONES = ['negative', 'neutral', 'positive'];

/** @param {string} code a language code as its English name, e.g. `de` → `German (de)` */
export function languageName(code) {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name != code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/**
 * Replaces the children of `host`, keeping which data tables were open.
 * @param {Element} host
 * @param {Node[]} children
 */
function replace(host, children) {
  const open = [...host.querySelectorAll('details')].map((d) => d.open);
  host.replaceChildren(...children);
  host.querySelectorAll('details').forEach((d, i) => (d.open = !!open[i]));
}

/**
 * @param {Document} doc
 * @param {string} id
 * @param {string} text
 */
function setText(doc, id, text) {
  const node = doc.getElementById(id);
  if (node && node.textContent != text) node.textContent = text;
}

/**
 * Renders every section into the page's placeholders.
 * @param {Document} doc
 * @param {import('./metrics.js').Answer[]} answers the answers of the chosen period
 * @param {import('./metrics.js').Scoring} scoring
 * @param {{ days: number, now: number, all: import('./metrics.js').Answer[] }} range the period, for the
 *   series by day, and every answer (the 7-day values of its first days reach back before it)
 */
export function renderDashboard(doc, answers, scoring, range) {
  const s = summarize(answers, scoring);
  const count = (/** @type {number} */ n) => `${n.toLocaleString('en')} answer${n == 1 ? '' : 's'}`;
  setText(doc, 'total-count', count(s.total));

  setText(doc, 'nps-score', s.nps.score == null ? '–' : METRICS.nps.format(s.nps.score));
  setText(doc, 'nps-count', count(s.nps.count));
  replace(/** @type {Element} */ (doc.getElementById('nps-chart')), [
    segmentBar(doc, {
      caption: 'Promoters, passives and detractors',
      segments: [
        { label: 'Detractors', count: s.nps.segments.detractor, tone: 'negative' },
        { label: 'Passives', count: s.nps.segments.passive, tone: 'neutral' },
        { label: 'Promoters', count: s.nps.segments.promoter, tone: 'positive' },
      ],
    }),
  ]);

  setText(doc, 'csat-score', s.csat.score == null ? '–' : METRICS.csat.format(s.csat.score));
  setText(doc, 'csat-count', count(s.csat.count));
  replace(/** @type {Element} */ (doc.getElementById('csat-chart')), [
    distributionChart(doc, { caption: 'CSAT answers by score', rows: s.csat.distribution.map((r) => ({ ...r, tone: toneOf('csat', r.score, s.csat.distribution.length, scoring) })) }),
  ]);

  setText(doc, 'ces-score', s.ces.mean == null ? '–' : METRICS.ces.format(s.ces.mean));
  // without answers the card shows its one placeholder, not a second one beside it
  setText(doc, 'ces-easy', s.ces.easy == null ? '' : `${s.ces.easy}% easy`);
  setText(doc, 'ces-count', count(s.ces.count));
  replace(/** @type {Element} */ (doc.getElementById('ces-chart')), [
    distributionChart(doc, { caption: 'CES answers by score', rows: s.ces.distribution.map((r) => ({ ...r, tone: toneOf('ces', r.score, s.ces.distribution.length, scoring) })) }),
  ]);

  for (const survey of /** @type {const} */ (['nps', 'csat', 'ces'])) {
    const m = METRICS[survey];
    const host = doc.getElementById(`${survey}-detail`);
    if (!host) continue;
    const f = (/** @type {number} */ v) => m.format(v);
    replace(host, [
      el(doc, 'div', { class: 'trend' }, [
        lineChart(doc, { caption: `${m.name} by day (line: trailing 7 days)`, points: byDay(range.all, survey, scoring, range), min: m.min, max: m.max, ticks: m.ticks, format: f }),
      ]),
      el(doc, 'div', { class: 'breakdowns' }, [
        barList(doc, { caption: `${m.name} by touchpoint`, rows: breakdown(answers, survey, 'touchpoint', scoring), min: m.min, max: m.max, format: f }),
        barList(doc, { caption: `${m.name} by locale`, rows: breakdown(answers, survey, 'locale', scoring), min: m.min, max: m.max, format: f, label: languageName }),
      ]),
    ]);
  }
}

/**
 * The tone of a score bar: the segment of that score on a scale of `points` points.
 * @param {'csat' | 'ces'} survey
 * @param {number} score
 * @param {number} points
 * @param {import('./metrics.js').Scoring} scoring
 */
function toneOf(survey, score, points, scoring) {
  return TONES[levelOf(survey, score, { min: 1, max: points }, scoring)];
}
