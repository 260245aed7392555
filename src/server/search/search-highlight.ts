import type { HighlightSegment, SearchField, SearchSnippet } from '../../shared/search.schema.ts';
import type { DomainWords, Language } from './analyzer/index.ts';
import { parseList } from './search-document.ts';
import type { PracticeTexts } from './search.repository.ts';
import { wordIndexTokens } from './word-token-cache.ts';

/** A word: a run of letters, marks and digits, with hyphenated parts (`książka-widmo`, `e-book`). */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const SNIPPET_CHARS = 200;
const MAX_SNIPPETS = 3;
const MAX_SCANNED_CHARS = 20_000;
/** Snippets come from the first part of a long field; later text is not read. */
const MAX_SNIPPET_SOURCE = 3000;
const ELLIPSIS = '…';

/** Marks a word when one of its index tokens matched the query, so "książkę" lights up for "ksiazka". */
export interface Highlighter {
  language: Language;
  domainWords: DomainWords;
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
  cache: Map<string, boolean>;
  /** First two letters (folded) of every query token: a word starting otherwise is not analysed. */
  starts: ReadonlySet<string>;
  /** The same as numbers (startKey), checked before a word is cut out of its text. */
  startKeys: ReadonlySet<number>;
}

const FOLDED: Readonly<Record<string, string>> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

// toLowerCase, not toLocaleLowerCase: the same for Polish letters, and many times faster.
function start(word: string): string {
  const first = word.charAt(0).toLowerCase();
  const second = word.charAt(1).toLowerCase();
  return (FOLDED[first] ?? first) + (FOLDED[second] ?? second);
}

/** 0: not yet known, 1: a word character, 2: not one; per UTF-16 unit outside the surrogates. */
const unitClass = new Uint8Array(65_536);
/** Lower-cased and folded UTF-16 unit, +1 (0: not yet known, -1: lower-cases to more than one unit). */
const unitFold = new Int32Array(65_536);
const ABSENT = 65_536;

function foldUnit(code: number): number {
  let folded = unitFold[code] ?? 0;
  if (folded === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    const result = FOLDED[lower] ?? lower;
    folded = result.length === 1 ? result.charCodeAt(0) + 1 : -1;
    unitFold[code] = folded;
  }
  return folded < 0 ? -1 : folded - 1;
}

/** The start of a word as a number: what start() gives, for the usual case of one unit per letter. */
function startKey(first: number, second: number): number {
  return first * (ABSENT + 1) + second;
}

/** How many UTF-16 units the word character at `index` takes (0: none there, before `limit`). */
function wordUnits(text: string, index: number, limit: number): number {
  if (index >= limit) return 0;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) {
    const next = index + 1 < limit ? text.charCodeAt(index + 1) : 0;
    if (code > 0xdbff || next < 0xdc00 || next > 0xdfff) return 0;
    return WORD_CHAR.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  let kind = unitClass[code] ?? 0;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    unitClass[code] = kind;
  }
  return kind === 1 ? 1 : 0;
}

/** Units to skip over a character that is not part of a word (a whole surrogate pair at once). */
function otherUnits(text: string, index: number, limit: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= limit) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * The highlighter for one answer. Lemmas nearly always share their first two letters with the
 * inflected form, so only words starting like a query token are analysed; the rare irregular
 * form (ludzie → człowiek) is found by the search but not marked.
 */
export function highlighterFor(
  language: Language,
  domainWords: DomainWords,
  exact: ReadonlySet<string>,
  prefixes: readonly string[],
  cache: Map<string, boolean>,
): Highlighter {
  const starts = new Set([...exact, ...prefixes].map((token) => token.slice(0, 2)));
  const startKeys = new Set(
    [...starts]
      .filter((prefix) => prefix !== '')
      .map((prefix) => startKey(prefix.charCodeAt(0), prefix.length > 1 ? prefix.charCodeAt(1) : ABSENT)),
  );
  return { language, domainWords, exact, prefixes, cache, starts, startKeys };
}

type Range = { start: number; end: number };

function isMatch(word: string, highlighter: Highlighter): boolean {
  if (!highlighter.starts.has(start(word))) return false;
  return analysedMatch(word, highlighter);
}

function analysedMatch(word: string, highlighter: Highlighter): boolean {
  const known = highlighter.cache.get(word);
  if (known !== undefined) return known;
  const tokens = wordIndexTokens(word, highlighter.language, highlighter.domainWords);
  const matched = tokens.some((token) => highlighter.exact.has(token) || highlighter.prefixes.some((prefix) => token.startsWith(prefix)));
  highlighter.cache.set(word, matched);
  return matched;
}

/** Whether the word text[from, to) is marked; the word is cut out only when its first letters could match. */
function wordMatches(text: string, from: number, to: number, highlighter: Highlighter): boolean {
  const first = foldUnit(text.charCodeAt(from));
  const second = to - from > 1 ? foldUnit(text.charCodeAt(from + 1)) : ABSENT;
  if (first < 0 || second < 0) return isMatch(text.slice(from, to), highlighter);
  if (!highlighter.startKeys.has(startKey(first, second))) return false;
  return analysedMatch(text.slice(from, to), highlighter);
}

