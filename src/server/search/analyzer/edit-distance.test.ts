import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.ts';

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

  it('gives the same answer for long words and in either order', () => {
    const long = 'dziewięćsetdziewięćdziesięciodziewięcioletniego'.repeat(2);
    expect(editDistance(long, `${long}x`, 2)).toBe(1);
    expect(editDistance('czytelnika', 'czytlenik', 2)).toBe(editDistance('czytlenik', 'czytelnika', 2));
  });

  it('stops at the limit', () => {
    expect(editDistance('biblioteka', 'komputer', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
