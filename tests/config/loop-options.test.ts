// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LOOP_OPTIONS } from '../../src/config/loop-options';
import { optionsFromAttributes } from '../../src/config/attributes';
import { checkOptions, kebab } from '../../src/config/options';

describe('the loop options', () => {
  it('are the attributes and options issue 13 names', () => {
    expect(LOOP_OPTIONS.map((o) => 'data-' + kebab(o)).sort()).toEqual(
      [
        'data-reasons', 'data-reasons-for', 'data-reasons-detractor', 'data-reasons-passive', 'data-reasons-promoter',
        'data-reasons-unsatisfied', 'data-reasons-neutral', 'data-reasons-satisfied', 'data-reasons-difficult', 'data-reasons-easy',
        'data-contact', 'data-contact-for', 'data-contact-purpose', 'data-review-url', 'data-review-label', 'data-scrub',
      ].sort(),
    );
  });

  it('are read from their attributes and carried, unchecked, to the kit (which checks them when it draws)', () => {
    const el = document.createElement('script');
    for (const option of LOOP_OPTIONS) el.setAttribute('data-' + kebab(option), option + '?');
    const errors: unknown[] = [];
    const options = optionsFromAttributes(el, 'data-', (said) => errors.push(said)) as Record<string, unknown>;
    expect(errors).toEqual([]);
    for (const option of LOOP_OPTIONS) expect(options[option]).toBe(option + '?');
  });

  it('pass as JS options, whatever their type', () => {
    const reasons = [{ key: 'late', label: 'Late' }];
    expect(checkOptions({ reasons, contact: 'email', scrub: false, reviewUrl: 5 }, () => {})).toEqual({ reasons, contact: 'email', scrub: false, reviewUrl: 5 });
  });
});
