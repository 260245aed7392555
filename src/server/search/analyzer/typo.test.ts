import { describe, expect, it } from 'vitest';
import { loadHunspell } from './hunspell.ts';
import { findCorrections, maxTypoDistance } from './typo.ts';
import { toToken } from './word-tokens.ts';

const formTokens = (form: string) => loadHunspell().foldedLemmas(form).map(toToken);

describe('findCorrections', () => {
  const vocabulary = new Map([
    ['czytelnik', 40],
    ['czytelnia', 5],
    ['ksiazka', 30],
    ['rezerwacja', 8],
    ['legimi', 2],
    ['kara', 3],
    ['karta', 9],
  ]);

  it('reaches the lemma of a mistyped inflected form through the dictionary', () => {
    expect(findCorrections('czytlenicy', vocabulary, formTokens)).toEqual([{ token: 'czytelnik', distance: 1 }]);
    expect(findCorrections('rezerwajca', vocabulary, formTokens)).toEqual([{ token: 'rezerwacja', distance: 1 }]);
  });

  it('falls back to the vocabulary for words the dictionary lacks', () => {
    expect(findCorrections('legini', vocabulary, formTokens)).toEqual([{ token: 'legimi', distance: 1 }]);
  });

  it('prefers frequent tokens among equally close ones', () => {
    expect(findCorrections('karra', vocabulary, undefined).map((correction) => correction.token)).toEqual(['karta', 'kara']);
  });

  it('allows two edits only in longer words', () => {
    expect(maxTypoDistance('kara')).toBe(1);
    expect(maxTypoDistance('rezerwacja')).toBe(2);
    expect(findCorrections('rezrewcja', vocabulary, undefined)).toEqual([{ token: 'rezerwacja', distance: 2 }]);
    expect(findCorrections('kxrxa', vocabulary, undefined)).toEqual([]);
  });

  it('works with a plain set and ignores short words and numbers', () => {
    const set = new Set(vocabulary.keys());
    expect(findCorrections('czytelnikk', set, undefined)[0]?.token).toBe('czytelnik');
    expect(findCorrections('ka', set, undefined)).toEqual([]);
    expect(findCorrections('2024', set, undefined)).toEqual([]);
  });
});
