import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateReferralInput, UpdateReferralInput } from '../../../shared/referrals.schema.ts';
import { createReferral, deleteReferral, fetchBranches, fetchReferrals, type ReferralFilters, updateReferral } from './referrals.api.ts';

const ALL = ['referrals'] as const;

export const useReferralsQuery = (filters: ReferralFilters) =>
  useQuery({ queryKey: [...ALL, 'list', filters], queryFn: () => fetchReferrals(filters), placeholderData: keepPreviousData });
export const useReferralBranchesQuery = () => useQuery({ queryKey: [...ALL, 'branches'], queryFn: fetchBranches, staleTime: 300_000 });

function useReferralMutation<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => fn(...args),
    onSuccess: () => client.invalidateQueries({ queryKey: [...ALL, 'list'] }),
  });
}

export const useCreateReferralMutation = () => useReferralMutation((input: CreateReferralInput) => createReferral(input));
export const useUpdateReferralMutation = () => useReferralMutation((id: string, input: UpdateReferralInput) => updateReferral(id, input));
export const useDeleteReferralMutation = () => useReferralMutation((id: string) => deleteReferral(id));
