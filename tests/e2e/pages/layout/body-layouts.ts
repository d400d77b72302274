/**
 * Pages whose `<body>` lays its children out as a grid or a flex column with gaps, written for hearken's tests:
 * an element appended to such a body becomes a grid row or a flex item that the gap pushes the others by.
 * `dawnLike` has the shape of Shopify's Dawn theme (a body grid of header, announcement, main and footer rows,
 * filling the viewport), written from scratch here: Dawn's licence allows its code only for Shopify themes.
 */

const header = '<header class="site-header"><a href="/">Northwind Coffee</a><nav><a href="/shop">Shop</a> <a href="/cart">Cart (2)</a></nav></header>';
const main = '<main><h1>Ethiopia Guji, 250 g</h1><p>Bright, floral, with a finish of bergamot.</p><button type="button">Add to cart</button></main>';
const footer = '<footer><p>© Northwind Coffee</p></footer>';

/** A page: `css` in its `<style>`, `body` as its body, `head` after the style (the script tag). */
export function layoutPage(css: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>layout test page</title><style>${css}</style>${head}</head><body>${body}</body></html>`;
}

const base = 'html,body{margin:0;font:16px/1.5 sans-serif}header,main,footer{padding:16px;border:1px solid #ccc}';

/** Each body layout: its CSS and its children. */
export const BODY_LAYOUTS: Record<string, { css: string; body: string }> = {
  // the content row takes what the viewport leaves: an extra row's gap would shrink it and lift the footer
  'grid with gap': { css: base + 'body{display:grid;grid-template-rows:auto 1fr auto;gap:40px;min-height:100vh}', body: header + main + footer },
  // the footer pushed to the bottom edge: an extra item's gap would lift it
  'flex column with gap': { css: base + 'body{display:flex;flex-direction:column;gap:40px;min-height:100vh}footer{margin-top:auto}', body: header + main + footer },
  'grid with gap, as tall as its content': { css: base + 'body{display:grid;gap:40px}', body: header + main + footer },
  // header group, announcement bar, content that takes what is left, footer — the page at least as tall as the viewport
  'Dawn-like grid': {
    css: base + 'html{height:100%}body{display:grid;grid-template-rows:auto auto 1fr auto;grid-template-columns:100%;min-height:100%}.announcement{padding:8px;text-align:center}',
    body: '<div class="announcement">Free shipping over €40</div>' + header + main + footer,
  },
};
