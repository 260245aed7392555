import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SearchResponse, UpdateSearchVocabularyInput } from '../../../shared/search.schema.ts';
import { fetchSearch, fetchVocabulary, reportOpened, type SearchParams, saveVocabulary } from './search.api.ts';

const ALL = ['search'] as const;
const VOCABULARY_KEY = [...ALL, 'vocabulary'] as const;
const resultsKey = (params: SearchParams) => [...ALL, 'results', params] as const;

export interface SearchAnswer {
  params: SearchParams;
  response: SearchResponse;
}

/**
 * The answer carries the parameters it was asked with: while the next answer loads, the previous one stays on
 * screen, and an empty state must name the query it belongs to, not the one being typed.
 * Leaving a query key aborts its request (the signal is passed on), so only the latest typing reaches the table.
 */
export function useSearchQuery(params: SearchParams, enabled = true) {
  return useQuery({
    queryKey: resultsKey(params),
    queryFn: async ({ signal }): Promise<SearchAnswer> => ({ params, response: await fetchSearch(params, signal) }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}

/**
 * Tells the knowledge-gap figures which result answered a query. Only a first page is stored, so a later page
 * reports under the first page's query when it is still cached. Nothing on screen changes, and a lost report is
 * not worth an error message.
 */
export function useReportOpened() {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ queryId, practiceId }: { queryId: string; practiceId: string }) => reportOpened(queryId, { practiceId }),
  });
  return (answer: SearchAnswer, practiceId: string) => {
    const firstPage = client.getQueryData<SearchAnswer>(resultsKey({ ...answer.params, offset: 0 }));
    const queryId = answer.response.queryId ?? firstPage?.response.queryId ?? null;
    if (queryId) mutation.mutate({ queryId, practiceId });
  };
}

export const useVocabularyQuery = () => useQuery({ queryKey: VOCABULARY_KEY, queryFn: fetchVocabulary });

/**
 * As-you-type answers are not stored; the query the librarian acts on is, so the knowledge-gap figures see
 * it, with the result opened (if any). One result is enough: the stored count is of all matches.
 */
export function useRecordSearch() {
  return useMutation({
    mutationFn: async ({ params, practiceId }: { params: SearchParams; practiceId?: string }) => {
      const { queryId } = await fetchSearch({ ...params, limit: 1, offset: 0, record: 'true' });
      if (queryId && practiceId) await reportOpened(queryId, { practiceId });
    },
  });
}

/** New synonyms change every ranking, so cached results are dropped too. */
export function useSaveVocabularyMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSearchVocabularyInput) => saveVocabulary(input),
    onSuccess: (vocabulary) => {
      client.setQueryData(VOCABULARY_KEY, vocabulary);
      void client.invalidateQueries({ queryKey: [...ALL, 'results'] });
    },
  });
}
