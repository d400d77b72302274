// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptStyles, css } from '../../src/ui/styles';

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.innerHTML = document.body.innerHTML = '';
});

const shadowRoot = () => document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });

describe('adoptStyles', () => {
  it('adopts a constructable stylesheet where the browser has them, adding no element', () => {
    const root = shadowRoot();
    adoptStyles(root, document);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.querySelector('style')).toBeNull();
  });

  it.each([
    ['the nonce property', (s: HTMLScriptElement) => (s.nonce = 'abc')],
    // Safari before 15.4 has no nonce property: only the attribute
    ['only the nonce attribute', (s: HTMLScriptElement) => Object.defineProperty(s, 'nonce', { value: '' })],
  ])('without constructable stylesheets appends a <style> carrying the nonce of hearken\'s script (%s)', (_, setNonce) => {
    const script = document.head.appendChild(document.createElement('script'));
    script.setAttribute('src', '/dist/hearken.js');
    script.setAttribute('nonce', 'abc');
    setNonce(script);
    vi.stubGlobal('CSSStyleSheet', function () {
      throw new TypeError('Illegal constructor');
    });
    const root = shadowRoot();
    adoptStyles(root, document);
    const style = root.querySelector('style')!;
    expect([style.getAttribute('nonce'), style.textContent]).toEqual(['abc', css]);
  });

  it('without constructable stylesheets and without a nonce appends a plain <style>', () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    const root = shadowRoot();
    adoptStyles(root, document);
    expect(root.querySelector('style')!.hasAttribute('nonce')).toBe(false);
  });
});

describe('the stylesheet', () => {
  // What the oldest claimed browsers (Chrome 80, Firefox 74, Safari 13.1) drop, outside an @supports that guards it.
  const outsideSupports = css.replace(/@supports\([^)]*\)\)?\{[^{}]*\{[^{}]*\}\}/g, '');
  it.each([
    ['color-mix()', /color-mix\(/, 'Chrome 111, Firefox 113, Safari 16.2'],
    ['the translate property', /[{;]translate:/, 'Chrome 104'],
    ['logical insets (inset-inline…)', /inset-(inline|block)|[{;]inset:/, 'Chrome 87, Safari 14.1'],
    ['margin-inline / padding-inline shorthands', /(margin|padding)-(inline|block):/, 'Chrome 87, Safari 14.1'],
    ['min(), max(), clamp()', /\b(min|max|clamp)\(/, 'Firefox 75'],
    ['flex gap', /[{;]gap:/, 'Chrome 84, Safari 14.1'],
  ])('uses no %s outside @supports (needs %s)', (_, pattern) => {
    expect(outsideSupports).not.toMatch(pattern);
  });

  it('upgrades the muted colours with color-mix() inside @supports', () => {
    expect(css).toMatch(/@supports\(color:color-mix\([^{]*\{\.c\{--m:color-mix/);
  });
});
