import { describe, expect, it } from 'vitest';
import { json } from '../../src/collector/reply';

describe('json', () => {
  it('answers JSON that is neither cached nor sniffed, with the headers given', async () => {
    const response = json(429, { error: 'rate limit' }, { 'Retry-After': '20' });
    expect(response.status).toBe(429);
    expect(Object.fromEntries(response.headers)).toEqual({
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
      'retry-after': '20',
      'x-content-type-options': 'nosniff',
    });
    expect(await response.json()).toEqual({ error: 'rate limit' });
  });

  it('writes <, > and & as \\u escapes, so no byte reads as markup', async () => {
    const response = json(400, { error: 'got "<b>&"' });
    expect(await response.text()).toBe('{"error":"got \\"\\u003cb\\u003e\\u0026\\""}');
  });

  it('has no body for a 204', async () => {
    expect(await json(204, null).text()).toBe('');
  });
});
