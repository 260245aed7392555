import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchRetention, saveRetention } from './retention.api.ts';

const RETENTION_KEY = ['retention'] as const;

export const useRetentionQuery = () => useQuery({ queryKey: RETENTION_KEY, queryFn: fetchRetention });

export function useSaveRetentionMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (days: number) => saveRetention(days),
    onSuccess: (saved) => client.setQueryData(RETENTION_KEY, saved),
  });
}
