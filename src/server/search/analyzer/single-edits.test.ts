import { describe, expect, it } from 'vitest';
import { singleEdits } from './single-edits.ts';

describe('singleEdits', () => {
  const edits = singleEdits('czytlenik');

  it('includes deletions, swaps, nearby keys and omitted letters', () => {
    expect(edits).toContain('czytelnik');
    expect(edits).toContain('czytenik');
    expect(edits).toContain('czytlemik');
    expect(singleEdits('ksiazk')).toContain('ksiazka');
    expect(singleEdits('czytelnk')).toContain('czytelnik');
    expect(singleEdits('ktury')).toContain('ktory');
  });

  it('excludes the word itself and stays far below every possible edit', () => {
    expect(edits).not.toContain('czytlenik');
    expect(edits.size).toBeLessThan(26 * 2 * ('czytlenik'.length + 1));
  });
});
