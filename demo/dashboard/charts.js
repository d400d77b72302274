/**
 * Hand-written SVG charts for the dashboard. Each returns a `<figure>`: the chart as an image with a
 * text summary (`role="img"`, `<title>`, `aria-label`), and the numbers as a table in a `<details>`,
 * for screen readers and for anyone who wants the exact values. Colours come from CSS classes.
 * Text is always set with `textContent`.
 */

const NS = 'http://www.w3.org/2000/svg';
let uid = 0;

/**
 * Creates an element.
 * @param {Document} doc
 * @param {string} tag
 * @param {Record<string, string | number>} [attrs]
 * @param {(Node | string)[]} [children]
 */
export function el(doc, tag, attrs = {}, children = []) {
  return fill(doc.createElement(tag), attrs, children);
}

/**
 * Sets attributes and appends children.
 * @template {Element} T
 * @param {T} node
 * @param {Record<string, string | number>} attrs
 * @param {(Node | string)[]} children
 * @returns {T}
 */
function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

/**
 * Creates an SVG element.
 * @param {Document} doc
 * @param {string} tag
 * @param {Record<string, string | number>} [attrs]
 * @param {(Node | string)[]} [children]
 */
export function svg(doc, tag, attrs = {}, children = []) {
  return fill(doc.createElementNS(NS, tag), attrs, children);
}

/**
 * A figure around an SVG, with its caption and a data table.
 * @param {Document} doc
 * @param {{ caption: string, summary: string, width: number, height: number, body: Node[], table: { head: string[], rows: (string | number)[][] } }} spec
 */
function figure(doc, { caption, summary, width, height, body, table }) {
  const id = `chart-${++uid}`;
  const image = svg(doc, 'svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title`, class: 'chart' }, [
    svg(doc, 'title', { id: `${id}-title` }, [`${caption}: ${summary}`]),
    ...body,
  ]);
  const rows = table.rows.map((r) => el(doc, 'tr', {}, r.map((v, i) => el(doc, i ? 'td' : 'th', i ? {} : { scope: 'row' }, [String(v)]))));
  const data = el(doc, 'details', { class: 'data' }, [
    // every chart has one: the name says whose table it opens, and keeps the visible words first
    el(doc, 'summary', { 'aria-label': `Data table: ${caption}` }, ['Data table']),
    el(doc, 'table', {}, [
      el(doc, 'caption', {}, [caption]),
      el(doc, 'thead', {}, [el(doc, 'tr', {}, table.head.map((h) => el(doc, 'th', { scope: 'col' }, [h])))]),
      el(doc, 'tbody', {}, rows),
    ]),
  ]);
  return el(doc, 'figure', { class: 'figure' }, [el(doc, 'figcaption', {}, [caption]), image, data]);
}

/** @param {number | null} v @param {(v: number) => string} format */
const show = (v, format) => (v == null ? '–' : format(v));

/**
 * A 100% stacked bar of segments (e.g. detractors, passives, promoters) with counts and shares.
 * @param {Document} doc
 * @param {{ caption: string, segments: { label: string, count: number, tone: 'negative' | 'neutral' | 'positive' }[] }} spec
 */
export function segmentBar(doc, { caption, segments }) {
  const total = segments.reduce((s, x) => s + x.count, 0);
  const pct = (/** @type {number} */ n) => (total ? Math.round((n * 1000) / total) / 10 : 0);
  let x = 0;
  const body = segments.map((s) => {
    const w = total ? (s.count / total) * 300 : 0;
    const rect = svg(doc, 'rect', { x: x.toFixed(2), y: 0, width: w.toFixed(2), height: 22, class: `tone-${s.tone}` }, [
      svg(doc, 'title', {}, [`${s.label}: ${s.count} (${pct(s.count)}%)`]),
    ]);
    x += w;
    return rect;
  });
  if (!total) body.push(svg(doc, 'rect', { x: 0, y: 0, width: 300, height: 22, class: 'empty' }));
  const summary = total ? segments.map((s) => `${pct(s.count)}% ${s.label.toLowerCase()}`).join(', ') : 'no answers';
  const fig = figure(doc, {
    caption,
    summary,
    width: 300,
    height: 22,
    body,
    table: { head: ['Segment', 'Answers', 'Share'], rows: segments.map((s) => [s.label, s.count, `${pct(s.count)}%`]) },
  });
  fig.classList.add('segments');
  const legend = el(doc, 'ul', { class: 'legend' }, segments.map((s) => el(doc, 'li', { class: `tone-${s.tone}` }, [el(doc, 'b', {}, [`${pct(s.count)}%`]), ` ${s.label} (${s.count})`])));
  fig.insertBefore(legend, fig.querySelector('details'));
  return fig;
}

/**
 * Vertical bars of how many answers gave each score.
 * @param {Document} doc
 * @param {{ caption: string, rows: { score: number, count: number, tone: string }[] }} spec
 */
