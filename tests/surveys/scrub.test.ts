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
  ])('%j → %j', (text, scrubbed) => {
    expect(scrubComment(text)).toBe(scrubbed);
  });

  it.each([
    'Paid €12.99, then 1.299,00 € and $1,299.99 for 2 x 250 g',
    'Delivered 2026-12-04 10:30, ordered 04.12.2026, due 12/04/2026',
    'Order #12345 and #1234567890 took 10-12 days',
    'We sold 1.500.000 units and 1 500 000 more; 15% off; 4/5 stars',
    'A card-like number that fails Luhn: 4111 1111 1111 1112',
    'An IBAN-like code that fails mod-97: DE88 3704 0044 0532 0130 00',
    'Version 2.3.1, room 1204, 3 items, year 2026',
    'السعر ١٢٫٩٩ ريال، الطلب #١٢٣٤٥٦٧ بتاريخ ٢٠٢٦-١٢-٠٤، الكمية ٣',
    'कीमत ₹१२९९, तारीख ०४.१२.२०२६, ऑर्डर #१२३४५',
  ])('leaves %j alone', (text) => {
    expect(scrubComment(text)).toBe(text);
  });
});

// ---- generators --------------------------------------------------------------------------------------------

const digit = fc.integer({ min: 0, max: 9 }).map(String);
/** The zero of the digits of a script: ASCII, Arabic-Indic, Eastern Arabic-Indic, Devanagari, Bengali, Thai, full-width. */
const ZEROS = [0x30, 0x30, 0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];
/** Writes the ASCII digits of a generated value in the digits of one script. */
const inSomeScript = (value: fc.Arbitrary<string>) =>
  fc.tuple(value, fc.constantFrom(...ZEROS)).map(([text, zero]) => text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + +d)));
const digits = (length: number) => fc.array(digit, { minLength: length, maxLength: length }).map((d) => d.join(''));

/** Letters of the scripts of hearken's locales and of the scripts a shop's customers write in. */
const SCRIPTS = [
  'abcdefghijklmnopqrstuvwxyzäöüßéèçñåøœąęłńśźżčřšžABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهويءةى',
  'אבגדהוזחטיכךלמםנןסעפףצץקרשת',
  'αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ',
  'अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशसहािीुूेैोौंः',
  '的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自可天好快递',
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコ',
  '가나다라마바사아자차카타파하한국어좋습니다배송빠르',
  'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮาิีึืุูเแโใไ่้',
];
const word = fc
  .constantFrom(...SCRIPTS)
  .chain((letters) => fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 10 }));
const punctuation = fc.constantFrom('', '', '.', ',', '!', '?', ':', ';', '…', '،', '。', '!');

/** Numbers a comment holds that are no personal data. */
const int = (max: number) => fc.integer({ min: 0, max });
const pad = (n: number) => String(n).padStart(2, '0');
const date = fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+$)/g, separator);
const harmlessNumber = fc.oneof(
  fc.tuple(fc.constantFrom('€', '$', '£', '¥', '₹', '₽', 'US$', 'CHF '), int(99999), int(99)).map(([c, a, b]) => `${c}${a}.${pad(b)}`),
  fc.tuple(int(99999), int(99), fc.constantFrom('€', 'zł', 'Kč', '₪', 'лв')).map(([a, b, c]) => `${a},${pad(b)} ${c}`),
  fc.tuple(fc.constantFrom('$', '€'), int(9_999_999)).map(([c, a]) => `${c}${grouped(a, ',')}.99`),
  date.map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  date.map(([y, m, d]) => `${pad(d)}.${pad(m)}.${y}`),
  date.map(([y, m, d]) => `${m}/${d}/${y}`),
  date.map(([y, m, d]) => `${y}/${pad(m)}/${pad(d)}`),
  fc.tuple(date, int(23), int(59)).map(([[y, m, d], h, min]) => `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(min)}`),
  fc.tuple(int(23), int(59)).map(([h, m]) => `${h}:${pad(m)}`),
  fc.integer({ min: 1, max: 9_999_999_999 }).map((n) => `#${n}`),
  fc.tuple(int(999), fc.constantFrom('items', 'x', 'kg', 'g', 'ml', 'шт.', '件', '개', 'km', '%')).map(([n, u]) => `${n} ${u}`),
  fc.tuple(fc.integer({ min: 1000, max: 99_999_999 }), fc.constantFrom(',', '.', ' ', '\u00a0')).map(([n, s]) => `${grouped(n, s)} units`),
  fc.tuple(int(10), int(10)).map(([a, b]) => `${a}/${b}`),
  fc.integer({ min: 1900, max: 2100 }).map(String),
);

/** A comment of words of one or more scripts, with harmless numbers between the words. */
const harmlessComment = fc
  .array(fc.tuple(word, punctuation, fc.option(inSomeScript(harmlessNumber), { nil: undefined })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([w, p, n]) => (n ? `${w}${p} ${n}` : `${w}${p}`)).join(' '));

