import { describe, expect, it } from 'vitest';
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
