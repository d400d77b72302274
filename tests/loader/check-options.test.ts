// @vitest-environment jsdom
/**
 * The npm entry's checks' chunk (src/loader/check-options.ts): the widget's checks of createHearken's options,
 * without their messages, and what they remember (what a page view imports: tests/esm-light.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HearkenOptions } from '../../src/config/index';
import { checkGiven } from '../../src/loader/check-options';
import { attributesHash, optionsText } from '../../src/loader/index';

const check = (options: HearkenOptions, env?: Parameters<typeof checkGiven>[3]) => checkGiven(window, options, optionsText(options)!, env);

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('checkGiven', () => {
  it('right options: true, remembered as the widget remembers them (and under a key of their own); nothing is said', () => {
    const error = vi.spyOn(console, 'error');
    const options: HearkenOptions = { endpoint: '/collect', survey: 'csat', scroll: 50, sample: 0.2, meta: { plan: 'pro' } };
    expect(check(options)).toBe(true);
    const hash = attributesHash(optionsText(options)!);
    expect(localStorage.getItem('hearken:checked')).toBe(hash);
    expect(localStorage.getItem('hearken:checked:' + hash)).toBeTruthy();
    // under a sample, the visitor's id is made (as the widget makes it), so the light part can place them
    expect(localStorage.getItem('hearken:visitor')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(error).not.toHaveBeenCalled();
  });

  it.each([
    ['a bad value', { endpoint: '/collect', scroll: 150 }],
    ['a near miss of a choice', { endpoint: '/collect', position: 'bottom-rigth' }],
    ['no endpoint and no transport', { survey: 'nps' }],
    ['a pipeline without its write key', { transport: 'segment' }],
    ['a scale the survey does not have', { endpoint: '/collect', survey: 'nps', scale: 5 }],
  ])('%s: false, nothing remembered, nothing said (the widget comes and says it)', (_, options) => {
    const error = vi.spyOn(console, 'error');
    expect(check(options as HearkenOptions)).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(error).not.toHaveBeenCalled();
  });

  it('takes a shared outbox in place of an endpoint, as the widget does', () => {
    // (an app's shared outbox; the check looks at whether there is one)
    expect(check({ survey: 'nps' }, { delivery: {} as never })).toBe(true);
    expect(check({ survey: 'nps' })).toBe(false);
  });

  it('remembers nothing under Global Privacy Control with respectGpc, yet finds them right', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      expect(check({ endpoint: '/collect', respectGpc: true })).toBe(true);
      expect(localStorage.length).toBe(0);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });
});
