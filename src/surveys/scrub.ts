/**
 * Scrubs personal data out of a free-text comment on the device, before the answer is stored: email
 * addresses, IBANs, payment card numbers and phone numbers are replaced by `[email]`, `[iban]`, `[card]`
 * and `[phone]`. Prices, dates, times, order numbers (`#12345`) and quantities are left alone.
 */

// Emails: the characters RFC 5322 allows in a local part (and letters of any script), a domain of labels
// and a top-level domain of letters. Group 1 is the character before, which cannot be of a local part: so only the
// start of a run of such characters is tried, once, and a long run without `@` (a pasted token, a line of x's) costs
// one scan, not one per character (which froze the page for seconds on Send with a comment of 20,000 of them).
// Not a lookbehind: Safari before 16.4 cannot parse one.
const EMAIL = /(^|[^\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-])([\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,})/gu;
// IBANs: country, check digits, then groups of four (paper format) or none (electronic format).
const IBAN = /\b[a-z]{2}\d\d(?: ?[a-z\d]{4}){2,7}(?: ?[a-z\d]{1,4})?\b/gi;
// Card numbers: 13 to 19 digits, single spaces, dots or dashes between them; none starts with 0 or follows a `+`
// (those are phone numbers), a digit, nor the point of a decimal (`0.4111…`); glued to a word (`visa4111…`) is one.
// Group 1 is what comes before.
const CARD = /(^|[^+\d_.]|\D\.)([1-9](?:[ .-]?\d){12,18})\b/g;
// Phone candidates: not glued to a letter, digit, currency sign, `#` or `/`; up to three of `+` and `(`, then digits
// with spaces, dots, dashes (the typographic ones too), slashes and brackets between them. Group 1 is the character
// before. The run may hold several numbers (`0612345678 0698765432`): `phoneSpans` finds each in it. The `+` and `(`
// are counted, not repeated freely: a long run of them once took quadratic time (9.8 s of a frozen page on Send with a
// comment of 200,000 `+`).
const PHONE = /(^|[^\p{L}\p{N}_#$€£¥₹₽¢\/-])([+(]{0,3}\d[\d\s().\/\u2010-\u2013\u2212-]*\d)/gu;
// The parts of a phone candidate between its spaces; a number can start and end only with a part that has a digit.
const PART = /\S+/g;
// What reads as a date, a decimal or a thousands-grouped quantity rather than a phone number.
const DATE = /^(?:\d{4}([-./])\d\d?\1\d\d?|\d\d?([-./])\d\d?\2\d{2,4})$/;
const DECIMAL = /^\d+\.\d\d?$/;
const THOUSANDS = /^(?:[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d?(?:\s\d{3})+)$/;

/** Where in a match the personal data is: the [start, end) spans within the match, in order (empty ones are skipped). */
type Spans = (match: RegExpMatchArray) => [number, number][];

/**
 * Replaces the personal data in `text`: emails by `[email]`, IBANs (mod-97 valid) by `[iban]`, payment card
 * numbers (Luhn-valid, 13–19 digits) by `[card]` and phone numbers by `[phone]`. Everything else is kept as is.
 *
 * A phone number is a run of 7–15 digits that starts with `+`, `00` or `0`, or is written in groups (spaces,
 * dots, dashes, slashes, brackets), or has at least 10 digits. Runs next to a currency sign, after `#`, dates
 * (`2026-12-04`, `04.12.2026`), decimals (`12.99`) and thousands (`1.500.000`, `1 500 000`) are not phones.
 * Digits of other scripts (Arabic-Indic `٠٥٠`, Devanagari `०५०`, Thai, full-width…) count as digits.
 */
export function scrubComment(text: string): string {
  // The patterns read a copy with ASCII digits, of the same length; what they find is replaced in both.
  let texts: [string, string] = [text, text.replace(/\p{Nd}/gu, asciiDigit)];
  const pass = (pattern: RegExp, label: string, spans: Spans) => {
    let kept = ['', ''];
    let last = 0;
    for (const match of texts[1].matchAll(pattern)) {
      for (const [from, to] of spans(match)) {
        if (from == to) continue;
        const start = match.index! + from;
        kept = texts.map((t, i) => kept[i] + t.slice(last, start) + label);
        last = match.index! + to;
      }
    }
    texts = texts.map((t, i) => kept[i] + t.slice(last)) as [string, string];
  };
  pass(EMAIL, '[email]', ([whole, before]) => [[before.length, whole.length]]);
  pass(IBAN, '[iban]', (match) => [[0, validPrefix(match[0], (s) => s.length > 14 && ibanValid(s))]]);
  pass(CARD, '[card]', ([, before, number]) => [[before.length, before.length + validPrefix(number, (s) => s.length > 12 && luhnValid(s))]]);
  pass(PHONE, '[phone]', ([, before, run]) => phoneSpans(run).map(([from, to]) => [before.length + from, before.length + to]));
  return texts[0];
}

// The value of a decimal digit of any script: Unicode puts each script's 0–9 in a row of ten, so it is the
// distance from the row's start. Digits outside the BMP stay (two code units; replacing them would shift offsets).
function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  let zero = code;
  while (digit.length < 2 && code - zero < 9 && /\p{Nd}/u.test(String.fromCharCode(zero - 1))) zero--;
  return digit.length < 2 ? String(code - zero) : digit;
}

// The length of the longest run of whole groups at the start of `match` that is valid (0 when none is): a number
// written right after an IBAN or a card can be taken as one more group by the pattern.
function validPrefix(match: string, valid: (compact: string) => boolean): number {
  const groups = match.split(/[ .-]/);
  for (let n = groups.length; n > 0; n--) {
    const head = groups.slice(0, n);
    if (valid(head.join(''))) return head.join(' ').length;
  }
  return 0;
}

function ibanValid(iban: string): boolean {
  let remainder = 0;
  for (const character of (iban.slice(4) + iban.slice(0, 4)).toUpperCase()) {
    remainder = (remainder * (character > '9' ? 100 : 10) + parseInt(character, 36)) % 97;
  }
  return remainder == 1;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = +digits[digits.length - 1 - i];
    if (i % 2) digit = digit > 4 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 == 0;
}

// The phone numbers in a candidate run, as [start, end) spans of it: the run itself when it is one, else the parts
// cut into numbers so that the most parts are in one (then the fewest numbers), so that two numbers written side by
// side (`06 12 34 56 78 06 98 76 54 32`), or a date before a number, are each judged alone. (Taking the longest
// number from the first part on took `06 12 34 56 78 06 98`, and left `76 54 32` in clear.) Within a longer run,
// parts are joined only behind a `+`, `(` or `0`, or after nothing but dates and decimals: the groups of a long
// number that is none (a card failing Luhn, a parcel's tracking number) stay as they are. A phone number has at most
// 15 digits, so at most 15 parts are joined: the work stays in step with the run's length.
function phoneSpans(run: string): [number, number][] {
  const parts = [...run.matchAll(PART)].filter((part) => /\d/.test(part[0]));
  const count = parts.length;
  const endOf = (i: number) => parts[i].index! + parts[i][0].length;
  // only dates and decimals before part i (a US number after a date: `12.05.2024 555 123 4567`)
  const datesBefore = [true];
  parts.forEach((part, i) => (datesBefore[i + 1] = datesBefore[i] && (DATE.test(part[0]) || DECIMAL.test(part[0]))));
  // best[i]: from part i on, the parts in numbers, the numbers, and the last part of the one that starts at i (-1: none)
  const best: [number, number, number][] = [];
  best[count] = [0, 0, -1];
  for (let first = count - 1; first >= 0; first--) {
    best[first] = [best[first + 1][0], best[first + 1][1], -1];
    for (let last = first; last < Math.min(count, first + 15); last++) {
      const joinable = last == first || (first == 0 && last == count - 1) || /^[+(0]/.test(parts[first][0]) || (first > 0 && datesBefore[first]);
      const covered = best[last + 1][0] + last - first + 1;
      const numbers = best[last + 1][1] + 1;
      if (joinable && isPhone(run.slice(parts[first].index, endOf(last))) && (covered > best[first][0] || (covered == best[first][0] && numbers < best[first][1])))
        best[first] = [covered, numbers, last];
    }
  }
  const spans: [number, number][] = [];
  for (let first = 0; first < count; first++) {
    const last = best[first][2];
    if (last >= 0) spans.push([parts[first].index!, endOf(last)]), (first = last);
  }
  return spans;
}

function isPhone(number: string): boolean {
  const digits = number.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (/^[+(]*\+/.test(number)) return true;
  if (THOUSANDS.test(number) || number.split(/\s+/).some((part) => DATE.test(part) || DECIMAL.test(part))) return false;
  return number[0] == '0' || /\D/.test(number) || digits > 9;
}
