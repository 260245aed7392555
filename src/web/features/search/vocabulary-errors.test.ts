import { describe, expect, it } from 'vitest';
import { countEntries, hasLineErrors, lineErrors, lineRange } from './vocabulary-errors.ts';

describe('lineErrors', () => {
  it('picks the line errors of one field, in line order', () => {
    const errors = [
      { field: 'synonyms.12', code: 'invalid', message: 'Grupa ma tylko jeden człon.' },
      { field: 'domainWords.3', code: 'invalid', message: 'Jedno słowo w wierszu.' },
      { field: 'synonyms.2', code: 'invalid', message: 'Pusty człon.' },
    ];
    expect(lineErrors(errors, 'synonyms')).toEqual([
      { line: 2, message: 'Pusty człon.' },
      { line: 12, message: 'Grupa ma tylko jeden człon.' },
    ]);
    expect(lineErrors(errors, 'domainWords')).toEqual([{ line: 3, message: 'Jedno słowo w wierszu.' }]);
    expect(hasLineErrors(errors)).toBe(true);
  });

  it('leaves errors of a whole field and answers without field errors to the general message', () => {
    const errors = [{ field: 'synonyms', code: 'too_big', message: 'Za długi tekst.' }];
    expect(lineErrors(errors, 'synonyms')).toEqual([]);
    expect(hasLineErrors(errors)).toBe(false);
    expect(hasLineErrors(undefined)).toBe(false);
  });
});

describe('countEntries', () => {
  it('counts lines with content, not blank lines or comments', () => {
    expect(countEntries('# Wypożyczenia\nwypożyczyć, pożyczyć\n\n  \nkara, opłata # za zwłokę\n#koniec')).toBe(2);
    expect(countEntries('')).toBe(0);
  });
});

describe('lineRange', () => {
  it('finds a line to select, also the last one and one past the end', () => {
    const text = 'kara, opłata\njedno\nzwrot, oddanie';
    expect(text.slice(lineRange(text, 1).start, lineRange(text, 1).end)).toBe('kara, opłata');
    expect(text.slice(lineRange(text, 2).start, lineRange(text, 2).end)).toBe('jedno');
    expect(text.slice(lineRange(text, 3).start, lineRange(text, 3).end)).toBe('zwrot, oddanie');
    expect(lineRange(text, 9)).toEqual({ start: text.length, end: text.length });
  });
});
