import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const words = (text: string, max = 100) => tokenize(text, max).map((token) => token.text);

describe('tokenize', () => {
  it('keeps hyphenated words, numbers and words with digits whole', () => {
    expect(words('E-book, wi-fi i 20 tomów w formacie mp3; covid-19')).toEqual([
      'e-book',
      'wi-fi',
      'i',
      '20',
      'tomów',
      'w',
      'formacie',
      'mp3',
      'covid-19',
    ]);
  });

  it('splits on other punctuation and on dashes between words', () => {
    expect(words('kara/opłata – (zwłoka)…10,5 zł')).toEqual(['kara', 'opłata', 'zwłoka', '10', '5', 'zł']);
    expect(words('słowo- -słowo')).toEqual(['słowo', 'słowo']);
  });

  it('returns nothing for punctuation, emoji or empty input', () => {
    expect(words('?!… — "" ()')).toEqual([]);
    expect(words('😀🙈👍🏽')).toEqual([]);
    expect(words('')).toEqual([]);
  });

  it('keeps words of other scripts', () => {
    expect(words('Привет, мир! 你好')).toEqual(['привет', 'мир', '你好']);
  });

  it('treats search-engine syntax as plain words', () => {
    expect(words('" OR NEAR( title:* AND -x')).toEqual(['or', 'near', 'title', 'and', 'x']);
  });

  it('caps the number of tokens and the length of input it reads', () => {
    const long = 'słowo '.repeat(2_000);
    expect(tokenize(long, 64)).toHaveLength(64);
    expect(tokenize('a'.repeat(10_000), 64).map((token) => token.text.length)).toEqual([48]);
  });

  it('reports offsets into the normalised text', () => {
    expect(tokenize('Ala  MA', 10)).toEqual([
      { text: 'ala', start: 0, end: 3 },
      { text: 'ma', start: 5, end: 7 },
    ]);
  });
});
