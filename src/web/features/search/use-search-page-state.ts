import { useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { type FacetKey, parseSearchState, type SearchPageState, searchStateToParams } from './search-params.ts';

export type FacetChanges = Partial<Record<FacetKey, readonly string[]>>;

/**
 * The results page keeps its state in the address. A new query or a page turn is a new history entry; narrowing
 * by a facet replaces the current one; any change but a page turn starts again at page 1.
 * The router applies a new address a moment later, so what was just chosen is shown until then (a ticked box
 * must not flick back unticked); any navigation that lands, including Back, ends that.
 */
export function useSearchPageState() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [pending, setPending] = useState<{ from: string; search: string } | null>(null);
  // Landed: forget it, or coming Back to the entry it started from would show it again.
  if (pending && pending.from !== location.key) setPending(null);
  const search = pending && pending.from === location.key ? pending.search : params.toString();
  const state = useMemo(() => parseSearchState(new URLSearchParams(search)), [search]);

  const go = (next: URLSearchParams, replace: boolean) => {
    setPending({ from: location.key, search: next.toString() });
    setParams(next, { replace });
  };
  const update = (changes: Partial<SearchPageState>) => {
    const page = changes.page ?? 1;
    go(searchStateToParams({ ...state, ...changes, page }), changes.page === undefined && changes.q === undefined);
  };
  /** Values arrive as plain strings from the checkboxes; reading them back from the address drops any unknown one. */
  const setFacets = (changes: FacetChanges) => {
    const next = searchStateToParams({ ...state, page: 1 });
    for (const [key, values = []] of Object.entries(changes)) {
      if (values.length > 0) next.set(key, values.join(','));
      else next.delete(key);
    }
    go(searchStateToParams(parseSearchState(next)), true);
  };
  return { state, update, setFacets };
}
