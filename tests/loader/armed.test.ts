// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { armTriggers, makeArm } from '../../src/loader/armed';
import { checkAttributes } from '../../src/loader/check';
import { attributesHash, attributesOf } from '../../src/loader/gate';
import { CHECKS_GLOBAL } from '../../src/storage/index';

let wakes: number;
const wake = () => void wakes++;
const attributes = (given: Record<string, string>) => (name: string) => (name in given ? given[name] : null);

beforeEach(() => {
  wakes = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('armTriggers (dist/hearken-triggers.js)', () => {
  it('a delay wakes the full script 3 s before it ends, and says what is left', () => {
    const left = armTriggers(window, attributes({ delay: '10000' }), wake);
    vi.advanceTimersByTime(6_999);
    expect(wakes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(wakes).toBe(1);
    vi.advanceTimersByTime(500);
    expect(left()).toBe(2_500);
  });

  it('exit intent wakes it with nothing left to wait, once; data-exit-intent="false" arms none', () => {
    const leave = () => document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, relatedTarget: null }));
    const left = armTriggers(window, attributes({ 'exit-intent': '', delay: '600000' }), wake);
    leave();
    leave();
    expect(wakes).toBe(1);
    expect(left()).toBe(0);
    const none = armTriggers(window, attributes({ 'exit-intent': ' false ', 'on-event': 'added' }), wake);
    leave();
    expect(wakes).toBe(1);
    window.dispatchEvent(new Event('added'));
    expect(wakes).toBe(2);
    expect(none()).toBe(0);
  });

  it('fired, it wakes the full script at once, whose file (hearken-prompt.js) hearken.js fetches; a delay wakes it 3 s before its end', async () => {
    const left = armTriggers(window, attributes({ scroll: '0' }), wake);
    await vi.advanceTimersByTimeAsync(0);
    expect(wakes).toBe(1);
    expect(left()).toBe(0);
    armTriggers(window, attributes({ 'on-event': 'added' }), wake);
    window.dispatchEvent(new Event('added'));
    expect(wakes).toBe(2);
    // a delay wakes it 3 s before its end: the full script has those 3 s
    armTriggers(window, attributes({ delay: '4000' }), wake);
    vi.advanceTimersByTime(999);
    expect(wakes).toBe(2);
    vi.advanceTimersByTime(1);
    expect(wakes).toBe(3);
  });

  it('asked before anything fired, it disarms them: nothing wakes later', () => {
    const left = armTriggers(window, attributes({ 'on-event': 'added', delay: '5000' }), wake);
    vi.advanceTimersByTime(1_000);
    expect(left()).toBe(4_000);
    window.dispatchEvent(new Event('added'));
    vi.advanceTimersByTime(10_000);
    expect(wakes).toBe(0);
  });

  it('before the window has loaded, the delay is not yet counting: the full script counts it from the load', () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    try {
      const left = armTriggers(window, attributes({ delay: '5000' }), wake);
      expect(left()).toBeUndefined();
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });
});

describe('makeArm: what hearken.js calls, with its script tag and its decision', () => {
  const tag = (given: Record<string, string>) => {
    const script = document.createElement('script');
    for (const [name, value] of Object.entries(given)) script.setAttribute('data-' + name, value);
    return script;
  };
  const leave = () => document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, relatedTarget: null }));
  const here = window as unknown as Record<string, unknown>;
  let asked: string[];
  let load: (path: string) => Promise<void>;
  let decide: ReturnType<typeof vi.fn<() => void>>;
  beforeEach(() => {
    localStorage.clear();
    asked = [];
    load = (path) => (asked.push(path), Promise.resolve());
    decide = vi.fn<() => void>();
  });
  afterEach(() => void delete here[CHECKS_GLOBAL]);

  it('attributes found right before are armed at once, without hearken-checks.js', async () => {
    const given = { endpoint: '/collect', 'exit-intent': '' };
    localStorage.setItem('hearken:checked', attributesHash(attributesOf(tag(given))));
    const left = makeArm(load)(window, attributes(given), wake, tag(given), decide);
    leave();
    await vi.advanceTimersByTimeAsync(0);
    expect([wakes, left(), decide.mock.calls.length]).toEqual([1, 0, 0]);
    expect(asked).toEqual([]);
  });

  it('others (a first page view) are checked by hearken-checks.js first: right, remembered, and hearken.js decides again; nothing is armed here', async () => {
    const given = { endpoint: '/collect', 'exit-intent': '' };
    const checks = vi.fn(checkAttributes);
    load = (path) => (asked.push(path), (here[CHECKS_GLOBAL] = checks), Promise.resolve());
    const left = makeArm(load)(window, attributes(given), wake, tag(given), decide);
    await vi.advanceTimersByTimeAsync(0);
    expect([asked, checks.mock.calls.length, decide.mock.calls.length, wakes]).toEqual([['hearken-checks.js'], 1, 1, 0]);
    expect(localStorage.getItem('hearken:checked')).toBe(attributesHash(attributesOf(tag(given))));
    leave();
    await vi.advanceTimersByTimeAsync(0);
    expect([wakes, left()]).toEqual([0, undefined]);
  });

  it('wrong ones, right ones not remembered (storage refuses the write), or a hearken-checks.js that does not load, bring the full script at once (which reports what is wrong)', async () => {
    here[CHECKS_GLOBAL] = checkAttributes;
    makeArm(load)(window, attributes({}), wake, tag({ endpoint: '/collect', 'exit-intent': '', position: 'middle' }), decide);
    await vi.advanceTimersByTimeAsync(0);
    expect([asked, wakes]).toEqual([[], 1]);
    expect(localStorage.getItem('hearken:checked')).toBeNull();
    const refused = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    makeArm(load)(window, attributes({}), wake, tag({ endpoint: '/collect', 'exit-intent': '' }), decide);
    await vi.advanceTimersByTimeAsync(0);
    refused.mockRestore();
    expect([wakes, decide.mock.calls.length]).toEqual([2, 0]);
    delete here[CHECKS_GLOBAL];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    makeArm(() => Promise.reject(new Error('could not load https://shop.example/js/hearken-checks.js')))(window, attributes({}), wake, tag({ endpoint: '/collect', 'exit-intent': '' }), decide);
    await vi.advanceTimersByTimeAsync(0);
    expect([wakes, decide.mock.calls.length]).toEqual([3, 0]);
    // the missing file is said once, with what to do; the checks' own verdicts above said nothing
    expect(error.mock.calls).toEqual([['[hearken] could not load https://shop.example/js/hearken-checks.js: copy hearken-checks.js beside hearken.js']]);
    error.mockRestore();
  });
});
