import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH, MAX_PAGE_LENGTH, buildAnswer, fitAnswer, newId, pageOf } from '../../src/surveys/answer';
import { checkBatch } from '../../src/collector/validate';

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

describe('fitAnswer: what an answer carries fits what the collector kit takes', () => {
  const built = (comment: string, pathname = '/cart') =>
    buildAnswer({
      survey: 'nps',
      score: 3,
      scale: { min: 0, max: 10 },
      segment: 'detractor',
      comment,
      question: 'How likely?',
      locale: 'en',
      page: pageOf({ origin: 'https://shop.example', pathname }),
      visitorId: 'v-1',
    });

  it('cuts a page URL longer than the collector takes (a long path), keeping it a URL', () => {
    const page = fitAnswer(built('', '/p/' + 'x'.repeat(5000))).page;
    expect(page).toHaveLength(MAX_PAGE_LENGTH);
    expect(page.startsWith('https://shop.example/p/xxx')).toBe(true);
    expect(fitAnswer(built('')).page).toBe('https://shop.example/cart');
  });

  // the query and hash were left out, but a path can identify a visitor too (found by the security audit)
  it.each([
    ['/account/jane.doe@example.com/orders', 'https://shop.example/account/[email]/orders'],
    ['/u/jane%40example.com', 'https://shop.example/u/[email]'],
    ['/cart;jsessionid=1A2B3C4D5E6F', 'https://shop.example/cart'],
    ['/p/a;b/c@d', 'https://shop.example/p/a'],
    ['/checkout/step-2', 'https://shop.example/checkout/step-2'],
    ['/a/jane@example.com/b/joe%40EXAMPLE.com/c', 'https://shop.example/a/[email]/b/[email]/c'],
  ])('takes out of the page %j what identifies a visitor: %j', (pathname, page) => {
    expect(fitAnswer(built('', pathname)).page).toBe(page);
  });

  // the collector refuses NUL (PostgreSQL cannot store it), which held back every answer of the batch for 30 days;
  // 200,000 control characters or halves of characters were 1.2 MB of JSON, over the collector's default body, and the
  // answer was dropped as too large (found by the collector operator audit)
  it('drops control characters but tab and line breaks from a pasted comment and meta, and makes a half character U+FFFD', () => {
    const pasted = built('a\u0000b\u0007c\td\ne\r\nf\ud800g😀\udc00');
    pasted.meta = { plan: 'pro\u0000', seats: 'x\u001b[31m' };
    Object.assign(pasted, { userId: 'u\u0000-1', touchpoint: 'check\u0000out', question: 'How\u0000 likely?' });
    const fitted = fitAnswer(pasted);
    expect(fitted.comment).toBe('abc\td\ne\r\nf\ufffdg😀\ufffd');
    expect(fitted.meta).toEqual({ plan: 'pro', seats: 'x[31m' });
    expect([fitted.userId, fitted.touchpoint, fitted.question]).toEqual(['u-1', 'checkout', 'How likely?']);
    expect(checkBatch({ answers: [fitted] })).toMatchObject({ ok: true });
    expect(checkBatch({ answers: [built('\u0000')] })).toMatchObject({ ok: false });
    expect(checkBatch({ answers: [fitAnswer(built('\u0000'))] })).toMatchObject({ ok: true });
    for (const junk of ['\u0001', '\ud800']) {
      const worst = fitAnswer(built(junk.repeat(MAX_COMMENT_LENGTH)));
      expect(new TextEncoder().encode(JSON.stringify({ answers: [worst] })).length).toBeLessThan(3 * MAX_COMMENT_LENGTH + 64 * 1024);
    }
  });

  it('cuts a pasted comment longer than the collector takes, never between the halves of an emoji', () => {
    const long = built('x' + '😀'.repeat(MAX_COMMENT_LENGTH));
    expect(checkBatch({ answers: [long] })).toMatchObject({ ok: false });
    expect(fitAnswer(long)).toBe(long); // in place
    expect(long.comment).toHaveLength(MAX_COMMENT_LENGTH - 1);
    expect(long.comment!.endsWith('😀')).toBe(true);
    expect(checkBatch({ answers: [long] })).toMatchObject({ ok: true });
    const even = fitAnswer(built('😀'.repeat(MAX_COMMENT_LENGTH)));
    expect(even.comment).toHaveLength(MAX_COMMENT_LENGTH);
    expect(checkBatch({ answers: [even] })).toMatchObject({ ok: true });
    expect(fitAnswer(built('Too slow')).comment).toBe('Too slow');
    expect(fitAnswer(built('')).comment).toBeUndefined();
  });
});
