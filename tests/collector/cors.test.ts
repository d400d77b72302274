import { describe, expect, it } from 'vitest';
import { checkAllowOrigins, originVerdict } from '../../src/collector/cors';

const from = (origin?: string) => new Request('https://collect.example/collect', { method: 'POST', headers: origin ? { origin } : {} });

describe('originVerdict', () => {
  it.each([
    [undefined, ['https://shop.example'], true, undefined],
    ['https://collect.example', [], true, undefined],
    ['https://shop.example', ['https://shop.example'], true, 'https://shop.example'],
    ['https://SHOP.example', ['https://shop.example'], true, 'https://SHOP.example'],
    ['https://shop.example:8443', ['https://shop.example'], false, undefined],
    ['https://evil.example', ['https://shop.example'], false, undefined],
    ['null', ['https://shop.example'], false, undefined],
    ['https://anyone.example', '*', true, '*'],
  ] as const)('Origin %s with %j: allowed %s, Access-Control-Allow-Origin %s', (origin, allow, allowed, header) => {
    const verdict = originVerdict(from(origin), checkAllowOrigins(allow));
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.headers['Access-Control-Allow-Origin']).toBe(header);
  });

  it('refuses allowOrigins that are not origins, naming the value', () => {
    expect(() => checkAllowOrigins(['https://shop.example/'])).toThrow(/got "https:\/\/shop.example\/"/);
    expect(() => checkAllowOrigins([42])).toThrow(/got 42/);
    expect(checkAllowOrigins('https://shop.example')).toEqual(['https://shop.example']);
  });
});
