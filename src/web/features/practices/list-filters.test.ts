import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filtersToParams, hasFilters, parseFilters, toListQuery } from './list-filters.ts';

const BRANCH = '0191f3a2-7c1e-7a00-8000-000000000001';

describe('parseFilters', () => {
  it('reads comma-separated and repeated values and drops unknown ones', () => {
    const filters = parseFilters(
      new URLSearchParams('needs=loan,fees,nonsense&needs=loan&channels=desk&attitudes=angry&sort=views&page=3'),
    );
    expect(filters.needs).toEqual(['loan', 'fees']);
    expect(filters.channels).toEqual(['desk']);
    expect(filters.attitudes).toEqual([]);
    expect(filters.sort).toBe('views');
    expect(filters.page).toBe(3);
  });

  it('accepts only the library or a uuid as the branch, and a uuid as the author', () => {
    expect(parseFilters(new URLSearchParams('branch=library')).branch).toBe('library');
    expect(parseFilters(new URLSearchParams(`branch=${BRANCH}`)).branch).toBe(BRANCH);
    expect(parseFilters(new URLSearchParams("branch=1'or'1")).branch).toBeUndefined();
    expect(parseFilters(new URLSearchParams('author=me')).author).toBeUndefined();
  });

  it('falls back to page 1 and the default sort for nonsense', () => {
    const filters = parseFilters(new URLSearchParams('page=-2&sort=random'));
    expect(filters.page).toBe(1);
    expect(filters.sort).toBe('updated');
  });
});

describe('filtersToParams', () => {
  it('round-trips through the address and leaves defaults out', () => {
    const filters = { ...EMPTY_FILTERS, needs: ['loan' as const], tags: ['dzieci', 'seniorzy'], branch: 'library', page: 2 };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe('needs=loan&tags=dzieci%2Cseniorzy&branch=library&page=2');
    expect(parseFilters(params)).toEqual(filters);
    expect(filtersToParams(EMPTY_FILTERS).toString()).toBe('');
  });

  it('tells whether anything narrows the list, ignoring sort and page', () => {
    expect(hasFilters({ ...EMPTY_FILTERS, sort: 'helpful', page: 4 })).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, status: ['draft'] })).toBe(true);
  });
});

describe('toListQuery', () => {
  it('turns the page into an offset', () => {
    expect(toListQuery({ ...EMPTY_FILTERS, page: 3 }, 20)).toMatchObject({ limit: 20, offset: 40, sort: 'updated' });
    expect(toListQuery(EMPTY_FILTERS, 20)).not.toHaveProperty('branch');
  });
});
