// @vitest-environment jsdom
/**
 * The attribute checks of dist/hearken-checks.js (src/loader/check.ts): the full script's own, without messages,
 * and what they remember.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAttributes, rememberChecked } from '../../src/loader/check';
import { attributesHash, attributesOf } from '../../src/loader/gate';

const tag = (given: Record<string, string>) => {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(given)) script.setAttribute(name, value);
  return script;
};

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('checkAttributes', () => {
  it('right attributes: true, and their hash is remembered, as the full script remembers it; nothing is said', () => {
    const error = vi.spyOn(console, 'error');
    const script = tag({ 'data-endpoint': '/collect', 'data-survey': 'CSAT', 'data-scroll': '50', 'data-sample': '20%', 'data-meta-plan': 'pro' });
    expect(checkAttributes(window, script)).toBe(true);
    expect(localStorage.getItem('hearken:checked')).toBe(attributesHash(attributesOf(script)));
    expect(error).not.toHaveBeenCalled();
  });

  it.each([
    ['a bad value', { 'data-endpoint': '/collect', 'data-scroll': '150' }],
    ['a near miss of a choice', { 'data-endpoint': '/collect', 'data-position': 'bottom-rigth' }],
    ['no endpoint', { 'data-scroll': '50' }],
    ['a pipeline transport without its write key', { 'data-transport': 'segment', 'data-on-event': 'paid' }],
    ['a scale its survey does not have', { 'data-endpoint': '/collect', 'data-survey': 'csat', 'data-scale': '4' }],
  ])('%s: false, nothing remembered and nothing said (the full script comes and says it)', (_, given) => {
    const error = vi.spyOn(console, 'error');
    expect(checkAttributes(window, tag(given))).toBe(false);
    expect(localStorage.getItem('hearken:checked')).toBeNull();
    expect(error).not.toHaveBeenCalled();
  });
});

describe('rememberChecked', () => {
  it('remembers nothing under Global Privacy Control when data-respect-gpc asks to respect it', () => {
    const gpc = { ...window, localStorage, navigator: { globalPrivacyControl: true } } as unknown as Window;
    rememberChecked(gpc, { respectGpc: true }, 'data-respect-gpc=\n');
    expect(localStorage.getItem('hearken:checked')).toBeNull();
    rememberChecked(gpc, {}, 'data-endpoint=/collect\n');
    expect(localStorage.getItem('hearken:checked')).toBe(attributesHash('data-endpoint=/collect\n'));
  });

  it("brings a history in 0.1's field names into today's, which is all dist/hearken.js reads", () => {
    localStorage.setItem('hearken:history', JSON.stringify({ nps: { a: 1000 } }));
    rememberChecked(window, {}, '');
    expect(JSON.parse(localStorage.getItem('hearken:history')!)).toEqual({ nps: { answeredAt: 1000 } });
  });
});
