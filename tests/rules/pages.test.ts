import { describe, expect, it } from 'vitest';
import { checkPages, splitPatterns } from '../../src/rules/pages';

const at = (url: string) => new URL(url);

describe('the pages filter', () => {
  it.each([
    // patterns, url, shown
    [undefined, 'https://shop.example/anything', true],
    [[], 'https://shop.example/anything', true],
    ['/blog/*', 'https://shop.example/blog/post-1', true],
    ['/blog/*', 'https://shop.example/checkout', false],
    ['/blog/*', 'https://shop.example/blog/', true],
    ['/blog/*', 'https://shop.example/blogger', false],
    ['/pricing', 'https://shop.example/pricing/', true],
    ['/pricing/', 'https://shop.example/pricing', true],
    ['/pricing', 'https://shop.example/pricing?plan=pro#faq', true],
    ['/pricing', 'https://shop.example/pricing-old', false],
    ['/', 'https://shop.example/', true],
    ['/', 'https://shop.example/about', false],
    ['*', 'https://shop.example/x/y/z', true],
    ['/shop/*/thanks', 'https://shop.example/shop/order-9/thanks', true],
    ['/search?q=*', 'https://shop.example/search?q=shoes', true],
    ['/search?q=*', 'https://shop.example/search', false],
    ['/#/checkout*', 'https://shop.example/#/checkout/pay', true],
    ['/a.b', 'https://shop.example/aXb', false], // a dot is a dot, not "any character"
    ['https://shop.example/*', 'https://shop.example/blog/x', true],
    ['https://shop.example/*', 'https://other.example/blog/x', false],
    ['https://*.example/blog/*', 'https://de.shop.example/blog/x?y=1', true],
    [['/blog/*', '/docs/*'], 'https://shop.example/docs/intro', true],
    [['/blog/*', '!/blog/drafts/*'], 'https://shop.example/blog/drafts/x', false],
    [['/blog/*', '!/blog/drafts/*'], 'https://shop.example/blog/live', true],
    ['!/checkout*', 'https://shop.example/checkout/pay', false],
    ['!/checkout*', 'https://shop.example/cart', true],
    ['/blog/*, !/blog/drafts/*', 'https://shop.example/blog/drafts/1', false],
    ['/blog/* /docs/*', 'https://shop.example/docs/x', true],
  ])('%j on %s → %s', (patterns, url, shown) => {
    expect(!checkPages(patterns as string | string[] | undefined, at(url))).toBe(shown);
  });
});

describe('the pages filter says why not', () => {
  it.each([
    ['/blog/*', 'https://s.example/checkout', 'pages: /checkout not in /blog/*'],
    [['/blog/*', '/docs/*'], 'https://s.example/checkout', 'pages: /checkout not in /blog/*,/docs/*'],
    [['/blog/*', '!/blog/drafts/*'], 'https://s.example/blog/drafts/1', 'pages: /blog/drafts/1 excluded by !/blog/drafts/*'],
    ['/blog/*', 'https://s.example/blog/1', ''],
  ])('%j on %s', (patterns, url, reason) => {
    expect(checkPages(patterns, at(url))).toBe(reason);
  });
});

describe('splitPatterns', () => {
  it('splits on commas and spaces and drops empties', () => {
    expect(splitPatterns(' /a/*,  !/a/b ,,/c ')).toEqual(['/a/*', '!/a/b', '/c']);
  });

  it("reads the npm option's list as the text it makes, as the light start's gate does: both find the same patterns", () => {
    expect(splitPatterns([' /a/* ', '!/a/b', '/c, /d', ''])).toEqual(['/a/*', '!/a/b', '/c', '/d']);
  });
});
