import { normalizeText } from './fold.ts';

// Letters, marks and digits, with inner hyphens kept so "e-book" and "wi-fi" stay one word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu;
const HYPHENS = /[‐‑]/gu;
// Generous for any query, and it keeps a pasted book from making one regex scan unbounded.
const CHARACTERS_PER_TOKEN = 64;
// Longer than any Polish word; longer runs (hashes, pasted garbage) are cut so they cost little.
export const MAX_WORD_LENGTH = 48;

export type Token = { text: string; start: number; end: number };

export function tokenize(text: string, maxTokens: number): Token[] {
  return tokenizeWithSource(text, maxTokens).tokens;
}

// Token offsets point into `source`: the normalised (NFC, lower-case) and length-capped input.
export function tokenizeWithSource(text: string, maxTokens: number): { source: string; tokens: Token[] } {
  const source = normalizeText(text.slice(0, maxTokens * CHARACTERS_PER_TOKEN));
  const tokens: Token[] = [];
  for (const match of source.matchAll(WORD)) {
    if (tokens.length >= maxTokens) break;
    const text = match[0].replace(HYPHENS, '-').slice(0, MAX_WORD_LENGTH);
    tokens.push({ text, start: match.index, end: match.index + match[0].length });
  }
  return { source, tokens };
}
