import { describe, expect, it } from 'vitest';
import { analyzeForIndex } from './analyze-index.ts';
import { parseDomainWords } from './domain-words.ts';

describe('analyzeForIndex', () => {
  it('drops Polish stop words, compared without diacritics', () => {
    expect(analyzeForIndex('Że też się nie dało, bo już jest za późno', 'pl')).toEqual(['dac', 'pozno']);
    expect(analyzeForIndex('ze tez sie nie dalo, bo juz jest za pozno', 'pl')).toEqual(['dac', 'pozno']);
  });

  it('keeps repeated words for term frequency', () => {
    expect(analyzeForIndex('kara, kara i jeszcze raz kara', 'pl').filter((token) => token === 'kara')).toHaveLength(3);
  });

  it('keeps numbers and drops stray single letters', () => {
    expect(analyzeForIndex('Do 20 książek na 1 kartę, r. 2024', 'pl')).toEqual(['20', 'ksiazka', '1', 'karta', '2024']);
  });

  it('writes hyphenated words together, so "e-book" and "ebook" meet', () => {
    expect(analyzeForIndex('e-booki', 'pl')).toContain('ebook');
    expect(analyzeForIndex('wi-fi', 'pl')).toEqual(['wifi']);
  });

  it('indexes an unknown hyphenated word whole and by its parts', () => {
    expect(analyzeForIndex('kawa-herbata', 'pl')).toEqual(['kawaherbata', 'kawa', 'herbata']);
  });

  it('keeps unknown words with a light stem so their forms still meet', () => {
    const one = analyzeForIndex('coworking', 'pl');
    const other = analyzeForIndex('coworkingu', 'pl');
    expect(other).toEqual(['coworkingu', 'coworking']);
    expect(one.some((token) => other.includes(token))).toBe(true);
  });

  it('treats domain words as lemmas and recognises their inflected forms', () => {
    const domainWords = parseDomainWords('Legimi\nmiędzybiblioteczny\ne-book # comment\n');
    expect(analyzeForIndex('Legimi', 'pl', { domainWords })).toEqual(['legimi', 'legim']);
    expect(analyzeForIndex('wypożyczenia międzybibliotecznego', 'pl', { domainWords })).toEqual([
      'wypozyczyc',
      'miedzybiblioteczny',
      'miedzybiblioteczn',
    ]);
    expect(analyzeForIndex('ebooków', 'pl', { domainWords })).toEqual(['ebook']);
  });

  it('emits tokens that are single words of letters and digits', () => {
    const tokens = analyzeForIndex('E-book (Wi-Fi), „Pan Tadeusz” — 3D, Ñandú, 😀 Привет', 'pl');
    for (const token of tokens) expect(token).toMatch(/^[\p{Ll}\p{Lo}\p{N}]+$/u);
  });

  it('never throws on hostile input', () => {
    expect(analyzeForIndex('" OR NEAR(', 'pl')).toEqual(['or', 'near']);
    expect(analyzeForIndex('\u0000\uD800 ☃ 🙈', 'pl')).toEqual([]);
    expect(analyzeForIndex('żółć '.repeat(2_000), 'pl').length).toBeGreaterThan(0);
  });

  it('analyses English with English stop words and stems', () => {
    expect(analyzeForIndex('The readers were borrowing books from the libraries', 'en')).toEqual(['reader', 'borrow', 'book', 'librari']);
  });
});
