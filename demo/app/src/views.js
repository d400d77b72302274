/**
 * The storefront app's screens, built with the DOM (text through textContent only). Each returns the
 * node to put in `<main>`; actions are callbacks.
 */

/** The catalogue of the app. */
export const PRODUCTS = [
  { slug: 'yirgacheffe', name: 'Yirgacheffe, Ethiopia', notes: 'Jasmine, bergamot, lemon curd.', roast: 'Light roast', price: 18.5, swatch: 'ethiopia' },
  { slug: 'huila', name: 'Huila, Colombia', notes: 'Red apple, caramel, cocoa.', roast: 'Medium roast', price: 16, swatch: 'colombia' },
  { slug: 'gayo', name: 'Gayo, Sumatra', notes: 'Cedar, dark chocolate, spice.', roast: 'Dark roast', price: 17.25, swatch: 'sumatra' },
];

/**
 * Creates an element: `h('a', { href: '/x', 'data-link': '' }, 'text', child)`.
 * @param {string} tag
 * @param {Record<string, string | boolean | ((e: Event) => void)>} [attrs] `on…` functions become listeners
 * @param {(Node | string)[]} children
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v == 'function') node.addEventListener(k.slice(2), v);
    else if (v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children);
  return node;
}

/** @param {number} n */
export const money = (n) => '$' + n.toFixed(2);

/** The home screen: the products. */
export function homeView() {
  return h('section', { class: 'screen' },
    h('h1', {}, 'This week’s roasts'),
    h('p', { class: 'lead' }, 'Roasted Monday, at your door by Thursday. Pick a bag, check out in two taps.'),
    h('ul', { class: 'tiles' }, ...PRODUCTS.map((p) =>
      h('li', { class: 'tile' },
        h('a', { href: `/app/product/${p.slug}`, 'data-link': '' },
          h('div', { class: `swatch swatch-${p.swatch}`, role: 'img', 'aria-label': p.name }),
          h('h2', {}, p.name),
          h('p', { class: 'notes' }, `${p.notes} ${p.roast}.`),
          h('p', { class: 'price' }, money(p.price)))))));
}

/**
 * One product.
 * @param {string} slug
 * @param {{ onAdd: (slug: string) => void }} actions
 */
export function productView(slug, { onAdd }) {
  const p = PRODUCTS.find((x) => x.slug == slug);
  if (!p) return notFoundView();
  return h('section', { class: 'screen product-screen' },
    h('div', { class: `swatch swatch-${p.swatch} hero`, role: 'img', 'aria-label': p.name }),
    h('div', {},
      h('p', { class: 'crumbs' }, h('a', { href: '/app/', 'data-link': '' }, 'Roasts'), ` › ${p.name}`),
      h('h1', {}, p.name),
      h('p', { class: 'lead' }, `${p.notes} ${p.roast}.`),
      h('p', { class: 'price big' }, money(p.price), h('span', {}, ' / 340 g')),
      h('button', { class: 'primary', type: 'button', onclick: () => onAdd(p.slug) }, 'Add to cart and check out')));
}

/**
 * What the app keeps while it runs: the cart, the order just placed (for the confirmation) and the
 * orders placed since the app was opened, newest first.
 * @typedef {{ cart: string[], order: string | null, placed: { id: string, items: string[] }[] }} AppState
 */

/** Orders placed before this visit (a demo has no account behind it). */
export const PAST_ORDERS = [
  { id: 'NW-19873', items: ['huila'], status: 'Delivered Thursday' },
  { id: 'NW-19544', items: ['yirgacheffe', 'gayo'], status: 'Delivered 2 weeks ago' },
];

/** @param {string[]} slugs */
const names = (slugs) => slugs.map((slug) => PRODUCTS.find((p) => p.slug == slug)?.name || slug).join(', ');

/**
 * The checkout: the cart and "Place order", or the confirmation once placed.
 * @param {AppState} state
 * @param {{ onPlace: () => void }} actions
 */
export function checkoutView({ cart, order }, { onPlace }) {
  if (order) {
    return h('section', { class: 'screen done' },
      h('p', { class: 'check', 'aria-hidden': 'true' }, '✓'),
      h('h1', {}, 'Order placed'),
      h('p', { class: 'lead' }, `Order ${order} ships on Monday. A receipt is on its way to your inbox.`),
      h('p', {}, h('a', { href: '/app/orders', 'data-link': '' }, 'Track your order'), ' · ', h('a', { href: '/app/', 'data-link': '' }, 'Back to the roasts')));
  }
  const items = cart.map((slug) => /** @type {(typeof PRODUCTS)[number]} */ (PRODUCTS.find((p) => p.slug == slug)));
  const total = items.reduce((s, p) => s + p.price, 0) + (items.length ? 4.9 : 0);
  return h('section', { class: 'screen' },
    h('h1', {}, 'Checkout'),
    items.length
      ? h('div', { class: 'sheet' },
          h('ul', { class: 'lines' }, ...items.map((p) => h('li', {}, h('span', {}, p.name), h('span', {}, money(p.price)))),
            h('li', {}, h('span', {}, 'Shipping'), h('span', {}, money(4.9))),
            h('li', { class: 'total' }, h('span', {}, 'Total'), h('span', {}, money(total)))),
          h('p', { class: 'muted' }, 'Paying with Visa •••• 4242 · Delivering to 12 Alder St, Portland'),
          h('button', { class: 'primary', type: 'button', onclick: onPlace }, 'Place order'))
      : h('p', { class: 'lead' }, 'Your cart is empty. ', h('a', { href: '/app/', 'data-link': '' }, 'Pick a roast'), '.'));
}

/**
 * The orders screen: the orders placed in this visit, then earlier ones. The app's delivery CSAT asks
 * here (its `pages` rule is `/app/orders*`).
 * @param {AppState} state
 */
export function ordersView({ placed }) {
  const orders = [...placed.map((o) => ({ ...o, status: 'Roasting · ships Monday' })), ...PAST_ORDERS];
  return h('section', { class: 'screen' },
    h('h1', {}, 'Your orders'),
    h('p', { class: 'lead' }, 'Tracking updates as soon as your coffee leaves the roastery.'),
    h('ul', { class: 'orders' }, ...orders.map((o) =>
      h('li', { class: 'sheet' },
        h('h2', {}, o.id),
        h('p', {}, names(o.items)),
        h('p', { class: 'muted' }, o.status)))));
}

/** The account screen, with a `<hearken-survey>` element asking NPS inline. */
export function accountView() {
  return h('section', { class: 'screen account' },
    h('h1', {}, 'Your account'),
    h('div', { class: 'sheet' },
      h('h2', {}, 'Subscription'),
      h('p', {}, 'Huila, Colombia · 340 g every two weeks · next roast Monday'),
      h('p', { class: 'muted' }, 'Member since March · 14 orders')),
    h('div', { class: 'sheet feedback-card' },
      h('h2', {}, 'How are we doing?'),
      h('hearken-survey', { survey: 'nps', touchpoint: 'account', brand: 'Northwind Coffee', 'auto-close-ms': '6000' })));
}

/** Unknown route. */
export function notFoundView() {
  return h('section', { class: 'screen' }, h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '/app/', 'data-link': '' }, 'Back to the roasts')));
}