/** Text around a piece of personal data: words, a label, punctuation after it. */
const context = fc.tuple(
  fc.oneof(word, fc.constantFrom('call', 'Tel:', 'tel.', 'Mail:', 'тел.', 'هاتف:', '電話', 'IBAN', 'card')),
  fc.constantFrom('', '.', ',', '!', '?', ')'),
  word,
);
const around = (value: fc.Arbitrary<string>) => fc.tuple(context, value).map(([[before, after, next], v]) => ({ text: `${before} ${v}${after} ${next}`, v, before, after, next }));

function luhnComplete(body: string): string {
  for (let check = 0; check < 10; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = +candidate[candidate.length - 1 - i];
      if (i % 2) d = d > 4 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 == 0) return candidate;
  }
  throw new Error('unreachable');
}

/** Card numbers of the main schemes: [prefix, length, grouping]. */
const CARD_SCHEMES: [string, number, number[]][] = [
  ['4', 16, [4, 4, 4, 4]], ['4', 13, [4, 4, 5]], ['4', 19, [4, 4, 4, 4, 3]], ['51', 16, [4, 4, 4, 4]], ['2221', 16, [4, 4, 4, 4]],
  ['34', 15, [4, 6, 5]], ['37', 15, [4, 6, 5]], ['6011', 16, [4, 4, 4, 4]], ['35', 16, [4, 4, 4, 4]], ['62', 19, [6, 13]],
  ['36', 14, [4, 6, 4]], ['5018', 18, [4, 4, 4, 6]],
];
const card = fc
  .tuple(fc.constantFrom(...CARD_SCHEMES), digits(18), fc.constantFrom('', ' ', '-'))
  .map(([[prefix, length, groups], random, separator]) => {
    const number = luhnComplete(prefix + random.slice(0, length - prefix.length - 1));
    let at = 0;
    return separator ? groups.map((g) => number.slice(at, (at += g))).join(separator) : number;
  });

/** IBAN lengths per country. */
const IBAN_LENGTHS: Record<string, number> = { DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, NL: 18, PL: 28, BE: 16, CH: 21, NO: 15, AT: 20, SA: 24, IL: 23, TR: 26, BG: 22, CZ: 24, UA: 29, GR: 27, MT: 31, RU: 33 };
const mod97 = (text: string) => [...text].reduce((r, c) => (r * (c > '9' ? 100 : 10) + parseInt(c, 36)) % 97, 0);
const iban = fc
  .tuple(
    fc.constantFrom(...Object.keys(IBAN_LENGTHS)),
    fc.array(fc.constantFrom(...'0123456789012345678901234567890123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 30, maxLength: 30 }),
    fc.constantFrom('paper', 'electronic', 'lower'),
  )
  .map(([country, random, format]) => {
    const bban = random.join('').slice(0, IBAN_LENGTHS[country] - 4);
    const check = String(98 - mod97(bban + country + '00')).padStart(2, '0');
    const compact = country + check + bban;
    if (format == 'electronic') return compact;
    const paper = compact.replace(/(.{4})(?=.)/g, '$1 ');
    return format == 'lower' ? paper.toLowerCase() : paper;
  });

/** Phone formats of 12 countries, national and international: `N` is a digit 2–9, `X` any digit. */
const PHONE_FORMATS = [
  '(NXX) NXX-XXXX', 'NXX-NXX-XXXX', 'NXX.NXX.XXXX', '+1 NXX NXX XXXX', '+1 (NXX) NXX-XXXX', '1-NXX-NXX-XXXX', // US
  '020 XXXX XXXX', '07NXX XXXXXX', '+44 20 XXXX XXXX', '+44 7NXX XXXXXX', '(01NX) XXX XXXX', // GB
  '030 XXXXXXXX', '030/XXXXXXX', '01NX XXXXXXXX', '+49 30 XXXXXXXX', '+49 (0)30 XXXXXXX', '0049 1NX XXXXXXX', // DE
  '0N XX XX XX XX', '0N.XX.XX.XX.XX', '+33 N XX XX XX XX', '+33 (0)N XX XX XX XX', // FR
  '6XX XX XX XX', '9XX XXX XXX', '+34 6XX XXX XXX', // ES
  '3XX XXX XXXX', '06 XXXX XXXX', '+39 3XX XXX XXXX', // IT
  'NXX XXX XXX', 'NXX-XXX-XXX', '+48 NXX XXX XXX', // PL
  '+7 (9XX) XXX-XX-XX', '8 (9XX) XXX-XX-XX', '8 9XX XXX XX XX', // RU
  '+91 9XXXX XXXXX', '09XXXX XXXXX', '9XXXXXXXXX', // IN
  '03-XXXX-XXXX', '090-XXXX-XXXX', '+81 3-XXXX-XXXX', '+81 90 XXXX XXXX', // JP
  '(11) 9XXXX-XXXX', '+55 11 9XXXX-XXXX', // BR
  '05X-XXX-XXXX', '+972 5X-XXX-XXXX', // IL
  '05X XXX XXXX', '+966 5X XXX XXXX', // SA
];
const phone = fc
  .tuple(fc.constantFrom(...PHONE_FORMATS), fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 12, maxLength: 12 }), digits(12))
  .map(([format, low, any]) => {
    let i = 0;
    return format.replace(/[NX]/g, (p) => String(p == 'N' ? low[i++] + 2 : any[i++]));
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
