import { describe, expect, it } from 'vitest';
import { analyzeForIndex } from './analyze-index.ts';
import { analyzeQuery, type QueryTerm } from './analyze-query.ts';
import { parseDomainWords } from './domain-words.ts';
import { parseSynonyms } from './synonyms.ts';

const INDEXED = [
  'Czytelnik był nieuprzejmy wobec bibliotekarki i zgubił wypożyczoną książkę.',
  'Awantura o stolik w czytelni; opłata za przetrzymanie; karta czytelnika zgubiona.',
  'Legimi: kod do e-booków. Wrzutnia jest przy wejściu.',
];
const vocabulary = new Set(INDEXED.flatMap((text) => analyzeForIndex(text, 'pl')));

const tokensOf = (term: QueryTerm | undefined, source?: string) =>
  (term?.alternatives ?? [])
    .filter((alternative) => source === undefined || alternative.source === source)
    .map((alternative) => alternative.tokens.join(' '));

describe('analyzeQuery', () => {
  it('turns each word into its lemma tokens and drops stop words', () => {
    const { terms, corrected } = analyzeQuery('Czytelnik zgubił książkę i nie wie, co dalej', 'pl');
    expect(terms.map((term) => term.text)).toEqual(['czytelnik', 'zgubił', 'książkę', 'wie', 'dalej']);
    expect(tokensOf(terms[2], 'word')).toEqual(['ksiazka']);
    expect(corrected).toBeUndefined();
  });

  it('adds a weak six-letter prefix alternative for long words, to reach derived words', () => {
    const [term] = analyzeQuery('bibliotekarka', 'pl').terms;
    const prefix = term?.alternatives.find((alternative) => alternative.source === 'prefix');
    expect(prefix).toMatchObject({ tokens: ['biblio'], prefix: true });
    expect(prefix?.weight).toBeLessThan(0.5);
    expect(term?.alternatives.filter((alternative) => alternative.prefix)).toHaveLength(1);
    expect(tokensOf(analyzeQuery('kara', 'pl').terms[0], 'prefix')).toEqual([]);
  });

  it('finds lemmas of words typed without diacritics', () => {
    const { terms } = analyzeQuery('zgubil ksiazke', 'pl');
    expect(terms.map((term) => tokensOf(term, 'word'))).toEqual([['zgubic'], ['ksiazka']]);
  });

  it('corrects a typo towards the indexed vocabulary and says what it meant', () => {
    const result = analyzeQuery('nieuprzjeme zachowanie czytlenika', 'pl', { vocabulary });
    expect(tokensOf(result.terms[0], 'correction')).toEqual(['nieuprzejmy']);
    expect(tokensOf(result.terms[2], 'correction')).toEqual(['czytelnik']);
    expect(result.corrected).toBe('nieuprzejmy zachowanie czytelnik');
  });

  it('weighs corrections below the words as typed', () => {
    const [term] = analyzeQuery('czytlenik', 'pl', { vocabulary }).terms;
    const correction = term?.alternatives.find((alternative) => alternative.source === 'correction');
    expect(correction?.weight).toBeLessThan(1);
  });

  it('corrects words the dictionary lacks through the vocabulary itself', () => {
    const result = analyzeQuery('lgimi', 'pl', { vocabulary });
    expect(tokensOf(result.terms[0], 'correction')).toEqual(['legimi']);
  });

  it('leaves correctly spelled words alone even when the index lacks them', () => {
    const result = analyzeQuery('hulajnoga', 'pl', { vocabulary });
    expect(tokensOf(result.terms[0], 'correction')).toEqual([]);
    expect(result.corrected).toBeUndefined();
  });

  it('does not correct numbers or very short words', () => {
    expect(analyzeQuery('2025 xy', 'pl', { vocabulary }).corrected).toBeUndefined();
  });

  it('accepts a predicate as vocabulary, without corrections', () => {
    const result = analyzeQuery('czytlenik', 'pl', { vocabulary: (token) => vocabulary.has(token) });
    expect(result.corrected).toBeUndefined();
  });

  it('expands synonyms with a lower weight, multi-word members as one alternative', () => {
    const synonyms = parseSynonyms('awantura, kłótnia, spór\nwrzutnia ~ skrzynka zwrotów');
    const { terms } = analyzeQuery('kłótnie przy wrzutni', 'pl', { synonyms });
    expect(tokensOf(terms[0], 'synonym')).toEqual(['awantura', 'spor']);
    expect(tokensOf(terms[1], 'synonym')).toEqual(['skrzynka zwrot']);
    const synonym = terms[0]?.alternatives.find((alternative) => alternative.source === 'synonym');
    expect(synonym?.weight).toBeLessThan(1);
  });

  it('matches multi-word synonym members in the query, adding the synonyms once (to the first word)', () => {
    const synonyms = parseSynonyms('legitymacja, karta biblioteczna, karta czytelnika');
    const { terms } = analyzeQuery('zgubiona karta biblioteczna', 'pl', { synonyms });
    expect(tokensOf(terms[1], 'synonym')).toEqual(['legitymacja', 'karta czytelnik']);
    expect(tokensOf(terms[2], 'synonym')).toEqual([]);
    expect(tokensOf(analyzeQuery('karta kredytowa', 'pl', { synonyms }).terms[0], 'synonym')).toEqual([]);
  });

  it('treats domain words as known', () => {
    const domainWords = parseDomainWords('RODO\nLegimi');
    const [term] = analyzeQuery('RODO', 'pl', { domainWords, vocabulary }).terms;
    expect(tokensOf(term)).toEqual(['rodo']);
  });

  it('still finds text indexed before a word joined the domain list', () => {
    const indexed = new Set(analyzeForIndex('wypożyczenie międzybiblioteczne', 'pl'));
    const domainWords = parseDomainWords('międzybiblioteczny');
    const [term] = analyzeQuery('międzybibliotecznego', 'pl', { domainWords }).terms;
    expect(tokensOf(term, 'word')).toEqual(['miedzybiblioteczny']);
    expect(term?.alternatives.some((alternative) => alternative.tokens.every((token) => indexed.has(token)))).toBe(true);
  });

  it('answers hostile input with few or no terms, never an error', () => {
    expect(analyzeQuery('', 'pl').terms).toEqual([]);
    expect(analyzeQuery('?!…', 'pl').terms).toEqual([]);
    expect(analyzeQuery('😀😀', 'pl').terms).toEqual([]);
    expect(analyzeQuery('" OR NEAR(', 'pl', { vocabulary }).terms.length).toBeLessThanOrEqual(2);
    expect(analyzeQuery('Привет мир', 'pl', { vocabulary }).terms).toHaveLength(2);
    expect(analyzeQuery('słowo '.repeat(2_000), 'pl', { vocabulary }).terms).toHaveLength(64);
    expect(analyzeQuery('x'.repeat(10_000), 'pl', { vocabulary }).terms).toHaveLength(1);
  });

  it('analyses English queries with the English stemmer', () => {
    const { terms } = analyzeQuery('borrowing the books', 'en');
    expect(terms.map((term) => tokensOf(term, 'word'))).toEqual([['borrow'], ['book']]);
  });
});
