import { describe, expect, it } from 'vitest';
import { matchSynonyms, parseSynonyms } from './synonyms.ts';

describe('parseSynonyms', () => {
  it('reads one group per line, members split by commas or tildes, skipping comments', () => {
    const synonyms = parseSynonyms('# opłaty\nkara, opłata, należność\n\nwrzutnia ~ skrzynka zwrotów # wrzutnia przy wejściu\nsamotny\n');
    expect(synonyms.groups.map((group) => group.map((member) => member.tokens.join(' ')))).toEqual([
      ['kara', 'oplata', 'naleznosc'],
      ['wrzutnia', 'skrzynka zwrot'],
    ]);
  });

  it('analyses members to lemmas, so inflected members and queries meet', () => {
    const synonyms = parseSynonyms('karty czytelników, legitymacje');
    expect(synonyms.groups[0]?.map((member) => member.tokens)).toEqual([['karta', 'czytelnik'], ['legitymacja']]);
  });

  it('lets a member word stand for its base-form lemma only', () => {
    const synonyms = parseSynonyms('list, korespondencja');
    expect(synonyms.groups[0]?.[0]?.tokens).toEqual(['list']);
    const listy = new Set(['lista', 'list']);
    expect(matchSynonyms([listy], synonyms)).toHaveLength(1);
    expect(matchSynonyms([new Set(['lista'])], synonyms)).toEqual([]);
  });

  it('ignores stop words inside members', () => {
    const synonyms = parseSynonyms('zapis do biblioteki, rejestracja');
    expect(synonyms.groups[0]?.[0]?.tokens).toEqual(['zapis', 'biblioteka']);
  });
});

describe('matchSynonyms', () => {
  const synonyms = parseSynonyms('legitymacja, karta czytelnika\nawantura, kłótnia');

  it('finds single- and multi-word members among consecutive query words', () => {
    const words = [new Set(['zgubic']), new Set(['karta']), new Set(['czytelnik']), new Set(['awantura'])];
    const matches = matchSynonyms(words, synonyms);
    expect(matches.map((match) => [match.start, match.length, match.expansions.map((member) => member.text)])).toEqual([
      [1, 2, ['legitymacja']],
      [3, 1, ['kłótnia']],
    ]);
  });

  it('needs every word of a multi-word member', () => {
    expect(matchSynonyms([new Set(['karta']), new Set(['kredytowy'])], synonyms)).toEqual([]);
  });
});
