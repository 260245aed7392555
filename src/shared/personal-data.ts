/**
 * Finds what looks like a reader's personal data in free text (notes, search queries), so the
 * client can warn as the user types and the server can refuse to store it. Pure; no dependencies.
 *
 * Positions are UTF-16 string indexes, `end` exclusive (`text.slice(start, end)` is the match).
 * Matches never overlap and come in text order.
 */

export const PERSONAL_DATA_KINDS = ['pesel', 'email', 'phone', 'card_number'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

// A number "stands alone" when no digit continues it, directly or across one separator: this keeps
// parts of dates, prices, ISBNs and call numbers (15.01.2024, 12,50, 978-83-…, 821.162.1-3) out.
const BEFORE = String.raw`(?<![\p{L}\p{N}_+])(?<!\d[\s\-./,:])`;
const AFTER = String.raw`(?![\p{L}\p{N}_])(?![\s\-./,:]\d)(?!\s?(?:zł|zl|PLN|gr|EUR|€|\$))`;

const PESEL_PATTERN = new RegExp(`${BEFORE}\\d{11}${AFTER}`, 'gu');

const EMAIL_LOCAL = String.raw`[\p{L}\p{N}._%+\-]+`;
const EMAIL_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
const AT = String.raw`(?:@|\s?[[(]\s?(?:at|małpa)\s?[\])]\s?)`;
const DOT = String.raw`(?:\.|\s?[[(]\s?(?:dot|kropka)\s?[\])]\s?)`;
const EMAIL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}._%+\\-])${EMAIL_LOCAL}${AT}(?:${EMAIL_LABEL}${DOT})+\\p{L}{2,}(?![\\p{L}\\p{N}])`,
  'giu',
);

const SEP = String.raw`[\s\-]`;
const PHONE_PREFIX = String.raw`(?:(?:\+|00)48${SEP}?|\(\s?(?:\+|00)?48\s?\)\s?)?`;
const PHONE_BODIES = [
  String.raw`\d{9}`,
  String.raw`\d{3}${SEP}\d{3}${SEP}\d{3}`,
  String.raw`\d{3}${SEP}\d{2}${SEP}\d{2}${SEP}\d{2}`,
  String.raw`\d{2}${SEP}\d{3}${SEP}\d{2}${SEP}\d{2}`,
  String.raw`\d{2}${SEP}\d{3}${SEP}\d{4}`,
  String.raw`\d{2}${SEP}\d{7}`,
  String.raw`\(\d{2}\)\s?\d{3}${SEP}?\d{2}${SEP}?\d{2}`,
];
const PHONE_PATTERN = new RegExp(`${BEFORE}${PHONE_PREFIX}(?:${PHONE_BODIES.join('|')})${AFTER}`, 'gu');

const CARD_BODIES = [String.raw`\d{12,19}`, String.raw`\d{4}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,4})?`, String.raw`\d{4}[ \-]\d{6}[ \-]\d{4,5}`];
const CARD_PATTERN = new RegExp(`${BEFORE}(?:${CARD_BODIES.join('|')})${AFTER}`, 'gu');

const ISBN_BEFORE = /ISBN(?:-1[03])?:?\s*$/i;

export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [
    ...collect(text, EMAIL_PATTERN, 'email', () => true),
    ...collect(text, PESEL_PATTERN, 'pesel', isValidPesel),
    ...collect(text, PHONE_PATTERN, 'phone', (digits) => isPolishPhone(digits)),
    ...collect(text, CARD_PATTERN, 'card_number', (digits, raw, start) => isCardNumber(digits, raw, text.slice(0, start))),
  ];
  return withoutOverlaps(found);
}

/** The distinct kinds found, in the fixed order of PERSONAL_DATA_KINDS. */
export function personalDataKinds(text: string): PersonalDataKind[] {
  const kinds = new Set(findPersonalData(text).map((match) => match.kind));
  return PERSONAL_DATA_KINDS.filter((kind) => kinds.has(kind));
}

type Accept = (digits: string, raw: string, start: number) => boolean;

function collect(text: string, pattern: RegExp, kind: PersonalDataKind, accept: Accept): PersonalDataMatch[] {
  const matches: PersonalDataMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const raw = match[0];
    if (accept(raw.replace(/\D/g, ''), raw, start)) matches.push({ kind, start, end: start + raw.length });
  }
  return matches;
}

/** Earlier kinds in `found` win a tie; otherwise the earliest, then the longest match wins. */
function withoutOverlaps(found: PersonalDataMatch[]): PersonalDataMatch[] {
  const ordered = found.map((match, order) => ({ match, order }));
  ordered.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end || a.order - b.order);
  const kept: PersonalDataMatch[] = [];
  for (const { match } of ordered) {
    const last = kept.at(-1);
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
const CENTURY_BY_MONTH_OFFSET: Record<number, number> = { 0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800 };

/** A PESEL has a checksum and encodes a real birth date (the month carries the century). */
export function isValidPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = PESEL_WEIGHTS.reduce((total, weight, i) => total + weight * (d[i] ?? 0), 0);
  if ((10 - (sum % 10)) % 10 !== d[10]) return false;
  const month = Number(digits.slice(2, 4));
  const offset = Math.floor((month - 1) / 20) * 20;
  const century = CENTURY_BY_MONTH_OFFSET[offset];
  if (century === undefined) return false;
  const year = century + Number(digits.slice(0, 2));
  const realMonth = month - offset;
  const day = Number(digits.slice(4, 6));
  return day >= 1 && day <= new Date(Date.UTC(year, realMonth, 0)).getUTCDate();
}

export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function isIsbn13(digits: string): boolean {
  if (!/^97[89]\d{10}$/.test(digits)) return false;
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return sum % 10 === 0;
}

/**
 * Library cards are plain runs of 12–19 digits (no check digit to test); a number written in
 * groups is taken for a payment card only when it passes Luhn, since grouped digits are common.
 */
function isCardNumber(digits: string, raw: string, before: string): boolean {
  if (ISBN_BEFORE.test(before) || isIsbn13(digits)) return false;
  if (/^\d+$/.test(raw)) return true;
  return digits.length >= 13 && passesLuhn(digits);
}

/** Polish numbers have 9 digits after the country code; emergency and short numbers are shorter. */
function isPolishPhone(digits: string): boolean {
  const national = digits.length === 11 && digits.startsWith('48') ? digits.slice(2) : digits.length === 13 ? digits.slice(4) : digits;
  return national.length === 9 && !national.startsWith('0');
}
