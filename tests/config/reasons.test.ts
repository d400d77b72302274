import { describe, expect, it } from 'vitest';
import { MAX_REASONS, parseReasons, reasonKey } from '../../src/config/reasons';

describe('reasonKey', () => {
  it.each([
    ['Delivery time', 'delivery-time'],
    ['  Product quality!  ', 'product-quality'],
    ['Price / value', 'price-value'],
    ['Доставка вовремя', 'доставка-вовремя'],
    ['24h support', '24h-support'],
    ['???', '???'],
    // vowel signs and viramas are marks, not letters: each word keeps them
    ['डिलीवरी में देरी', 'डिलीवरी-में-देरी'],
    ['ราคาแพง', 'ราคาแพง'],
    // the same word typed decomposed (e + U+0301) or composed is one key
    ['Cafe\u0301 froid', 'café-froid'],
    ['İade', 'i\u0307ade'],
    // an emoji's presentation selector (U+FE0F) is a mark, but no part of a word
    ['\u23f1\ufe0f Too slow', 'too-slow'],
  ])('%j → %j', (label, key) => {
    expect(reasonKey(label)).toBe(key);
  });
});

describe('parseReasons', () => {
  it('reads `;`-separated labels, deriving each key from its label', () => {
    expect(parseReasons('Delivery time; Price; Product quality')).toEqual({
      reasons: [
        { key: 'delivery-time', label: 'Delivery time' },
        { key: 'price', label: 'Price' },
        { key: 'product-quality', label: 'Product quality' },
      ],
      tooMany: false,
    });
  });

  it('takes `key=Label` as written; an empty key is derived', () => {
    expect(parseReasons('late=Delivery was late; =Price; x = a=b')!.reasons).toEqual([
      { key: 'late', label: 'Delivery was late' },
      { key: 'price', label: 'Price' },
      { key: 'x', label: 'a=b' },
    ]);
  });

  it('keeps every chip of a list in Hindi, whose words differ only in their vowel signs', () => {
    const parsed = parseReasons('डिलीवरी में देरी; कीमत; देरी; दूरी; सेवा')!;
    expect(parsed.reasons.map((r) => r.label)).toEqual(['डिलीवरी में देरी', 'कीमत', 'देरी', 'दूरी', 'सेवा']);
    expect(new Set(parsed.reasons.map((r) => r.key)).size).toBe(5);
  });

  it('reads an emoji with and without its presentation selector as one reason', () => {
    expect(parseReasons('\u2764\ufe0f Love it; \u2764 Love it')!.reasons).toHaveLength(1);
  });

  it('cuts a key derived from a long label to what the collector kit takes, which refuses a longer one with its batch', () => {
    const label = 'The delivery was late and the courier did not ring the bell although I was at home the whole afternoon';
    const key = reasonKey(label);
    expect(key).toHaveLength(100);
    expect(label.toLowerCase().replace(/ /g, '-').startsWith(key)).toBe(true);
    expect(reasonKey('\ud83d\ude00'.repeat(60))).toHaveLength(100);
  });

  it('drops empty labels and merges duplicate keys (the first label stays)', () => {
    expect(parseReasons(' ; Price;;late=; price=Cost; Price ')!.reasons).toEqual([{ key: 'price', label: 'Price' }]);
    expect(parseReasons('')).toEqual({ reasons: [], tooMany: false });
  });

  it(`keeps the first ${MAX_REASONS} and says there were more`, () => {
    const labels = Array.from({ length: 14 }, (_, i) => 'Reason ' + i);
    const parsed = parseReasons(labels.join(';'))!;
    expect(parsed.tooMany).toBe(true);
    expect(parsed.reasons.map((r) => r.label)).toEqual(labels.slice(0, 12));
    // duplicates do not count towards the limit
    expect(parseReasons(Array(13).fill('Same').concat('Other').join(';'))).toMatchObject({ tooMany: false, reasons: [{ key: 'same' }, { key: 'other' }] });
  });

  it('keeps markup as text: it is a label, shown as text by the UI', () => {
    // before `=` is no key (it has a space): the whole entry is the label
    expect(parseReasons('<img src=x onerror=alert(1)>')!.reasons).toEqual([{ key: 'img-src-x-onerror-alert-1', label: '<img src=x onerror=alert(1)>' }]);
    expect(parseReasons('b=<b>Bold</b>')!.reasons).toEqual([{ key: 'b', label: '<b>Bold</b>' }]);
  });

  it('takes arrays of texts and of { key, label } (the JS option)', () => {
    expect(parseReasons(['late=Late', { key: 'cost', label: ' Price ' }, { label: 'Support team' }])!.reasons).toEqual([
      { key: 'late', label: 'Late' },
      { key: 'cost', label: 'Price' },
      { key: 'support-team', label: 'Support team' },
    ]);
  });

  it.each([[5], [null], [{ key: 'a' }], [['ok', 3]], [[{ key: 1, label: 'x' }]]])('is undefined for %j, which is no list of reasons', (value) => {
    expect(parseReasons(value)).toBeUndefined();
  });
});
