/**
 * The product page: shows the product named by `?p=` (the catalogue links to it). Plain DOM, no
 * framework; the text is set with textContent.
 */

/** The demo catalogue, by slug. */
export const PRODUCTS = {
  yirgacheffe: { name: 'Yirgacheffe, Ethiopia', notes: 'Jasmine, bergamot, lemon curd. Light roast.', price: '$18.50', unit: '/ 340 g', swatch: 'ethiopia', origin: 'Gedeo zone, 1,900–2,200 m' },
  huila: { name: 'Huila, Colombia', notes: 'Red apple, caramel, cocoa. Medium roast.', price: '$16.00', unit: '/ 340 g', swatch: 'colombia', origin: 'Pitalito, 1,600–1,800 m' },
  gayo: { name: 'Gayo, Sumatra', notes: 'Cedar, dark chocolate, spice. Dark roast.', price: '$17.25', unit: '/ 340 g', swatch: 'sumatra', origin: 'Aceh highlands, 1,400–1,600 m' },
  dripper: { name: 'Ceramic dripper', notes: 'Hand-glazed, fits two-cup filters.', price: '$32.00', unit: '', swatch: 'dripper', origin: 'Made in Portland' },
};

/**
 * Fills the product page for `slug` (unknown slugs show the first product).
 * @param {Document} doc
 * @param {string | null} slug
 */
export function showProduct(doc, slug) {
  const p = PRODUCTS[/** @type {keyof typeof PRODUCTS} */ (slug)] || PRODUCTS.yirgacheffe;
  const set = (/** @type {string} */ id, /** @type {string} */ text) => {
    const node = doc.getElementById(id);
    if (node) node.textContent = text;
  };
  doc.title = `${p.name} — Northwind Coffee`;
  set('product-name', p.name);
  set('product-crumb', p.name);
  set('product-notes', p.notes);
  set('product-origin', p.origin);
  const price = doc.getElementById('product-price');
  if (price) {
    price.textContent = p.price + ' ';
    if (p.unit) price.append(Object.assign(doc.createElement('span'), { textContent: p.unit }));
  }
  const image = doc.getElementById('product-image');
  if (image) {
    image.className = `swatch swatch-${p.swatch} product-image`;
    image.setAttribute('aria-label', p.name);
  }
}

showProduct(document, new URLSearchParams(location.search).get('p'));