/** The marked words of a text (its first MAX_SCANNED_CHARS), scanned by hand: a regular expression costs several times more. */
function markedRanges(text: string, highlighter: Highlighter): Range[] {
  const ranges: Range[] = [];
  const limit = Math.min(text.length, MAX_SCANNED_CHARS);
  let index = 0;
  while (index < limit) {
    let units = wordUnits(text, index, limit);
    if (units === 0) {
      index += otherUnits(text, index, limit);
      continue;
    }
    const from = index;
    for (;;) {
      while (units > 0) {
        index += units;
        units = wordUnits(text, index, limit);
      }
      if (index < limit && HYPHENS.has(text.charCodeAt(index)) && wordUnits(text, index + 1, limit) > 0) {
        index += 1;
        units = wordUnits(text, index, limit);
        continue;
      }
      break;
    }
    if (wordMatches(text, from, index, highlighter)) ranges.push({ start: from, end: index });
  }
  return ranges;
}

export function toSegments(text: string, ranges: readonly Range[], from = 0, to = text.length): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let position = from;
  for (const range of ranges) {
    if (range.end <= from || range.start >= to) continue;
    if (range.start > position) segments.push({ text: text.slice(position, range.start), marked: false });
    segments.push({ text: text.slice(Math.max(range.start, from), Math.min(range.end, to)), marked: true });
    position = Math.min(range.end, to);
  }
  if (position < to) segments.push({ text: text.slice(position, to), marked: false });
  return segments;
}

export function highlightWhole(text: string, highlighter: Highlighter): HighlightSegment[] {
  return toSegments(text, markedRanges(text, highlighter));
}

/** The window of about SNIPPET_CHARS with the most marked words, cut at word boundaries. */
function window(text: string, ranges: readonly Range[]): Range {
  if (text.length <= SNIPPET_CHARS) return { start: 0, end: text.length };
  let best = { start: ranges[0]?.start ?? 0, count: 0 };
  for (const range of ranges) {
    const count = ranges.filter((other) => other.start >= range.start && other.end <= range.start + SNIPPET_CHARS).length;
    if (count > best.count) best = { start: range.start, count };
  }
  let start = Math.max(0, best.start - SNIPPET_CHARS / 4);
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return { start, end };
}

function snippetOf(field: SearchField, text: string, ranges: readonly Range[]): SearchSnippet {
  const { start, end } = window(text, ranges);
  const segments = toSegments(text, ranges, start, end);
  if (start > 0) segments.unshift({ text: ELLIPSIS, marked: false });
  if (end < text.length) segments.push({ text: ELLIPSIS, marked: false });
  return { field, segments };
}

const FIELD_WEIGHT: Record<SnippetField, number> = {
  summary: 1.5,
  situation: 1.5,
  signals: 1.4,
  steps: 1.2,
  say: 1.1,
  avoid: 1,
  tags: 1,
  body: 0.8,
};

type SnippetField = Exclude<SearchField, 'title'>;

/** The texts snippets are cut from, in order of importance, each cut at MAX_SNIPPET_SOURCE: parse once, highlight often. */
export type SnippetSource = ReadonlyArray<readonly [SnippetField, string]>;

/** The fields of a practice that snippets come from (lists as JSON text). */
export type SnippetTexts = Pick<PracticeTexts, 'summary' | 'situation' | 'signals' | 'steps' | 'say' | 'avoid' | 'tags' | 'body'>;

export function snippetSource(practice: SnippetTexts): SnippetSource {
  return fieldTexts(practice).map(([field, text]) => [field, text.slice(0, MAX_SNIPPET_SOURCE)] as const);
}

function fieldTexts(practice: SnippetTexts): Array<[SnippetField, string]> {
  return [
    ['summary', practice.summary],
    ['situation', practice.situation],
    ...parseList(practice.signals).map((text): ['signals', string] => ['signals', text]),
    ...parseList(practice.steps).map((text): ['steps', string] => ['steps', text]),
    ...parseList(practice.say).map((text): ['say', string] => ['say', text]),
    ...parseList(practice.avoid).map((text): ['avoid', string] => ['avoid', text]),
    ['tags', parseList(practice.tags).join(', ')],
    ['body', practice.body],
  ];
}

/**
 * Up to three excerpts from different fields where query words were found: fields are read in
 * order of importance and reading stops at the third field with a match; the field with the most
 * distinct matched words (weighted by the field) comes first.
 */
export function snippetsFor(practice: SnippetTexts, highlighter: Highlighter): SearchSnippet[] {
  return snippetsFrom(snippetSource(practice), highlighter);
}

export function snippetsFrom(source: SnippetSource, highlighter: Highlighter): SearchSnippet[] {
  const best = new Map<SearchField, { text: string; ranges: Range[]; weight: number }>();
  for (const [field, text] of source) {
    if (!best.has(field) && best.size === MAX_SNIPPETS) break;
    const ranges = markedRanges(text, highlighter);
    if (ranges.length === 0) continue;
    const weight = FIELD_WEIGHT[field] * distinctWords({ text, ranges });
    if ((best.get(field)?.weight ?? 0) < weight) best.set(field, { text, ranges, weight });
  }
  return [...best].sort(([, a], [, b]) => b.weight - a.weight).map(([field, { text, ranges }]) => snippetOf(field, text, ranges));
}

function distinctWords(candidate: { text: string; ranges: Range[] }): number {
  return new Set(candidate.ranges.map((range) => candidate.text.slice(range.start, range.end).toLocaleLowerCase('pl'))).size;
}
