import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersToParams, type PracticeFilters, parseFilters } from './list-filters.ts';

/** Filters live in the address; any change but a page turn starts again at page 1. */
export function useListFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const update = (changes: Partial<PracticeFilters>) => {
    const page = changes.page ?? 1;
    setParams(filtersToParams({ ...filters, ...changes, page }), { replace: changes.page === undefined });
  };
  return { filters, update, search: filtersToParams(filters).toString() };
}
