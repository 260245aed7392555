import { describe, expect, it } from 'vitest';
import { DEFAULT_GAP_FILTERS, gapFiltersToParams, parseGapFilters, toGapQuery } from './gap-filters.ts';

const BRANCH = '0191f3a2-7c1e-7a00-8000-000000000001';

describe('gap filters', () => {
  it('reads the address and writes back only what differs from the defaults', () => {
    const filters = parseGapFilters(new URLSearchParams(`from=2026-11-01&to=2026-11-30&branch=${BRANCH}&sort=frequent`));
    expect(filters).toEqual({ from: '2026-11-01', to: '2026-11-30', branchId: BRANCH, sort: 'frequent' });
    expect(gapFiltersToParams(filters).toString()).toBe(`from=2026-11-01&to=2026-11-30&branch=${BRANCH}&sort=frequent`);
    expect(gapFiltersToParams(DEFAULT_GAP_FILTERS).toString()).toBe('');
  });

  it('drops malformed values', () => {
    expect(parseGapFilters(new URLSearchParams('from=yesterday&branch=1%27or&sort=oldest'))).toEqual(DEFAULT_GAP_FILTERS);
  });

  it('does not send a period that ends before it starts', () => {
    expect(toGapQuery({ ...DEFAULT_GAP_FILTERS, from: '2026-11-30', to: '2026-11-01' })).toEqual({ sort: 'recent' });
    expect(toGapQuery({ from: '2026-11-01', to: '', branchId: BRANCH, sort: 'frequent' })).toEqual({
      sort: 'frequent',
      from: '2026-11-01',
      branchId: BRANCH,
    });
  });
});
