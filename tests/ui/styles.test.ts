// @vitest-environment jsdom
/**
 * The prompt's stylesheet (src/ui/styles.ts), parsed as a browser would and matched against a prompt as drawn, and
 * how it reaches the shadow root: adopted where the browser can, else a <style> carrying the page's nonce.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptStyles, css } from '../../src/ui/styles';
import { renderPrompt } from '../../src/ui/render';
import { model, radios, shadow, spies } from '../dom';

describe('the stylesheet, as drawn', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.head.innerHTML = '';
  });

  /** The stylesheet's rules, parsed by jsdom. */
  function rules(): CSSRule[] {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = css;
    return [...style.sheet!.cssRules];
  }

  /** The declarations that apply to `el` (later rules win), with those under the media query `media` when given. */
  function applied(el: Element, media?: string): Record<string, string> {
    const out: Record<string, string> = {};
    const visit = (list: CSSRule[]) =>
      list.forEach((rule) => {
        if (rule instanceof CSSMediaRule) {
          if (media && rule.media.mediaText.replace(/\s/g, '') == media.replace(/\s/g, '')) visit([...rule.cssRules]);
        } else if (rule instanceof CSSStyleRule && rule.selectorText.split(',').some((s) => !s.includes('::') && !s.includes(':hover') && el.matches(s))) {
          for (const name of rule.style) out[name] = rule.style.getPropertyValue(name).trim();
        }
      });
    visit(rules());
    return out;
  }

  const dialog = () => shadow().querySelector('[role=dialog]')!;

  describe('the stylesheet', () => {
    it('parses whole: every rule of it reaches the browser', () => {
      // the top-level blocks, counted by their closing braces
      let depth = 0;
      let blocks = 0;
      for (const c of css) (c == '{' ? depth++ : c == '}' && --depth == 0 && blocks++);
      expect(blocks).toBeGreaterThan(20);
      expect(rules()).toHaveLength(blocks);
    });

    it.each(['accent', 'bg', 'fg', 'radius', 'font', 'z'])('can be themed with --hearken-%s', (name) => {
      expect(css).toContain(`var(--hearken-${name},`);
    });

    it('floats the prompt above the page, in the corner, unless it is drawn inline', () => {
      renderPrompt(document.body, model(), spies());
      expect(applied(dialog())).toMatchObject({ position: 'fixed', 'z-index': 'var(--hearken-z,2147483647)', bottom: 'calc(16px + var(--hearken-offset,0px))' });
      document.body.innerHTML = '';
      renderPrompt(document.body, model({ inline: true }), spies());
      expect(applied(dialog()).position).not.toBe('fixed');
    });

    it('takes the whole width at the bottom of a small screen', () => {
      renderPrompt(document.body, model({ position: 'center' }), spies());
      expect(applied(dialog(), '(max-width:480px)')).toMatchObject({ width: 'auto', transform: 'none', left: '0px', right: '0px', bottom: 'var(--hearken-offset,0px)' });
    });

    it('does not animate for visitors who ask for reduced motion', () => {
      renderPrompt(document.body, model(), spies());
      expect(applied(dialog()).animation).toMatch(/^hk-rise /);
      expect(applied(dialog(), '(prefers-reduced-motion:reduce)').animation).toBe('none');
    });

    it('follows the theme asked for: dark colours for dark, and for auto only when the system is dark', () => {
      renderPrompt(document.body, model({ theme: 'dark' }), spies());
      expect(applied(dialog())['--hk-bg']).toBe('var(--hearken-bg,#16191d)');
      document.body.innerHTML = '';
      renderPrompt(document.body, model({ theme: 'auto' }), spies());
      expect(applied(dialog())['--hk-bg']).toBe('var(--hearken-bg,#fff)');
      expect(applied(dialog(), '(prefers-color-scheme:dark)')['--hk-bg']).toBe('var(--hearken-bg,#16191d)');
    });

    it('gives each score a target of at least 24 px, and 44 px high on touch screens', () => {
      renderPrompt(document.body, model(), spies());
      expect(applied(radios()[0]!)).toMatchObject({ 'min-width': '24px', 'min-height': '36px' });
      expect(applied(radios()[0]!, '(pointer:coarse)')['min-height']).toBe('44px');
    });

    it('keeps the live region out of sight but in the accessibility tree', () => {
      renderPrompt(document.body, model(), spies());
      const live = applied(shadow().querySelector('[aria-live]')!);
      expect(live).toMatchObject({ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' });
      expect(live.display).not.toBe('none');
    });

    it('shows where the keyboard focus is', () => {
      const focus = rules().find((rule) => rule instanceof CSSStyleRule && rule.selectorText == ':focus-visible') as CSSStyleRule;
      expect(focus.style.getPropertyValue('outline')).toMatch(/^2px solid/);
    });
  });

});

describe('how it reaches the shadow root', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.innerHTML = document.body.innerHTML = '';
  });

  const shadowRoot = () => document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });

  describe('adoptStyles', () => {
    it('adopts a constructable stylesheet where the browser has them, adding no element', () => {
      const root = shadowRoot();
      adoptStyles(root, document, css);
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
      adoptStyles(root, document, css);
      const style = root.querySelector('style')!;
      expect([style.getAttribute('nonce'), style.textContent]).toEqual(['abc', css]);
    });

    it('without constructable stylesheets and without a nonce appends a plain <style>', () => {
      vi.stubGlobal('CSSStyleSheet', undefined);
      const root = shadowRoot();
      adoptStyles(root, document, css);
      expect(root.querySelector('style')!.hasAttribute('nonce')).toBe(false);
    });
  });

  describe('the stylesheet', () => {
    // What the oldest claimed browsers (Chrome 80, Firefox 78, Safari 13.1) drop, outside an @supports that guards it.
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
      expect(css).toMatch(/@supports\(color:color-mix\([^{]*\{\.hk-card\{--hk-muted:color-mix/);
    });
  });

});
