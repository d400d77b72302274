import { afterEach, describe, expect, it } from 'vitest';
import { plainJson } from '../../src/storage/index';

const proto = (target: object) => target as unknown as Record<string, unknown>;

describe('plainJson', () => {
  afterEach(() => {
    delete proto(Array.prototype).toJSON;
    delete proto(Object.prototype).toJSON;
  });

  it('is JSON.stringify on a page that left the built-ins alone', () => {
    const value = { answers: [{ id: 'a', scale: { min: 0, max: 10 }, reasons: ['price'] }], sentAt: '2026-12-08T00:00:00.000Z', none: null };
    expect(plainJson(value)).toBe(JSON.stringify(value));
  });

  it("writes lists as lists under an old library's Array.prototype.toJSON (Prototype.js 1.6)", () => {
    proto(Array.prototype).toJSON = function (this: unknown[]) {
      return 'a string, not a list';
    };
    const value = { answers: [{ id: 'a', reasons: ['price', 'delivery'] }] };
    expect(JSON.stringify(value)).toBe('{"answers":"a string, not a list"}');
    expect(JSON.parse(plainJson(value))).toEqual({ answers: [{ id: 'a', reasons: ['price', 'delivery'] }] });
  });

  it('writes objects as they are under a toJSON put on Object.prototype', () => {
    proto(Object.prototype).toJSON = () => 'polluted';
    expect(JSON.parse(plainJson({ id: 'a', meta: { plan: 'pro' } }))).toEqual({ id: 'a', meta: { plan: 'pro' } });
  });

  it('writes text, numbers and booleans as JSON does', () => {
    expect(plainJson('</script>\u2028')).toBe(JSON.stringify('</script>\u2028'));
    expect(plainJson([1, true, 'x', null])).toBe('[1,true,"x",null]');
  });
});