export function distributionChart(doc, { caption, rows }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const w = 300 / Math.max(1, rows.length);
  const body = rows.flatMap((r, i) => {
    const h = (r.count / max) * 70;
    return [
      svg(doc, 'rect', { x: (i * w + 3).toFixed(2), y: (78 - h).toFixed(2), width: (w - 6).toFixed(2), height: h.toFixed(2), class: `tone-${r.tone}` }, [
        svg(doc, 'title', {}, [`${r.score}: ${r.count}`]),
      ]),
      svg(doc, 'text', { x: (i * w + w / 2).toFixed(2), y: 94, 'text-anchor': 'middle', class: 'tick' }, [String(r.score)]),
    ];
  });
  const total = rows.reduce((s, r) => s + r.count, 0);
  return figure(doc, {
    caption,
    summary: total ? rows.map((r) => `${r.score}: ${r.count}`).join(', ') : 'no answers',
    width: 300,
    height: 98,
    body,
    table: { head: ['Score', 'Answers'], rows: rows.map((r) => [r.score, r.count]) },
  });
}

/**
 * A line over time: a dot per day with answers, and the trailing 7-day value as a line.
 * @param {Document} doc
 * @param {{ caption: string, points: { day: string, value: number | null, rolling: number | null, count: number }[], min: number, max: number, ticks: number[], format: (v: number) => string }} spec
 */
export function lineChart(doc, { caption, points, min, max, ticks, format }) {
  const W = 560;
  const H = 190;
  const left = 40;
  const right = 8;
  const top = 10;
  const bottom = 24;
  const x = (/** @type {number} */ i) => left + (points.length < 2 ? 0 : (i * (W - left - right)) / (points.length - 1));
  const y = (/** @type {number} */ v) => top + ((max - v) * (H - top - bottom)) / (max - min);
  /** @type {Node[]} */
  const body = ticks.flatMap((t) => [
    svg(doc, 'line', { x1: left, x2: W - right, y1: y(t).toFixed(1), y2: y(t).toFixed(1), class: t == 0 && min < 0 ? 'axis' : 'grid' }),
    svg(doc, 'text', { x: left - 6, y: (y(t) + 4).toFixed(1), 'text-anchor': 'end', class: 'tick' }, [format(t)]),
  ]);
  const step = Math.max(1, Math.round(points.length / 6));
  points.forEach((p, i) => {
    if (i % step == 0 || i == points.length - 1) {
      const date = new Date(p.day + 'T00:00:00Z').toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
      body.push(svg(doc, 'text', { x: x(i).toFixed(1), y: H - 6, 'text-anchor': i == points.length - 1 ? 'end' : i == 0 ? 'start' : 'middle', class: 'tick' }, [date]));
    }
    if (p.value != null) {
      body.push(
        svg(doc, 'circle', { cx: x(i).toFixed(1), cy: y(p.value).toFixed(1), r: 2.2, class: 'dot' }, [
          svg(doc, 'title', {}, [`${p.day}: ${format(p.value)} (${p.count} answers)`]),
        ]),
      );
    }
  });
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p.rolling == null) return void (pen = false);
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(p.rolling).toFixed(1)}`;
    pen = true;
  });
  body.push(svg(doc, 'path', { d, class: 'line' }));
  const known = points.filter((p) => p.rolling != null);
  const summary = known.length
    ? `7-day value ${format(/** @type {number} */ (known[0].rolling))} on ${known[0].day}, ${format(/** @type {number} */ (known[known.length - 1].rolling))} on ${known[known.length - 1].day}`
    : 'no answers in this period';
  return figure(doc, {
    caption,
    summary,
    width: W,
    height: H,
    body,
    table: {
      head: ['Day', 'Answers', 'Value', '7-day value'],
      rows: points.filter((p) => p.count).map((p) => [p.day, p.count, show(p.value, format), show(p.rolling, format)]),
    },
  });
}

/**
 * Horizontal bars of a metric per group (touchpoint, locale), from a baseline (0, or `min`).
 * @param {Document} doc
 * @param {{ caption: string, rows: { key: string, value: number | null, count: number }[], min: number, max: number, format: (v: number) => string, label?: (key: string) => string }} spec
 */
export function barList(doc, { caption, rows, min, max, format, label = String }) {
  const W = 360;
  const row = 26;
  const left = 96;
  const right = 86;
  const H = Math.max(1, rows.length) * row;
  const x = (/** @type {number} */ v) => left + ((v - min) * (W - left - right)) / (max - min);
  const base = x(min < 0 ? 0 : min);
  /** @type {Node[]} */
  const body = [svg(doc, 'line', { x1: base, x2: base, y1: 0, y2: H, class: 'axis' })];
  rows.forEach((r, i) => {
    const cy = i * row + row / 2;
    body.push(svg(doc, 'text', { x: left - 8, y: cy + 4, 'text-anchor': 'end', class: 'label' }, [label(r.key)]));
    if (r.value != null) {
      const to = x(r.value);
      const tone = min < 0 ? (r.value < 0 ? 'negative' : 'positive') : 'accent';
      body.push(svg(doc, 'rect', { x: Math.min(base, to).toFixed(1), y: cy - 8, width: Math.max(1, Math.abs(to - base)).toFixed(1), height: 16, rx: 2, class: `tone-${tone}` }));
    }
    body.push(svg(doc, 'text', { x: W - right + 8, y: cy + 4, class: 'value' }, [show(r.value, format), svg(doc, 'tspan', { class: 'count' }, [` · ${r.count}`])]));
  });
  return figure(doc, {
    caption,
    summary: rows.length ? rows.map((r) => `${label(r.key)} ${show(r.value, format)} (${r.count} answers)`).join(', ') : 'no answers',
    width: W,
    height: H,
    body,
    table: { head: [caption.split(' by ')[1] || 'Group', 'Value', 'Answers'], rows: rows.map((r) => [label(r.key), show(r.value, format), r.count]) },
  });
}
