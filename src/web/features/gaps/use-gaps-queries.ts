import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateGapDismissalInput } from '../../../shared/gaps.schema.ts';
import { dismissGap, fetchGaps, type GapQueryParams } from './gaps.api.ts';

const ALL = ['gaps'] as const;

export const useGapsQuery = (query: GapQueryParams) =>
  useQuery({ queryKey: [...ALL, 'list', query], queryFn: () => fetchGaps(query), placeholderData: keepPreviousData });

/** A dismissed group leaves every list it was in, whatever the filters. */
export function useDismissGapMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateGapDismissalInput) => dismissGap(input),
    onSuccess: () => client.invalidateQueries({ queryKey: ALL }),
  });
}
