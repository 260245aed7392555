import { describe, expect, it } from 'vitest';
import { deletions, editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('czytlenik', 'czytelnik', 2)).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('ksiazka', 'ksiazka', 2)).toBe(0);
    expect(editDistance('ksiaka', 'ksiazka', 2)).toBe(1);
    expect(editDistance('kara', 'karta', 2)).toBe(1);
    expect(editDistance('kot', 'kit', 2)).toBe(1);
    expect(editDistance('nieuprzjeme', 'nieuprzejmy', 2)).toBe(2);
  });

  it('stops at the limit', () => {
    expect(editDistance('biblioteka', 'komputer', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('deletions', () => {
  it('lists every string reachable by deleting up to the given number of letters', () => {
    expect([...deletions('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect(deletions('abcd', 2).size).toBe(1 + 4 + 6);
  });
});
