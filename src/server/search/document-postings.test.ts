import { describe, expect, it } from 'vitest';
import { lowerBound, occurrenceGroup, POSITIONS, postingsOf } from './document-postings.ts';

describe('postingsOf', () => {
  const postings = postingsOf([Int32Array.from([7, 3]), Int32Array.from([3, 3, 9]), new Int32Array(0), Int32Array.from([7])]);

  it('lists each token once, ascending, with its occurrences by group and position', () => {
    expect([...postings.tokens]).toEqual([3, 7, 9]);
    const occurrencesOf = (index: number) =>
      [...postings.occurrences.subarray(postings.starts[index], postings.starts[index + 1])].map((occurrence) => [
        occurrenceGroup(occurrence),
        occurrence % POSITIONS,
      ]);
    expect(occurrencesOf(0)).toEqual([
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(occurrencesOf(1)).toEqual([
      [0, 0],
      [3, 0],
    ]);
    expect(occurrencesOf(2)).toEqual([[1, 2]]);
    expect([...postings.lengths]).toEqual([2, 3, 0, 1]);
  });

  it('finds where a token is or would be', () => {
    expect(lowerBound(postings, 7, 0)).toBe(1);
    expect(lowerBound(postings, 8, 0)).toBe(2);
    expect(lowerBound(postings, 10, 1)).toBe(3);
  });
});
