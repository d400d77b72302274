import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, createFaults, seededRandom } from '../../demo/server/faults.mjs';

const run = (faults: ReturnType<typeof createFaults>, n: number) => Array.from({ length: n }, () => faults.take());

describe('createFaults', () => {
  it('gives no random faults unless a rate is asked for', () => {
    expect(new Set(run(createFaults(undefined), 50))).toEqual(new Set(['ok']));
    expect(new Set(run(createFaults({ seed: 3, slowMs: 10 }), 50))).toEqual(new Set(['ok']));
  });

  it('repeats the same sequence for the same seed, and a different one for another seed', () => {
    const a = run(createFaults({ rate: 0.5, seed: 42 }), 40);
    expect(run(createFaults({ rate: 0.5, seed: 42 }), 40)).toEqual(a);
    expect(run(createFaults({ rate: 0.5, seed: 43 }), 40)).not.toEqual(a);
    expect(a).toContain('ok');
    expect(a.some((o) => o != 'ok')).toBe(true);
  });

  it('faults every request at rate 1, picking only among the allowed kinds', () => {
    const outcomes = run(createFaults({ rate: 1, seed: 7, kinds: ['500', 'drop-after-save'] }), 60);
    expect(new Set(outcomes)).toEqual(new Set(['500', 'drop-after-save']));
    expect(new Set(run(createFaults({ rate: 1, seed: 7 }), 300))).toEqual(new Set(FAULT_KINDS));
  });

  it('turns `true` into a 30% rate', () => {
    const outcomes = run(createFaults(true, seededRandom(1)), 1000);
    const share = outcomes.filter((o) => o != 'ok').length / outcomes.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
  });

  it('plays scripted outcomes first, then the mode, and records the history', () => {
    const faults = createFaults({ rate: 0 });
    faults.next(['drop-after-save', '500']);
    faults.setMode('429');
    expect(run(faults, 3)).toEqual(['drop-after-save', '500', '429']);
    faults.setMode('down');
    expect(faults.take()).toBe('down');
    expect(faults.isDown()).toBe(true);
    faults.setMode('up');
    expect(faults.take()).toBe('ok');
    expect(faults.history).toEqual(['drop-after-save', '500', '429', 'ok']);
    faults.next(['slow']);
    faults.reset();
    expect(faults.take()).toBe('ok');
  });

  it('refuses unknown kinds, modes and rates', () => {
    expect(() => createFaults(1.5)).toThrow('[hearken] fault rate must be a probability from 0 to 1, got 1.5');
    expect(() => createFaults({ kinds: ['fire' as never] })).toThrow(/unknown fault kind "fire"/);
    expect(() => createFaults(0).next(['boom' as never])).toThrow(/unknown fault outcome "boom"/);
    expect(() => createFaults(0).setMode('sideways' as never)).toThrow(/unknown fault mode "sideways"/);
  });
});
