import { useDebouncedValue } from '@mantine/hooks';
import type { SearchQuery } from '../../../shared/search.schema.ts';
import type { ListFilters } from '../practices/practices.api.ts';
import { usePracticesQuery } from '../practices/use-practice-queries.ts';
import { type SearchAnswer, useSearchQuery } from '../search/use-search-queries.ts';
import type { FlowState } from './assistant-flow.ts';
import { assistantPlan, attitudeFirst, rankSuggestions, type Suggestion } from './assistant-plan.ts';

const UNUSED_LIST: ListFilters = { limit: 1, offset: 0 };
const UNUSED_SEARCH: SearchQuery = { q: '', limit: 1, offset: 0, record: 'false' };

export interface AssistantSuggestions {
  suggestions: Suggestion[];
  loading: boolean;
  error: unknown;
  /** The stored search behind the "matches the description" suggestions, to report which one was opened. */
  searchAnswer: SearchAnswer | undefined;
}

/** A disabled query may still hold a previous answer as its placeholder; a part not asked for counts as empty. */
function itemsOf<T>(enabled: boolean, items: readonly T[] | undefined): readonly T[] {
  return enabled ? (items ?? []) : [];
}

/** The ranked practices for the answers so far; the description is searched once typing pauses. */
export function useAssistantSuggestions(state: FlowState, enabled: boolean): AssistantSuggestions {
  const [text] = useDebouncedValue(state.text, 400);
  const plan = assistantPlan({ ...state, text });
  const search = useSearchQuery(plan.search ?? UNUSED_SEARCH, enabled && plan.search !== null);
  const facets = usePracticesQuery(plan.facets ?? UNUSED_LIST, enabled && plan.facets !== null);
  const needOnly = usePracticesQuery(plan.needOnly ?? UNUSED_LIST, enabled && plan.needOnly !== null);
  const attitudeOnly = usePracticesQuery(plan.attitudeOnly ?? UNUSED_LIST, enabled && plan.attitudeOnly !== null);
  const diagnosis = usePracticesQuery(plan.diagnosis ?? UNUSED_LIST, enabled && plan.diagnosis !== null);
  const parts = [
    [plan.search, search],
    [plan.facets, facets],
    [plan.needOnly, needOnly],
    [plan.attitudeOnly, attitudeOnly],
    [plan.diagnosis, diagnosis],
  ] as const;
  const searchAnswer = plan.search ? search.data : undefined;
  return {
    suggestions: rankSuggestions({
      diagnosis: itemsOf(plan.diagnosis !== null, diagnosis.data?.items),
      search: itemsOf(plan.search !== null, search.data?.response.results),
      facets: itemsOf(plan.facets !== null, facets.data?.items),
      needOnly: itemsOf(plan.needOnly !== null, needOnly.data?.items),
      attitudeOnly: itemsOf(plan.attitudeOnly !== null, attitudeOnly.data?.items),
      attitudeFirst: attitudeFirst(state),
    }),
    loading: text !== state.text || parts.some(([asked, query]) => asked !== null && query.isPending),
    error: parts.find(([asked, query]) => asked !== null && query.error)?.[1].error ?? null,
    searchAnswer,
  };
}
