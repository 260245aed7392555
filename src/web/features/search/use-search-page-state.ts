import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type FacetKey, parseSearchState, type SearchPageState, searchStateToParams } from './search-params.ts';

export type FacetChanges = Partial<Record<FacetKey, readonly string[]>>;

/**
 * The results page keeps its state in the address. A new query or a page turn is a new history entry; narrowing
 * by a facet replaces the current one; any change but a page turn starts again at page 1.
 */
export function useSearchPageState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const update = (changes: Partial<SearchPageState>) => {
    const page = changes.page ?? 1;
    const replace = changes.page === undefined && changes.q === undefined;
    setParams(searchStateToParams({ ...state, ...changes, page }), { replace });
  };
  /** Values arrive as plain strings from the checkboxes; reading them back from the address drops any unknown one. */
  const setFacets = (changes: FacetChanges) => {
    const next = searchStateToParams({ ...state, page: 1 });
    for (const [key, values = []] of Object.entries(changes)) {
      if (values.length > 0) next.set(key, values.join(','));
      else next.delete(key);
    }
    // A ticked box must show ticked at once, not when the navigation's transition gets round to it.
    setParams(searchStateToParams(parseSearchState(next)), { replace: true, flushSync: true });
  };
  return { state, update, setFacets };
}
