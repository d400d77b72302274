// @vitest-environment jsdom
/** The later steps' stylesheet (src/ui/later-styles.ts) and the question's, which hearken-ui.js carries alone. */
import { describe, expect, it } from 'vitest';
import { laterCss } from '../../src/ui/later-styles';
import { css, questionCss } from '../../src/ui/styles';

/** The selectors of a stylesheet's rules, parsed by jsdom (those inside @media and @supports too). */
function selectors(text: string): string[] {
  const style = document.head.appendChild(document.createElement('style'));
  style.textContent = text;
  const out: string[] = [];
  const visit = (rules: CSSRuleList) =>
    [...rules].forEach((rule) => (rule instanceof CSSStyleRule ? out.push(rule.selectorText) : 'cssRules' in rule && visit((rule as CSSGroupingRule).cssRules)));
  visit(style.sheet!.cssRules);
  style.remove();
  return out;
}

describe('the stylesheets of the two files', () => {
  it('make the whole stylesheet, the question\'s first', () => {
    expect(css).toBe(questionCss + '\n' + laterCss);
  });

  it('leave the later steps\' controls to the later sheet', () => {
    const question = selectors(questionCss).join(' ');
    for (const only of ['.hk-reasons', '.hk-contact', '.hk-actions', '.hk-link-button', 'fieldset', '#hk-contact-value']) {
      expect(question).not.toContain(only);
    }
    expect(selectors(laterCss).join(' ')).toContain('.hk-reasons label');
  });

  // the reasons' 32 px and the link's 36 px, after it, undid the 44 px: tests/e2e/a11y-targets.test.ts measures them
  it('keep the touch targets of the later steps at 44 px on coarse pointers, whatever comes after', () => {
    expect(laterCss).toContain('@media(pointer:coarse){.hk-actions button,.hk-reasons label,.hk-link-button{min-height:44px!important}}');
    expect(questionCss).toContain('@media(pointer:coarse){.hk-scale button{min-height:44px}}');
  });
});
