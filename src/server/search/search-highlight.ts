import type { HighlightSegment, SearchField, SearchSnippet } from '../../shared/search.schema.ts';
import type { DomainWords, Language } from './analyzer/index.ts';
import { parseList } from './search-document.ts';
import type { PracticeTexts } from './search.repository.ts';
import { wordIndexTokens } from './word-token-cache.ts';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu;
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
}

const FOLDED: Readonly<Record<string, string>> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

// toLowerCase, not toLocaleLowerCase: the same for Polish letters, and many times faster.
function start(word: string): string {
  const first = word.charAt(0).toLowerCase();
  const second = word.charAt(1).toLowerCase();
  return (FOLDED[first] ?? first) + (FOLDED[second] ?? second);
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
  return { language, domainWords, exact, prefixes, cache, starts };
}

type Range = { start: number; end: number };

function isMatch(word: string, highlighter: Highlighter): boolean {
  if (!highlighter.starts.has(start(word))) return false;
  const known = highlighter.cache.get(word);
  if (known !== undefined) return known;
  const tokens = wordIndexTokens(word, highlighter.language, highlighter.domainWords);
  const matched = tokens.some((token) => highlighter.exact.has(token) || highlighter.prefixes.some((prefix) => token.startsWith(prefix)));
  highlighter.cache.set(word, matched);
  return matched;
}

function markedRanges(text: string, highlighter: Highlighter): Range[] {
  const ranges: Range[] = [];
  for (const match of text.slice(0, MAX_SCANNED_CHARS).matchAll(WORD)) {
    if (isMatch(match[0], highlighter)) ranges.push({ start: match.index, end: match.index + match[0].length });
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

const FIELD_WEIGHT: Record<Exclude<SearchField, 'title'>, number> = {
  summary: 1.5,
  situation: 1.5,
  signals: 1.4,
  steps: 1.2,
  say: 1.1,
  avoid: 1,
  tags: 1,
  body: 0.8,
};

function fieldTexts(practice: PracticeTexts): Array<[Exclude<SearchField, 'title'>, string]> {
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
export function snippetsFor(practice: PracticeTexts, highlighter: Highlighter): SearchSnippet[] {
  const best = new Map<SearchField, { text: string; ranges: Range[]; weight: number }>();
  for (const [field, text] of fieldTexts(practice)) {
    if (!best.has(field) && best.size === MAX_SNIPPETS) break;
    const ranges = markedRanges(text.slice(0, MAX_SNIPPET_SOURCE), highlighter);
    if (ranges.length === 0) continue;
    const weight = FIELD_WEIGHT[field] * distinctWords({ text, ranges });
    if ((best.get(field)?.weight ?? 0) < weight) best.set(field, { text, ranges, weight });
  }
  return [...best]
    .sort(([, a], [, b]) => b.weight - a.weight)
    .map(([field, { text, ranges }]) => snippetOf(field, text.slice(0, MAX_SNIPPET_SOURCE), ranges));
}

function distinctWords(candidate: { text: string; ranges: Range[] }): number {
  return new Set(candidate.ranges.map((range) => candidate.text.slice(range.start, range.end).toLocaleLowerCase('pl'))).size;
}
