import { describe, expect, it } from 'vitest';
import { NO_DOMAIN_WORDS } from './analyzer/index.ts';
import { tsvectorLiteral } from './search-document.ts';
import { type FacetValues, facetCounts, facetFilter } from './search-facets.ts';
import { highlighterFor, highlightWhole, snippetsFor, toSegments } from './search-highlight.ts';
import { redactQuery } from './search-query-log.ts';
import { SearchQuerySchema } from '../../shared/search.schema.ts';

describe('highlight segments', () => {
  const highlighter = () => highlighterFor('pl', NO_DOMAIN_WORDS, new Set(['ksiazka', 'zgubic']), [], new Map());

  it('marks inflected forms and keeps the rest as plain text, markup included', () => {
    expect(highlightWhole('Czytelnik <b>zgubił</b> książkę & co dalej', highlighter())).toEqual([
      { text: 'Czytelnik <b>', marked: false },
      { text: 'zgubił', marked: true },
      { text: '</b> ', marked: false },
      { text: 'książkę', marked: true },
      { text: ' & co dalej', marked: false },
    ]);
  });

  it('joins back to the original text', () => {
    const text = 'Zgubione książki, zgubiona karta.';
    expect(
      highlightWhole(text, highlighter())
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
    expect(toSegments('abc def', [{ start: 4, end: 7 }], 2, 6)).toEqual([
      { text: 'c ', marked: false },
      { text: 'de', marked: true },
    ]);
  });

  it('cuts a long field around the matches and marks the cuts with an ellipsis', () => {
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(20);
    const practice = {
      id: 'x',
      language: 'pl',
      title: 't',
      summary: '',
      situation: `${filler}Czytelnik zgubił książkę w autobusie. ${filler}`,
      signals: '[]',
      steps: '["Sprawdź konto."]',
      say: '[]',
      avoid: '[]',
      tags: '["zgubiona książka"]',
      body: '',
    };
    const [first, second] = snippetsFor(practice, highlighter());
    expect(first?.field).toBe('situation');
    expect(first?.segments.at(0)).toEqual({ text: '…', marked: false });
    expect(first?.segments.at(-1)).toEqual({ text: '…', marked: false });
    expect(first?.segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['zgubił', 'książkę']);
    expect(second?.field).toBe('tags');
  });
});

describe('facet counts', () => {
  const item = (needs: FacetValues['needs'], status: FacetValues['status']): FacetValues => ({
    needs,
    channels: ['desk'],
    attitudes: [],
    tags: [],
    status,
  });

  it('counts each facet with the other facets’ filters only', () => {
    const items = [item(['loan'], ['published']), item(['loan', 'fees'], ['published']), item(['fees'], ['draft'])];
    const filter = facetFilter(SearchQuerySchema.parse({ q: 'x', needs: 'fees', status: 'published,draft' }));
    const facets = facetCounts(items, filter);
    expect(facets.needs).toEqual([
      { value: 'fees', count: 2 },
      { value: 'loan', count: 2 },
    ]);
    expect(facets.status).toEqual([
      { value: 'draft', count: 1 },
      { value: 'published', count: 1 },
    ]);
    expect(facets.channels).toEqual([{ value: 'desk', count: 2 }]);
  });
});

describe('tsvector literal', () => {
  it('weights each field group and quotes every lexeme', () => {
    const literal = tsvectorLiteral({ title: ['ksiazka'], main: ['ksiazka', "o'neill"], detail: [], body: ['zwrot'] });
    expect(literal).toBe("'ksiazka':1A,2B 'o''neill':3B 'zwrot':4D");
  });
});

describe('stored query redaction', () => {
  it('replaces personal data by its kind and leaves other text', () => {
    expect(redactQuery('  czytelnik   600 700 800 pyta o kartę ')).toEqual({
      text: 'czytelnik [phone] pyta o kartę',
      redacted: true,
      removed: ['600 700 800'],
    });
    expect(redactQuery('zgubiona karta')).toEqual({ text: 'zgubiona karta', redacted: false, removed: [] });
  });
});
