/**
 * The comment scrubber: table cases, then property tests (fast-check, fixed seed in `npm test` like tests/fuzz):
 * generated emails, cards, IBANs and phone numbers of 14 countries (in the digits of several scripts) are caught
 * in comments of any script, and comments holding none of them (prices, dates, order numbers, quantities
 * included) come back unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scrubComment } from '../../src/surveys/scrub';
import { fuzz } from '../fuzz/helpers';
import { around, card, harmlessComment, iban, inSomeScript, phone } from './scrub-arbitraries';

describe('scrubComment', () => {
  it.each([
    ['mail me at jane.doe+shop@example.co.uk please', 'mail me at [email] please'],
    ['Schreiben Sie an jürgen@müller.de.', 'Schreiben Sie an [email].'],
    ['card 4111 1111 1111 1111 expires 12/28', 'card [card] expires 12/28'],
    ['card 4111-1111-1111-1111, thanks', 'card [card], thanks'],
    ['amex 3782 822463 10005', 'amex [card]'],
    ['paid with 4111111111111111 12 times', 'paid with [card] 12 times'],
    ['IBAN DE89 3704 0044 0532 0130 00 bitte', 'IBAN [iban] bitte'],
    ['iban gb29nwbk60161331926819.', 'iban [iban].'],
    ['BE68 5390 0754 7034 2026 was my account', '[iban] 2026 was my account'],
    ['call +44 20 7946 0958 today', 'call [phone] today'],
    ['ring me (555) 123-4567!', 'ring me [phone]!'],
    ['Tel: 030/1234567', 'Tel: [phone]'],
    ['тел. 8 (912) 345-67-89', 'тел. [phone]'],
    ['رقمي +966 50 123 4567 شكرا', 'رقمي [phone] شكرا'],
    ['me: 07700 900123, you: 06 12 34 56 78', 'me: [phone], you: [phone]'],
    ['اتصل على ٠٥٠١٢٣٤٥٦٧ شكرا', 'اتصل على [phone] شكرا'],
    ['फ़ोन +९१ ९८७६५ ४३२१० पर', 'फ़ोन [phone] पर'],
    ['البطاقة ٤١١١ ١١١١ ١١١١ ١١١١ انتهت', 'البطاقة [card] انتهت'],
    ['電話 ０９０-１２３４-５６７８ まで', '電話 [phone] まで'],
    ['x@y.co,jane@shop.example;bob@a.io', '[email],[email];[email]'],
    ['(jane@example.com) and a@b@example.org', '([email]) and a@[email]'],
    // two numbers side by side, or a date before one, were one run of over 15 digits, and so no phone number
    ['Call me 0612345678 / 0698765432', 'Call me [phone] / [phone]'],
    ['numbers: 0612345678 0698765432', 'numbers: [phone] [phone]'],
    ['call 06 12 34 56 78 0698765432 or +44 7700 900123', 'call [phone] [phone] or [phone]'],
    ['on 12.03.2026 0612345678', 'on 12.03.2026 [phone]'],
    // the first number no longer takes the next one's first groups, leaving its rest in clear
    ['06 12 34 56 78 06 98 76 54 32', '[phone] [phone]'],
    ['020 7946 0958 020 7946 0123', '[phone] [phone]'],
    // a number in groups without a leading 0 or +, after a date
    ['on 12.05.2024 555 123 4567', 'on 12.05.2024 [phone]'],
    ['Tel: 0612–345–678', 'Tel: [phone]'],
    ['card 4111.1111.1111.1111 or visa4111111111111111', 'card [card] or visa[card]'],
    // a code that fails mod-97 is no IBAN; a group of it that reads as a national number (0…, 10 digits) is taken
    ['An IBAN-like code that fails mod-97: DE88 3704 0044 0532 0130 00', 'An IBAN-like code that fails mod-97: DE88 3704 [phone]'],
  ])('%j → %j', (text, scrubbed) => {
    expect(scrubComment(text)).toBe(scrubbed);
  });

  // A long run of characters an email's local part may have, with no `@` (a pasted token, a key held down): the
  // scrubber once tried an email at each of them, scanning the rest of the run each time — at 20,000 of them, 15 s of
  // a frozen page on Send in Chromium, whose textarea values are two-byte strings (as the `€` makes these). That is
  // caught in the browser (tests/e2e/delivery-volume.test.ts, tests/e2e/collector-crash.test.ts time out); here,
  // that such runs and an email after them are scrubbed right.
  it('keeps a run of 20,000 characters of a local part, or of 10,000 `a@`, and finds the email after it', () => {
    const run = 'x'.repeat(20_000);
    expect(scrubComment(`big ${run} € mail jane@example.com`)).toBe(`big ${run} € mail [email]`);
    expect(scrubComment(`${run}@example.com €`)).toBe('[email] €');
    const ats = 'a@'.repeat(10_000);
    expect(scrubComment(`${ats}€ ${ats}b.de`)).toBe(`${ats}€ ${ats.slice(0, -2)}[email]`);
  });

  // `[+(]*` before a phone number's digits was tried again from each `+` or `(` of a run: 200,000 of them froze the
  // page on Send for 9.8 s in Chromium, and took 24 s here, far over the test's time limit. Counted (at most three),
  // the run is one scan.
  it('scrubs a comment holding a run of 200,000 `+` or `(`', () => {
    for (const run of ['+'.repeat(200_000), '('.repeat(200_000)]) {
      expect(scrubComment(`${run} 0612345678 ${run}`)).toBe(`${run} [phone] ${run}`);
    }
  });

  it.each([
    'Paid €12.99, then 1.299,00 € and $1,299.99 for 2 x 250 g',
    'Delivered 2026-12-04 10:30, ordered 04.12.2026, due 12/04/2026',
    'Order #12345 and #1234567890 took 10-12 days',
    'We sold 1.500.000 units and 1 500 000 more; 15% off; 4/5 stars',
    'A card-like number that fails Luhn: 4111 1111 1111 1112',
    'A parcel 9400 1000 1234 5678 9012 34 and a failed card 4111 1111 1111 1112',
    'Version 2.3.1, room 1204, 3 items, year 2026',
    // a Luhn-valid run of digits after a decimal point is a decimal, not a card (found by a random comment in CI)
    'A random draw of 0.4111111111111111, or 3.4111111111111111',
    'السعر ١٢٫٩٩ ريال، الطلب #١٢٣٤٥٦٧ بتاريخ ٢٠٢٦-١٢-٠٤، الكمية ٣',
    'कीमत ₹१२९९, तारीख ०४.१२.२०२६, ऑर्डर #१२३४५',
  ])('leaves %j alone', (text) => {
    expect(scrubComment(text)).toBe(text);
  });
});

describe('scrubComment, property-based', () => {
  it.each<[string, fc.Arbitrary<string>, string]>([
    ['email', fc.emailAddress(), '[email]'],
    ['card number', inSomeScript(card), '[card]'],
    ['IBAN', iban, '[iban]'],
    ['phone number', inSomeScript(phone), '[phone]'],
  ])('catches every generated %s, whatever the words around it', (_, value, label) => {
    fc.assert(
      fc.property(around(value), ({ text, before, after, next }) => {
        const scrubbed = scrubComment(text);
        // A word of up to 4 letters right after an IBAN in groups reads as its last group: 1 time in 97 the
        // checksum still holds, and the word goes with the IBAN (never the other way round).
        const eaten = label == '[iban]' && !after && next.length < 5 && scrubbed == `${before} ${label}`;
        if (!eaten) expect(scrubbed).toBe(`${before} ${label}${after} ${next}`);
      }),
      fuzz(300),
    );
  });

  it('leaves a comment without personal data unchanged, in every script and with prices, dates, order numbers, quantities', () => {
    fc.assert(
      fc.property(harmlessComment, (text) => {
        expect(scrubComment(text)).toBe(text);
      }),
      fuzz(500),
    );
  });
});
