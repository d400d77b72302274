/**
 * fast-check generators for the scrubber's property tests (tests/surveys/scrub.test.ts): comments in the scripts
 * of hearken's locales and beyond, harmless numbers, and valid emails, card numbers, IBANs and phone numbers.
 */
import fc from 'fast-check';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
/** The zero of the digits of a script: ASCII, Arabic-Indic, Eastern Arabic-Indic, Devanagari, Bengali, Thai, full-width. */
const ZEROS = [0x30, 0x30, 0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];
/** Writes the ASCII digits of a generated value in the digits of one script. */
export const inSomeScript = (value: fc.Arbitrary<string>) =>
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
export const harmlessComment = fc
  .array(fc.tuple(word, punctuation, fc.option(inSomeScript(harmlessNumber), { nil: undefined })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([w, p, n]) => (n ? `${w}${p} ${n}` : `${w}${p}`)).join(' '));

/** Text around a piece of personal data: words, a label, punctuation after it. */
const context = fc.tuple(
  fc.oneof(word, fc.constantFrom('call', 'Tel:', 'tel.', 'Mail:', 'тел.', 'هاتف:', '電話', 'IBAN', 'card')),
  fc.constantFrom('', '.', ',', '!', '?', ')'),
  word,
);
export const around = (value: fc.Arbitrary<string>) => fc.tuple(context, value).map(([[before, after, next], v]) => ({ text: `${before} ${v}${after} ${next}`, v, before, after, next }));

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
export const card = fc
  .tuple(fc.constantFrom(...CARD_SCHEMES), digits(18), fc.constantFrom('', ' ', '-'))
  .map(([[prefix, length, groups], random, separator]) => {
    const number = luhnComplete(prefix + random.slice(0, length - prefix.length - 1));
    let at = 0;
    return separator ? groups.map((g) => number.slice(at, (at += g))).join(separator) : number;
  });

/** IBAN lengths per country. */
const IBAN_LENGTHS: Record<string, number> = { DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, NL: 18, PL: 28, BE: 16, CH: 21, NO: 15, AT: 20, SA: 24, IL: 23, TR: 26, BG: 22, CZ: 24, UA: 29, GR: 27, MT: 31, RU: 33 };
const mod97 = (text: string) => [...text].reduce((r, c) => (r * (c > '9' ? 100 : 10) + parseInt(c, 36)) % 97, 0);
export const iban = fc
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
export const phone = fc
  .tuple(fc.constantFrom(...PHONE_FORMATS), fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 12, maxLength: 12 }), digits(12))
  .map(([format, low, any]) => {
    let i = 0;
    return format.replace(/[NX]/g, (p) => String(p == 'N' ? low[i++] + 2 : any[i++]));
  });
