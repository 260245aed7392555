import { describe, expect, it } from 'vitest';
import { analyzeForIndex } from './analyze-index.ts';
import { analyzeQuery } from './analyze-query.ts';
import { parseDomainWords } from './domain-words.ts';
import { parseSynonyms } from './synonyms.ts';
import { readStarterDomainWords, readStarterSynonyms } from './starter-vocabulary.ts';
import { tokenize } from './tokenize.ts';
import { isStopWord, wordTokens } from './word-tokens.ts';

describe('starter vocabulary', () => {
  const domainWords = parseDomainWords(readStarterDomainWords());
  const synonymsText = readStarterSynonyms();

  it('parses into groups of at least two members', () => {
    const synonyms = parseSynonyms(synonymsText, { domainWords });
    expect(synonyms.groups.length).toBeGreaterThanOrEqual(80);
    for (const group of synonyms.groups) expect(group.length).toBeGreaterThanOrEqual(2);
  });

  it('spells every synonym word so that the dictionary or the domain list knows it', () => {
    const words = tokenize(synonymsText.replace(/#.*$/gmu, ''), 10_000).map((token) => token.text);
    const unknown = words.filter((word) => !isStopWord(word, 'pl') && !wordTokens(word, 'pl', 'index', domainWords).known);
    expect(unknown).toEqual([]);
  });

  it('lists domain words the dictionary does not already know', () => {
    expect(domainWords.words.size).toBeGreaterThanOrEqual(30);
  });
});

describe('starter vocabulary, end to end', () => {
  const domainWords = parseDomainWords(readStarterDomainWords());
  const synonyms = parseSynonyms(readStarterSynonyms(), { domainWords });

  // The query word reaches the text through a lemma, a derived word or a synonym (every token of a
  // multi-word synonym must be in the text), as the search matches them.
  const reaches = (word: string, text: string) => {
    const indexed = new Set(analyzeForIndex(text, 'pl', { domainWords }));
    const [term] = analyzeQuery(word, 'pl', { synonyms, domainWords }).terms;
    return (term?.alternatives ?? []).some((alternative) => !alternative.prefix && alternative.tokens.every((token) => indexed.has(token)));
  };

  it.each([
    ['zawieruszyła', 'Pani zgubiła legitymację w tramwaju.'],
    ['wstawiony', 'Mężczyzna jest nietrzeźwy i zaczepia ludzi przy regałach.'],
    ['pecet', 'Wszystkie stanowiska komputerowe są zajęte.'],
    ['drzemie', 'Starszy pan zasnął w fotelu przy oknie.'],
    ['migowym', 'Rozmowa z pomocą tłumacza języka migowego.'],
    ['windykator', 'Komornik zajął emeryturę czytelnika.'],
    ['fejsie', 'Wpis na Facebooku biblioteki zebrał złośliwe komentarze.'],
    ['zaklepać', 'Czytelnik może zarezerwować tytuł przez internet.'],
    ['wydziera', 'Klient krzyczy na bibliotekarkę.'],
    ['eksmisja', 'Właściciel chce wyrzucić lokatorkę z mieszkania.'],
    ['zapomoga', 'Ośrodek pomocy społecznej przyznaje zasiłek celowy.'],
    ['ogonek', 'Przy ladzie ustawiła się długa kolejka.'],
    ['stół', 'Przy stoliku w czytelni siedzą dwie osoby.'],
  ])('a query with "%s" reaches "%s"', (word, text) => {
    expect(reaches(word, text)).toBe(true);
  });

  it('reaches the other aspect of a verb and of its synonyms', () => {
    expect(reaches('oddaje', 'Czytelnik zwrócił wszystkie książki.')).toBe(true);
    expect(reaches('zwrócił', 'Czytelniczka oddaje książki przez wrzutnię.')).toBe(true);
    expect(reaches('odwołuje', 'Pani chce odwołać zajęcia.')).toBe(true);
  });

  it('keeps unrelated meanings apart', () => {
    expect(reaches('zalana', 'Pijany czytelnik w czytelni.')).toBe(false);
    expect(reaches('pojechał', 'Hejt pod postem biblioteki.')).toBe(false);
    expect(reaches('stracił', 'Czytelnik zgubił książkę.')).toBe(false);
  });
});
