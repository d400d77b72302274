import { describe, expect, it } from 'vitest';
import { nestsDeeperThan, readBody } from '../../src/collector/body';

const request = (body: BodyInit, headers: Record<string, string> = {}) => new Request('https://collect.example/', { method: 'POST', body, headers });

describe('readBody', () => {
  it('reads UTF-8, drops a BOM and replaces invalid bytes', async () => {
    expect(await readBody(request('\uFEFF{"a":"ü😀"}'), 100)).toEqual({ text: '{"a":"ü😀"}' });
    expect(await readBody(request(new Uint8Array([0x7b, 0xff, 0x7d])), 100)).toEqual({ text: '{\uFFFD}' });
  });

  it('stops at the limit, counting bytes and not characters', async () => {
    expect(await readBody(request('😀'.repeat(25)), 100)).toEqual({ text: '😀'.repeat(25) });
    expect(await readBody(request('😀'.repeat(26)), 100)).toEqual({ tooLarge: true });
  });
});

describe('nestsDeeperThan', () => {
  it.each([
    [1, 0, false],
    [{ a: [1] }, 2, false],
    [{ a: [1] }, 1, true],
    [{ answers: [{ scale: { min: 0 } }] }, 3, true],
    [{ answers: [{ scale: { min: 0 } }] }, 4, false],
  ])('%j deeper than %i: %s', (value, depth, deeper) => {
    expect(nestsDeeperThan(value, depth)).toBe(deeper);
  });
});
