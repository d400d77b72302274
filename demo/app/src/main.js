/**
 * Northwind, the storefront app: a single-page app that uses hearken through its npm entry, the way
 * an app team would. It asks CSAT about the checkout when a purchase happens (the `onEvent: 'purchase'`
 * rule, fired by `track('purchase')`), CSAT about the delivery on a route (the `pages: ['/app/orders*']`
 * rule, evaluated again on every route change), holds a `<hearken-survey>` on the account route, and
 * delivers answers through its own transport (a bearer token on every request).
 */
import { createHearken, defineHearkenElement } from 'hearken';
import { createBearerTransport } from './transport.js';
import { matchRoute, startRouter } from './router.js';
import { accountView, checkoutView, homeView, notFoundView, ordersView, productView } from './views.js';

const transport = createBearerTransport({ endpoint: '/collect', token: 'demo-token' });

const hearken = createHearken({
  transport,
  brand: 'Northwind Coffee',
  survey: 'csat',
  touchpoint: 'checkout',
  subject: 'your checkout',
  onEvent: 'purchase',
  // centred at the bottom: over the app's column on a wide screen, like a bottom sheet on a phone
  position: 'bottom',
  // the console says why a purchase did not ask (once answered, the re-survey wait holds)
  debug: true,
});

// A prompt on a route: CSAT about the delivery, 1.5 s after the orders route opens. hearken sees the
// router's pushState (and the back button) as a new page view and runs the rules again: on any other
// route the `pages` filter holds it back, and leaving /app/orders before the delay cancels it.
// `debug` logs on the console which rule decided, once per verdict.
const deliveryPrompt = createHearken({
  transport,
  brand: 'Northwind Coffee',
  survey: 'csat',
  touchpoint: 'delivery',
  question: 'How satisfied are you with the delivery of your order?',
  pages: ['/app/orders*'],
  delay: 1500,
  position: 'bottom',
  debug: true,
});

for (const widget of [hearken, deliveryPrompt]) {
  widget.identify('u-4711', { plan: 'subscriber' });
  widget.on('sent', ({ answers }) => console.info(`[hearken] demo app: ${answers.length} answer(s) delivered`));
  widget.on('error', ({ message }) => console.warn(message));
}

// Every <hearken-survey> of the app delivers through the same transport.
defineHearkenElement('hearken-survey', { transport });

/** @type {import('./views.js').AppState} */
const state = { cart: [], order: null, placed: [] };
const main = /** @type {HTMLElement} */ (document.getElementById('view'));

const routes = [
  { pattern: '/app', view: () => homeView() },
  { pattern: '/app/product/:slug', view: (/** @type {Record<string, string>} */ p) => productView(p.slug, { onAdd }) },
  { pattern: '/app/checkout', view: () => checkoutView(state, { onPlace }) },
  { pattern: '/app/orders', view: () => ordersView(state) },
  { pattern: '/app/account', view: () => accountView() },
];

/** @param {string} path */
function render(path) {
  const found = matchRoute(routes, path);
  main.replaceChildren(found ? found.route.view(found.params) : notFoundView());
  for (const link of document.querySelectorAll('.tabs a')) {
    const here = /** @type {HTMLAnchorElement} */ (link).pathname.replace(/\/$/, '') == path.replace(/\/$/, '');
    here ? link.setAttribute('aria-current', 'page') : link.removeAttribute('aria-current');
  }
  const title = main.querySelector('h1');
  document.title = `${title ? title.textContent : 'Northwind'} — Northwind app`;
  const cartCount = document.getElementById('cart-count');
  if (cartCount) cartCount.textContent = String(state.cart.length);
}

const router = startRouter(window, render);

/** @param {string} slug */
function onAdd(slug) {
  state.cart.push(slug);
  state.order = null;
  router.navigate('/app/checkout');
}

function onPlace() {
  state.order = 'NW-' + (20000 + Math.floor(Math.random() * 9000));
  state.placed.unshift({ id: state.order, items: state.cart.slice() });
  state.cart = [];
  render('/app/checkout');
  // The purchase is the moment to ask: the widget's `onEvent: 'purchase'` rule shows CSAT now.
  hearken.track('purchase');
}
