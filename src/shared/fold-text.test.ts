import { describe, expect, it } from 'vitest';
import { foldForMatch, matchesAllWords } from './fold-text.ts';

describe('foldForMatch', () => {
  it('lowers case and drops Polish diacritics, ł included', () => {
    expect(foldForMatch('ŻÓŁTA Łódź, Ośrodek Pomocy Społecznej')).toBe('zolta lodz, osrodek pomocy spolecznej');
  });

  it('treats composed and decomposed letters alike', () => {
    expect(foldForMatch('Ś')).toBe(foldForMatch('S\u0301'));
  });
});

describe('matchesAllWords', () => {
  it.each([
    ['osrodek spolecznej', true],
    ['SPOŁECZNEJ   ośrodek', true],
    ['ośrodek zdrowia', false],
    ['', true],
  ])('"%s" in "Ośrodek Pomocy Społecznej" → %s', (query, expected) => {
    expect(matchesAllWords('Ośrodek Pomocy Społecznej', query)).toBe(expected);
  });
});
