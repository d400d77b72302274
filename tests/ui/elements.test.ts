// @vitest-environment jsdom
/** Plain DOM elements of the question step (src/ui/elements.ts). */
import { describe, expect, it } from 'vitest';
import { SVG, element, heading } from '../../src/ui/elements';

describe('element', () => {
  it('sets the attributes as written and shows strings as text, never as markup', () => {
    const made = element(document, 'p', { id: 'hk-question', 'aria-hidden': 'true' }, ['<b>Hi</b>', element(document, 'span', {}, ['there'])]);
    expect(made.outerHTML).toBe('<p id="hk-question" aria-hidden="true">&lt;b&gt;Hi&lt;/b&gt;<span>there</span></p>');
    expect(made.querySelector('b')).toBeNull();
  });

  it('makes SVG elements in their namespace', () => {
    const made = element(document, 'svg', { viewBox: '0 0 24 24' }, [element(document, 'circle', { r: '10' }, [], SVG)], SVG);
    expect(made.namespaceURI).toBe(SVG);
    expect(made.firstElementChild!.namespaceURI).toBe(SVG);
    expect(made.getAttribute('viewBox')).toBe('0 0 24 24');
  });
});

describe('heading', () => {
  it('is the paragraph the dialog is labelled by, its text shown as text', () => {
    const made = heading(document, 'How likely <i>are</i> you…?');
    expect(made.outerHTML).toBe('<p id="hk-question" class="hk-question">How likely &lt;i&gt;are&lt;/i&gt; you…?</p>');
  });
});
