import { describe, expect, it } from 'vitest';
import { foldDiacritics, hasPolishDiacritics, normalizeText } from './fold.ts';

describe('foldDiacritics', () => {
  it('maps every Polish letter, including ł which NFD stripping leaves alone', () => {
    expect(foldDiacritics('ąćęłńóśźż')).toBe('acelnoszz');
    expect(foldDiacritics('ĄĆĘŁŃÓŚŹŻ')).toBe('ACELNOSZZ');
    expect(foldDiacritics('zgubił książkę')).toBe('zgubil ksiazke');
  });

  it('folds other Latin diacritics but leaves other scripts intact', () => {
    expect(foldDiacritics('café naïve Dvořák')).toBe('cafe naive Dvorak');
    expect(foldDiacritics('привет й')).toBe('привет й');
  });

  it('returns plain ASCII unchanged', () => {
    expect(foldDiacritics('ksiazka 2024')).toBe('ksiazka 2024');
  });
});

describe('normalizeText', () => {
  it('composes to NFC and lower-cases in Polish', () => {
    const decomposed = 'Z\u0307ÓŁW'.normalize('NFD');
    expect(normalizeText(decomposed)).toBe('żółw');
  });

  it('removes soft hyphens and zero-width characters pasted inside words', () => {
    expect(normalizeText('Książ\u00adka\u200b')).toBe('książka');
  });
});

describe('hasPolishDiacritics', () => {
  it('tells folded spellings from Polish ones', () => {
    expect(hasPolishDiacritics('zgubił')).toBe(true);
    expect(hasPolishDiacritics('zgubil')).toBe(false);
  });
});
