import { describe, expect, it } from 'vitest';
import { newId } from '../../src/surveys/answer';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('uses crypto.randomUUID where the page has it (https)', () => {
    expect(newId({ randomUUID: () => 'from-randomUUID' } as unknown as Crypto)).toBe('from-randomUUID');
  });

  it('builds a v4 UUID from getRandomValues on an http page, where randomUUID is missing', () => {
    const bytes = (fill: number) => ({ getRandomValues: (b: Uint8Array) => b.fill(fill) }) as unknown as Crypto;
    expect(newId(bytes(0))).toBe('00000000-0000-4000-8000-000000000000');
    expect(newId(bytes(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    const real = { getRandomValues: (b: Uint8Array) => crypto.getRandomValues(b) } as unknown as Crypto;
    const ids = new Set(Array.from({ length: 100 }, () => newId(real)));
    expect(ids.size).toBe(100);
    ids.forEach((id) => expect(id).toMatch(V4));
  });
});
