// @vitest-environment jsdom
/**
 * The attribute checks of dist/hearken-checks.js (src/loader/check.ts): the full script's own, without messages,
 * and what they remember.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPTIONS_KEPT, checkAttributes, rememberChecked, rememberOptions } from '../../src/loader/check';
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

  it('right attributes that cannot be remembered (storage refuses the write): false, since hearken.js could not stay light on them', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(checkAttributes(window, tag({ 'data-endpoint': '/collect', 'data-trigger': 'manual' }))).toBe(false);
    expect(localStorage.getItem('hearken:checked')).toBeNull();
  });

  it('under data-sample, a visitor without an id (a first page view) gets one, made as the full script makes it; true once it is kept', () => {
    const script = tag({ 'data-endpoint': '/collect', 'data-sample': '10%', 'data-trigger': 'manual' });
    expect(checkAttributes(window, script)).toBe(true);
    const id = localStorage.getItem('hearken:visitor');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // asked again (a later page view whose attributes changed), the id stays
    expect(checkAttributes(window, tag({ 'data-endpoint': '/collect', 'data-sample': '0.1' }))).toBe(true);
    expect(localStorage.getItem('hearken:visitor')).toBe(id);
  });

  it('no sample, or one of 100 %, makes no id; an http page (no crypto.randomUUID) makes none here and answers false: the full script comes and makes it by its fallback', () => {
    for (const sample of [{}, { 'data-sample': '1' }, { 'data-sample': '100%' }] as Record<string, string>[]) {
      expect(checkAttributes(window, tag({ 'data-endpoint': '/collect', ...sample }))).toBe(true);
      expect(localStorage.getItem('hearken:visitor')).toBeNull();
    }
    const crypto = window.crypto as { randomUUID?: unknown };
    const randomUUID = crypto.randomUUID;
    crypto.randomUUID = undefined;
    try {
      expect(checkAttributes(window, tag({ 'data-endpoint': '/collect', 'data-sample': '10%' }))).toBe(false);
    } finally {
      crypto.randomUUID = randomUUID;
    }
    expect(localStorage.getItem('hearken:visitor')).toBeNull();
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

describe('attributesOf', () => {
  it("is the tag's data-* attributes alone: another value, a new one or one gone changes it; the src, the nonce or a class does not", () => {
    const seen = attributesOf(tag({ src: '/hearken.js', 'data-endpoint': '/collect', 'data-on-event': 'added' }));
    expect(attributesOf(tag({ 'data-endpoint': '/collect', 'data-on-event': 'added', src: '/v2/hearken.js', nonce: 'r4nd0m', class: 'x' }))).toBe(seen);
    expect(attributesOf(tag({ src: '/hearken.js', 'data-endpoint': '/collect', 'data-on-event': 'add' }))).not.toBe(seen);
    expect(attributesOf(tag({ src: '/hearken.js', 'data-endpoint': '/collect', 'data-on-event': 'added', 'data-trigger': 'manual' }))).not.toBe(seen);
    expect(attributesOf(tag({ src: '/hearken.js', 'data-endpoint': '/collect' }))).not.toBe(seen);
    // a value holding what once separated them cannot pass for two attributes
    expect(attributesOf(tag({ 'data-endpoint': '/collect\ndata-survey=ces' }))).not.toBe(attributesOf(tag({ 'data-endpoint': '/collect', 'data-survey': 'ces' })));
  });
});

describe('rememberChecked', () => {
  it('remembers nothing under Global Privacy Control when data-respect-gpc asks to respect it', () => {
    const gpc = { ...window, localStorage, navigator: { globalPrivacyControl: true } } as unknown as Window;
    expect(rememberChecked(gpc, { respectGpc: true }, 'data-respect-gpc=\n')).toBe(false);
    expect(localStorage.getItem('hearken:checked')).toBeNull();
    expect(rememberChecked(gpc, {}, 'data-endpoint=/collect\n')).toBe(true);
    expect(localStorage.getItem('hearken:checked')).toBe(attributesHash('data-endpoint=/collect\n'));
  });

  it("brings a history in 0.1's field names into today's, which is all dist/hearken.js reads", () => {
    localStorage.setItem('hearken:history', JSON.stringify({ nps: { a: 1000 } }));
    rememberChecked(window, {}, '');
    expect(JSON.parse(localStorage.getItem('hearken:history')!)).toEqual({ nps: { answeredAt: 1000 } });
  });
});

describe('rememberOptions', () => {
  const options = { endpoint: '/collect', survey: 'csat' as const };
  const own = () => Object.keys(localStorage).filter((key) => key.startsWith('hearken:checked:'));

  it('remembers the options as the last found right, and under a key of their own', () => {
    rememberOptions(window, options, 'csat options');
    expect(localStorage.getItem('hearken:checked')).toBe(attributesHash('csat options'));
    expect(own()).toEqual(['hearken:checked:' + attributesHash('csat options')]);
  });

  it(`keeps at most ${OPTIONS_KEPT} options' keys, dropping the oldest: options that change on every page do not pile up`, () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // a key of an earlier build, then a widget whose options change on every page (its question names the product)
      localStorage.setItem('hearken:checked:old', '1');
      for (let order = 1; order <= OPTIONS_KEPT + 5; order++) {
        vi.setSystemTime(order * 1000);
        rememberOptions(window, options, 'order ' + order);
      }
      expect(own()).toHaveLength(OPTIONS_KEPT);
      expect(localStorage.getItem('hearken:checked:old')).toBeNull();
      // the newest stay: the last page's options are still trusted
      expect(localStorage.getItem('hearken:checked:' + attributesHash('order ' + (OPTIONS_KEPT + 5)))).toBeTruthy();
      expect(localStorage.getItem('hearken:checked:' + attributesHash('order 5'))).toBeNull();
      expect(localStorage.getItem('hearken:checked:' + attributesHash('order 6'))).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
