import { describe, expect, it } from 'vitest';
import type { QueryAlternative } from './analyzer/index.ts';
import { type DocumentPostings, postingsOf } from './document-postings.ts';
import { encodeTokens } from './search-document-cache.ts';
import type { PreparedQuery } from './search-query.ts';
import { type CorpusStats, scoreDocument, scoringQuery } from './search-scoring.ts';

const STATS: CorpusStats = {
  documents: 100,
  averageLength: { title: 4, main: 10, detail: 10, body: 20 },
  df: (token) => ({ kara: 5, zgubic: 10, ksiazka: 40, czytelnik: 60, skrzynka: 8, zwrot: 12, wrzutnia: 3 })[token] ?? 0,
  prefixDf: () => 0,
};

function word(token: string, weight = 1): QueryAlternative {
  return { tokens: [token], weight, source: 'word', prefix: false };
}

function query(terms: Array<{ text: string; alternatives: QueryAlternative[] }>): PreparedQuery {
  const exact = new Set(terms.flatMap((term) => term.alternatives.flatMap((alternative) => alternative.tokens)));
  return { terms, exact, prefixes: [], fts: '', tsquery: '', narrow: undefined, corrected: undefined };
}

function documentOf(title: string, main = '', detail = '', body = ''): DocumentPostings {
  return postingsOf([encodeTokens(title), encodeTokens(main), encodeTokens(detail), encodeTokens(body)]);
}

function score(prepared: PreparedQuery, document: DocumentPostings): number {
  return scoreDocument(
    document,
    scoringQuery(prepared, () => [], STATS),
    STATS,
  );
}

describe('scoreDocument', () => {
  const lostBook = query([
    { text: 'zgubił', alternatives: [word('zgubic')] },
    { text: 'książkę', alternatives: [word('ksiazka')] },
  ]);

  it('scores a document without any query word at zero', () => {
    expect(score(lostBook, documentOf('czytelnik', 'kara'))).toBe(0);
  });

  it('ranks the words next to each other above the same words far apart', () => {
    const together = documentOf('x', 'czytelnik zgubic ksiazka a b c d e');
    const apart = documentOf('x', 'zgubic czytelnik a b c d e ksiazka');
    expect(score(lostBook, together)).toBeGreaterThan(score(lostBook, apart));
  });

  it('ranks a document covering the rare word above one repeating only the common one', () => {
    const rare = documentOf('zgubic');
    const common = documentOf('ksiazka', 'ksiazka ksiazka');
    expect(score(lostBook, rare)).toBeGreaterThan(score(lostBook, common));
  });

  it('weights the title above the body', () => {
    expect(score(lostBook, documentOf('zgubic', '', '', 'a b'))).toBeGreaterThan(score(lostBook, documentOf('a', '', '', 'zgubic b')));
  });

  it('counts a multi-word alternative only when every word of it occurs', () => {
    const dropBox = query([
      {
        text: 'wrzutnia',
        alternatives: [word('wrzutnia'), { tokens: ['skrzynka', 'zwrot'], weight: 0.8, source: 'synonym', prefix: false }],
      },
    ]);
    expect(score(dropBox, documentOf('skrzynka', 'a b'))).toBe(0);
    expect(score(dropBox, documentOf('skrzynka zwrot', 'a b'))).toBeGreaterThan(0);
    expect(score(dropBox, documentOf('wrzutnia', 'a b'))).toBeGreaterThan(score(dropBox, documentOf('skrzynka zwrot', 'a b')));
  });

  it('scores a word repeated in the query by two occurrences near each other', () => {
    const twice = query([
      { text: 'kara', alternatives: [word('kara')] },
      { text: 'kara', alternatives: [word('kara')] },
    ]);
    expect(score(twice, documentOf('kara kara a b c d'))).toBeGreaterThan(score(twice, documentOf('kara a b c d kara')));
  });
});
