/**
 * Pages styled by real shop themes' published CSS (tests/e2e/fixtures/themes/, GPL, with their licences): the
 * markup is written here after the themes' templates (the classes their CSS styles), the CSS is theirs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestServer } from '../harness/server';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'themes');

/** One theme: its stylesheets (served under /themes/<name>/) and a page of its kind. */
interface ThemePage {
  sheets: string[];
  /** `<body>`'s classes, as WordPress prints them. */
  bodyClass: string;
  body: string;
  /** What the theme's Customizer prints inline (colours), written here. */
  inline?: string;
}

const TWENTY_TWENTY_ONE: ThemePage = {
  sheets: ['style.css'],
  bodyClass: 'post-template-default single single-post wp-embed-responsive is-light-theme singular has-main-navigation',
  body: `<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu">
  <div class="site-branding"><p class="site-title"><a href="/">Northwind Coffee</a></p><p class="site-description">Small-batch roasts, shipped fresh</p></div>
  <nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
    <li class="menu-item"><a href="/shop">Shop</a></li><li class="menu-item"><a href="/journal">Journal</a></li><li class="menu-item"><a href="/about">About</a></li>
  </ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
  <article class="post type-post status-publish entry">
    <header class="entry-header alignwide"><h1 class="entry-title">A brewing guide for the V60</h1></header>
    <div class="entry-content"><p>Fifteen grams of coffee, two hundred and fifty of water just off the boil.</p><p>Bloom for thirty seconds, then pour in slow circles.</p>
    <div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/shop">Shop the beans</a></div></div></div>
    <footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published December 4, 2026</span></div></footer>
  </article>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">Northwind Coffee</div><div class="powered-by">Proudly powered by WordPress.</div></div></footer>
</div>`,
};

const STOREFRONT: ThemePage = {
  sheets: ['style.css', 'woocommerce.css'],
  bodyClass: 'product-template-default single single-product woocommerce woocommerce-page storefront-full-width-content right-sidebar woocommerce-active',
  // storefront_customizer_css(): the colours a fresh install prints
  inline: `.storefront-handheld-footer-bar,.storefront-handheld-footer-bar ul li>a,.storefront-handheld-footer-bar ul li.search .site-search{background-color:#fff;color:#333}
.storefront-handheld-footer-bar a:not(.button):not(.components-button){color:#333}
.storefront-handheld-footer-bar ul li.cart .count{background-color:#333;color:#fff;border-color:#fff}`,
  body: `<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner"><div class="col-full">
  <a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
  <div class="site-branding"><div class="beta site-title"><a href="/" rel="home">Northwind Coffee</a></div></div>
  <div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" class="woocommerce-product-search"><label class="screen-reader-text" for="s1">Search for:</label><input type="search" id="s1" class="search-field" placeholder="Search products…" name="s"><button type="submit">Search</button></form></div></div>
</div><div class="storefront-primary-navigation"><div class="col-full">
  <nav id="site-navigation" class="main-navigation" aria-label="Primary Navigation"><button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
  <div class="primary-navigation"><ul class="menu"><li><a href="/shop">Shop</a></li><li><a href="/about">About</a></li></ul></div></nav>
  <ul id="site-header-cart" class="site-header-cart menu"><li><a class="cart-contents" href="/cart"><span class="amount">€29.80</span> <span class="count">2 items</span></a></li></ul>
</div></div></header>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
  <div class="product type-product status-publish instock">
    <div class="woocommerce-product-gallery images"><div class="woocommerce-product-gallery__image" style="aspect-ratio:1;background:#e8ddd0"></div></div>
    <div class="summary entry-summary"><h1 class="product_title entry-title">Ethiopia Guji, 250 g</h1><p class="price"><span class="woocommerce-Price-amount amount">€14.90</span></p>
      <div class="woocommerce-product-details__short-description"><p>Bright and floral, with a finish of bergamot.</p></div>
      <form class="cart"><div class="quantity"><label class="screen-reader-text" for="q1">Quantity</label><input type="number" id="q1" class="input-text qty text" value="1" min="1"></div>
      <button type="submit" class="single_add_to_cart_button button alt">Add to cart</button></form></div>
  </div>
</main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">© Northwind Coffee 2026</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3">
  <li class="my-account"><a href="/account">My Account</a></li>
  <li class="search"><a href="">Search</a><div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" class="woocommerce-product-search"><label class="screen-reader-text" for="s2">Search for:</label><input type="search" id="s2" class="search-field" placeholder="Search products…" name="s"><button type="submit">Search</button></form></div></div></li>
  <li class="cart"><a class="footer-cart-contents" href="/cart">Cart <span class="count">2</span></a></li>
</ul></div>
</div>`,
};

/** The themes, by the folder their CSS is in. */
export const THEMES: Record<string, ThemePage> = { twentytwentyone: TWENTY_TWENTY_ONE, storefront: STOREFRONT };

/** Serves each theme's stylesheets and its page at /themes/<name>.html, with `head` (the script tag) in it. */
export function serveThemes(server: TestServer, head: string): void {
  for (const [name, theme] of Object.entries(THEMES)) {
    for (const sheet of theme.sheets) server.page(`/themes/${name}/${sheet}`, readFileSync(join(fixtures, name, sheet)), { 'Content-Type': 'text/css; charset=utf-8' });
    const links = theme.sheets.map((sheet) => `<link rel="stylesheet" href="/themes/${name}/${sheet}">`).join('');
    server.page(
      `/themes/${name}.html`,
      `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Northwind Coffee</title>${links}${theme.inline ? `<style>${theme.inline}</style>` : ''}${head}</head><body class="${theme.bodyClass}">${theme.body}</body></html>`,
    );
  }
}
