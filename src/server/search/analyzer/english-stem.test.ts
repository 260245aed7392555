import { describe, expect, it } from 'vitest';
import { stemEnglish } from './english-stem.ts';

describe('stemEnglish', () => {
  it('folds plurals and verb endings together', () => {
    const groups = [
      ['book', 'books'],
      ['library', 'libraries'],
      ['borrow', 'borrowed', 'borrowing', 'borrows'],
      ['reader', 'readers'],
      ['fine', 'fines'],
      ['connect', 'connected', 'connecting', 'connection'],
    ];
    for (const group of groups) expect(new Set(group.map(stemEnglish)).size, group.join()).toBe(1);
  });

  it('keeps short words and non-letters as they are', () => {
    expect(stemEnglish('is')).toBe('is');
    expect(stemEnglish('mp3')).toBe('mp3');
  });

  it('does not merge unrelated words', () => {
    expect(stemEnglish('card')).not.toBe(stemEnglish('care'));
    expect(stemEnglish('policy')).not.toBe(stemEnglish('police'));
  });
});
