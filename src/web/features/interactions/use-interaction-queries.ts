import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateInteractionInput } from '../../../shared/interactions.schema.ts';
import type { Channel } from '../../../shared/practices.schema.ts';
import {
  correctContact,
  deleteContact,
  fetchBranchOptions,
  fetchDefaults,
  fetchInteractions,
  fetchPracticeOptions,
  fetchStats,
  type ListFilters,
  type PeriodFilters,
  saveDefaults,
} from './interactions.api.ts';

export const INTERACTIONS_KEY = ['interactions'] as const;
const DEFAULTS_KEY = ['interaction-defaults'] as const;

export const useInteractionsQuery = (filters: ListFilters) =>
  useQuery({
    queryKey: [...INTERACTIONS_KEY, 'list', filters],
    queryFn: () => fetchInteractions(filters),
    placeholderData: keepPreviousData,
  });
export const useStatsQuery = (filters: PeriodFilters) =>
  useQuery({ queryKey: [...INTERACTIONS_KEY, 'stats', filters], queryFn: () => fetchStats(filters), placeholderData: keepPreviousData });
export const useDefaultsQuery = (enabled = true) =>
  useQuery({ queryKey: DEFAULTS_KEY, queryFn: fetchDefaults, staleTime: 300_000, enabled });
export const useBranchOptionsQuery = (enabled = true) =>
  useQuery({ queryKey: ['interaction-branches'], queryFn: fetchBranchOptions, staleTime: 300_000, enabled });
export const usePracticeOptionsQuery = (enabled = true) =>
  useQuery({ queryKey: ['interaction-practice-options'], queryFn: fetchPracticeOptions, staleTime: 300_000, enabled });

export function useSaveDefaultsMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (defaults: { branchId: string | null; channel: Channel }) => saveDefaults(defaults),
    onSuccess: (saved) => client.setQueryData(DEFAULTS_KEY, saved),
  });
}

/** After any change the list and the statistics are read again. */
function useChangeMutation<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => fn(...args),
    onSuccess: () => client.invalidateQueries({ queryKey: INTERACTIONS_KEY }),
  });
}

export const useCorrectContactMutation = () =>
  useChangeMutation((id: string, changes: UpdateInteractionInput) => correctContact(id, changes));
export const useDeleteContactMutation = () => useChangeMutation((id: string) => deleteContact(id));
