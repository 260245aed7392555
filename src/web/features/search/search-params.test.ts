import { describe, expect, it } from 'vitest';
import { MAX_PAGE, parseSearchState, reportGapHref, searchPageHref, searchStateToParams, toSearchQuery } from './search-params.ts';

describe('parseSearchState', () => {
  it('reads the query, known facet values (comma-separated or repeated) and the page', () => {
    const state = parseSearchState(
      new URLSearchParams('q=zgubiona+książka&needs=loan,fees&needs=loan&channels=desk&attitudes=negative&tags=kara&status=draft&page=3'),
    );
    expect(state).toEqual({
      q: 'zgubiona książka',
      needs: ['loan', 'fees'],
      channels: ['desk'],
      attitudes: ['negative'],
      tags: ['kara'],
      status: ['draft'],
      page: 3,
    });
  });

  it('drops unknown values and bad pages instead of sending them to be refused', () => {
    const state = parseSearchState(new URLSearchParams(`needs=loan,teleport&status=secret&tags=${'x'.repeat(61)}&page=-2`));
    expect(state.needs).toEqual(['loan']);
    expect(state.status).toEqual([]);
    expect(state.tags).toEqual([]);
    expect(state.page).toBe(1);
    expect(parseSearchState(new URLSearchParams('page=9999')).page).toBe(MAX_PAGE);
  });
});

describe('searchStateToParams', () => {
  it('writes only what is set, so the address stays short and round-trips', () => {
    const params = new URLSearchParams('q=awantura&attitudes=aggressive,negative&page=2');
    const written = searchStateToParams(parseSearchState(params));
    expect(written.toString()).toBe('q=awantura&attitudes=aggressive%2Cnegative&page=2');
    expect(parseSearchState(written)).toEqual(parseSearchState(params));
  });
});

describe('toSearchQuery', () => {
  it('asks for one stored page of twenty, with only the chosen facets', () => {
    const query = toSearchQuery({ ...parseSearchState(new URLSearchParams('q= kara &needs=fees&page=2')) });
    expect(query).toEqual({ q: 'kara', needs: ['fees'], limit: 20, offset: 20, record: 'true' });
  });
});

describe('links', () => {
  it('leads to the results page and to a new practice titled with the query', () => {
    expect(searchPageHref('czytelnik zgubił książkę')).toBe('/search?q=czytelnik+zgubi%C5%82+ksi%C4%85%C5%BCk%C4%99');
    expect(searchPageHref('  ')).toBe('/search');
    expect(reportGapHref(' awantura o stolik ')).toBe('/practices/new?title=awantura+o+stolik');
  });
});
