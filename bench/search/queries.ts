import path from 'node:path';
import { z } from 'zod';
import { pick, random, readLines } from './corpus.ts';

const FOLD: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const WORD = /[\p{L}\p{N}]+/gu;

function fold(text: string): string {
  return text.replace(/[ąćęłńóśźż]/gu, (letter) => FOLD[letter] ?? letter);
}

function typo(next: () => number, text: string): string {
  const words = text.split(' ');
  const index = Math.floor(next() * words.length);
  const word = words[index] ?? '';
  if (word.length < 5) return text;
  const at = 1 + Math.floor(next() * (word.length - 2));
  words[index] = word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  return words.join(' ');
}

function fragment(next: () => number, sentence: string): string {
  const words = sentence.toLocaleLowerCase('pl').match(WORD) ?? [];
  const length = 1 + Math.floor(next() * 4);
  const start = Math.floor(next() * Math.max(1, words.length - length));
  return words.slice(start, start + length).join(' ');
}

/**
 * 1,000 varied queries: the development queries as written, then fragments of 1–4 words from the
 * practices' sentences, some without Polish letters, some with a swapped pair of letters, some as
 * typed prefixes (as the palette sends them while one types).
 */
export function benchQueries(directory: string, sentences: readonly string[], count = 1000, seed = 7): string[] {
  const QuerySchema = z.object({ q: z.string() });
  const written = readLines(path.join(directory, 'queries.jsonl')).map((line) => QuerySchema.parse(line).q);
  const next = random(seed);
  const queries = [...written.slice(0, Math.min(written.length, count / 4))];
  while (queries.length < count) {
    const base = fragment(next, pick(next, sentences));
    if (base === '') continue;
    const roll = next();
    if (roll < 0.2) queries.push(fold(base));
    else if (roll < 0.35) queries.push(typo(next, base));
    else if (roll < 0.45) queries.push(base.slice(0, Math.max(3, Math.floor(base.length * 0.7))));
    else queries.push(base);
  }
  return queries;
}

/** Queries that never repeat: two fragments joined, numbered apart where they would. */
export function uniqueQueries(sentences: readonly string[], count: number): string[] {
  const next = random(11);
  const seen = new Set<string>();
  const queries: string[] = [];
  while (queries.length < count) {
    let query = `${fragment(next, pick(next, sentences))} ${fragment(next, pick(next, sentences))}`.trim();
    if (query === '') continue;
    if (seen.has(query)) query = `${query} ${queries.length}`;
    seen.add(query);
    queries.push(query);
  }
  return queries;
}
