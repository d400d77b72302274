import { describe, expect, it } from 'vitest';
import { hashUnit, inSample } from '../../src/rules/sample';

const ids = Array.from({ length: 2000 }, (_, i) => 'visitor-' + i);

describe('sample', () => {
  it('gives the same visitor the same decision on every call', () => {
    for (const id of ids.slice(0, 50)) {
      const first = inSample(0.2, id, 'nps');
      for (let i = 0; i < 5; i++) expect(inSample(0.2, id, 'nps')).toBe(first);
    }
  });

  it.each([0.1, 0.2, 0.5, 0.9])('takes about %s of visitors', (rate) => {
    const share = ids.filter((id) => inSample(rate, id, 'nps')).length / ids.length;
    expect(Math.abs(share - rate)).toBeLessThan(0.04);
  });

  it.each([
    [0, false],
    [1, true],
  ])('rate %s → every visitor %s', (rate, shown) => {
    expect(ids.slice(0, 200).every((id) => inSample(rate, id, 'nps') == shown)).toBe(true);
  });

  it('samples each survey independently', () => {
    const nps = ids.map((id) => inSample(0.5, id, 'nps'));
    const csat = ids.map((id) => inSample(0.5, id, 'csat@checkout'));
    const same = nps.filter((v, i) => v == csat[i]).length / ids.length;
    expect(same).toBeGreaterThan(0.4);
    expect(same).toBeLessThan(0.6);
  });

  it('a larger sample keeps everyone a smaller one had', () => {
    expect(ids.filter((id) => inSample(0.2, id, 'nps') && !inSample(0.3, id, 'nps'))).toEqual([]);
  });

  it('hashUnit stays in [0, 1)', () => {
    const values = ids.map(hashUnit);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
