import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AlertInput, CheckInInput, CreateIncidentInput, UpdateIncidentInput } from '../../../shared/incidents.schema.ts';
import type { SaveSafetyContactsInput } from '../../../shared/safety-contacts.schema.ts';
import {
  completeTalkRequest,
  createCheckIn,
  createIncident,
  eraseCheckInNote,
  eraseIncidentNote,
  fetchBranches,
  fetchCounts,
  fetchMyNotes,
  fetchProtocolPractices,
  fetchSafetyContacts,
  fetchTalkRequests,
  saveSafetyContacts,
  sendAlert,
  updateIncident,
} from './incidents.api.ts';

const ALL = ['incidents'] as const;
const MINE = [...ALL, 'mine'] as const;
const TEAM = [...ALL, 'team'] as const;
const safetyKey = (branchId: string) => [...ALL, 'safety', branchId] as const;

export const useIncidentBranchesQuery = () => useQuery({ queryKey: [...ALL, 'branches'], queryFn: fetchBranches, staleTime: 300_000 });
export const useSafetyContactsQuery = (branchId: string | null) =>
  useQuery({ queryKey: safetyKey(branchId ?? ''), queryFn: () => fetchSafetyContacts(branchId ?? ''), enabled: branchId !== null });
/** Kept fresh for a while: the protocol must open at once, also when the network is slow. */
export const useProtocolPracticesQuery = () =>
  useQuery({ queryKey: [...ALL, 'protocol-practices'], queryFn: fetchProtocolPractices, staleTime: 600_000 });
export const useMyNotesQuery = () => useQuery({ queryKey: MINE, queryFn: fetchMyNotes });
export const useIncidentCountsQuery = (period: { from?: string; to?: string }) =>
  useQuery({ queryKey: [...TEAM, 'counts', period], queryFn: () => fetchCounts(period) });
export const useTalkRequestsQuery = (state: 'open' | 'done') =>
  useQuery({ queryKey: [...TEAM, 'talk', state], queryFn: () => fetchTalkRequests(state), refetchInterval: 60_000 });

export const useSendAlertMutation = () => useMutation({ mutationFn: (input: AlertInput) => sendAlert(input) });

export function useCreateIncidentMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateIncidentInput) => createIncident(input),
    onSuccess: () => client.invalidateQueries({ queryKey: MINE }),
  });
}

export function useUpdateIncidentMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ([id, input]: [string, UpdateIncidentInput]) => updateIncident(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: MINE }),
  });
}

export function useEraseIncidentNoteMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => eraseIncidentNote(id),
    onSuccess: () => client.invalidateQueries({ queryKey: MINE }),
  });
}

export function useEraseCheckInNoteMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => eraseCheckInNote(id),
    onSuccess: () => client.invalidateQueries({ queryKey: MINE }),
  });
}

export function useCreateCheckInMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInInput) => createCheckIn(input),
    onSuccess: () => client.invalidateQueries({ queryKey: MINE }),
  });
}

export function useCompleteTalkRequestMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => completeTalkRequest(id),
    onSuccess: () => client.invalidateQueries({ queryKey: TEAM }),
  });
}

export function useSaveSafetyContactsMutation(branchId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveSafetyContactsInput) => saveSafetyContacts(branchId, input),
    onSuccess: (saved) => client.setQueryData(safetyKey(branchId), saved),
  });
}
