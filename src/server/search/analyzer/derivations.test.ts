import { describe, expect, it } from 'vitest';
import { derivedLemmas } from './derivations.ts';

describe('derivedLemmas', () => {
  it('pairs verbs with their other aspect, both ways, also with stem alternations', () => {
    expect(derivedLemmas('oddac')).toEqual(['oddawac']);
    expect(derivedLemmas('oddawac')).toEqual(['oddac']);
    expect(derivedLemmas('zwracac')).toEqual(['zwrocic']);
    expect(derivedLemmas('zglosic')).toEqual(['zglaszac']);
    expect(derivedLemmas('odwolywac')).toEqual(['odwolac']);
    expect(derivedLemmas('odebrac')).toEqual(['odbierac']);
    expect(derivedLemmas('przyjsc')).toEqual(['przychodzic']);
    expect(derivedLemmas('przedluzac')).toEqual(['przedluzyc']);
    expect(derivedLemmas('zamowic')).toEqual(['zamawiac']);
  });

  it('relates feminine forms and diminutives to their base nouns', () => {
    expect(derivedLemmas('czytelniczka')).toEqual(['czytelnik']);
    expect(derivedLemmas('bibliotekarka')).toEqual(['bibliotekarz']);
    expect(derivedLemmas('pracownica')).toEqual(['pracownik']);
    expect(derivedLemmas('biblioteczka')).toEqual(['biblioteka']);
    expect(derivedLemmas('stolik')).toEqual(['stol']);
    expect(derivedLemmas('stol')).toEqual(['stolik']);
  });

  it('relates adverbs to their adjectives', () => {
    expect(derivedLemmas('glosno')).toEqual(['glosny']);
    expect(derivedLemmas('spokojnie')).toEqual(['spokojny']);
  });

  it('keeps only words the dictionary knows and leaves look-alikes apart', () => {
    // A noun in -ąc is no verb, pani is not panika, prawo (law) is not prawy, zapis is not zapiska.
    expect(derivedLemmas('miesiac')).toEqual([]);
    expect(derivedLemmas('pani')).toEqual([]);
    expect(derivedLemmas('prawo')).toEqual([]);
    expect(derivedLemmas('zapis')).toEqual([]);
    expect(derivedLemmas('ksiazka')).toEqual(['ksiazeczka']);
    expect(derivedLemmas('spor')).toEqual([]);
  });

  it('can be limited to verbs', () => {
    expect(derivedLemmas('czytelniczka', 'verb')).toEqual([]);
    expect(derivedLemmas('zwrocic', 'verb')).toEqual(['zwracac']);
  });
});
