import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';
import type {
  CreatePracticeInput,
  FeedbackInput,
  ImportRequest,
  ProposePracticeInput,
  UpdatePracticeInput,
} from '../../../shared/practices.schema.ts';
import {
  createPractice,
  type ExportSelection,
  exportJsonl,
  exportMarkdown,
  exportOneMarkdown,
  fetchBranches,
  fetchFlags,
  fetchMyWork,
  fetchNeedsReview,
  fetchPractice,
  fetchBinder,
  fetchPractices,
  fetchReviewQueue,
  fetchRevision,
  fetchRevisions,
  fetchStaff,
  giveFeedback,
  importPractices,
  type ListFilters,
  proposeChange,
  recordView,
  resolveFlag,
  restoreRevision,
  deleteDraft,
  runTransition,
  type TransitionName,
  updatePractice,
  verifyPractice,
} from './practices.api.ts';

const ALL = ['practices'] as const;
export const practiceKey = (ref: string) => [...ALL, 'one', ref] as const;

export const usePracticesQuery = (filters: ListFilters, enabled = true) =>
  useQuery({ queryKey: [...ALL, 'list', filters], queryFn: () => fetchPractices(filters), placeholderData: keepPreviousData, enabled });
export const usePracticeQuery = (ref: string) => useQuery({ queryKey: practiceKey(ref), queryFn: () => fetchPractice(ref) });
/** Whole practices for a printed selection, in one request (the list gives only summaries). */
export const useBinderQuery = (filters: ListFilters) =>
  useQuery({ queryKey: [...ALL, 'binder', filters], queryFn: () => fetchBinder(filters), staleTime: 60_000 });
export const useRevisionsQuery = (ref: string) => useQuery({ queryKey: [...ALL, 'revisions', ref], queryFn: () => fetchRevisions(ref) });
export const useRevisionQuery = (ref: string, revisionId: string | null) =>
  useQuery({
    queryKey: [...ALL, 'revision', ref, revisionId],
    queryFn: () => fetchRevision(ref, revisionId ?? ''),
    enabled: revisionId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
export const useFlagsQuery = (practice: string | undefined, enabled: boolean) =>
  useQuery({ queryKey: [...ALL, 'flags', practice ?? 'all'], queryFn: () => fetchFlags(practice, 'open'), enabled });
export const useReviewQueueQuery = (enabled = true) => useQuery({ queryKey: [...ALL, 'review-queue'], queryFn: fetchReviewQueue, enabled });
export const useMyWorkQuery = () => useQuery({ queryKey: [...ALL, 'mine'], queryFn: fetchMyWork });
export const useNeedsReviewQuery = (mine: boolean, offset: number, limit: number) =>
  useQuery({
    queryKey: [...ALL, 'needs-review', mine, offset, limit],
    queryFn: () => fetchNeedsReview(mine, offset, limit),
    placeholderData: keepPreviousData,
  });
export const useBranchesQuery = () => useQuery({ queryKey: ['branches'], queryFn: fetchBranches, staleTime: 5 * 60_000 });
export const useStaffQuery = (enabled: boolean) =>
  useQuery({ queryKey: ['staff-directory'], queryFn: fetchStaff, enabled, staleTime: 5 * 60_000 });

/**
 * Any change to one practice can move it between lists, queues and counts, so every practice query is refreshed;
 * so it is after a 409, which means what the page shows is out of date.
 */
function usePracticeMutation<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => fn(...args),
    onSuccess: () => client.invalidateQueries({ queryKey: ALL }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void client.invalidateQueries({ queryKey: ALL });
    },
  });
}

export const useCreatePracticeMutation = () => usePracticeMutation((input: CreatePracticeInput) => createPractice(input));
export const useUpdatePracticeMutation = () => usePracticeMutation((ref: string, input: UpdatePracticeInput) => updatePractice(ref, input));
export const useProposeChangeMutation = () => usePracticeMutation((ref: string, input: ProposePracticeInput) => proposeChange(ref, input));
export const useTransitionMutation = () =>
  usePracticeMutation((ref: string, name: TransitionName, version: number, comment: string) => runTransition(ref, name, version, comment));
/** `onDeleted` leaves the practice's page first, so the lists refresh without its query asking for it again. */
export function useDeleteDraftMutation(onDeleted: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ([ref, version]: [string, number]) => deleteDraft(ref, version),
    onSuccess: () => {
      // Lists cached earlier still hold the draft; dropped, they load afresh instead of showing it for a moment.
      client.removeQueries({ queryKey: ALL, type: 'inactive' });
      onDeleted();
      void client.invalidateQueries({ queryKey: ALL });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void client.invalidateQueries({ queryKey: ALL });
    },
  });
}
export const useVerifyMutation = () => usePracticeMutation((ref: string) => verifyPractice(ref));
export const useRestoreRevisionMutation = () =>
  usePracticeMutation((ref: string, revisionId: string, version: number, comment: string) =>
    restoreRevision(ref, revisionId, version, comment),
  );
export const useResolveFlagMutation = () => usePracticeMutation((flagId: string, note: string) => resolveFlag(flagId, note));

export const useFeedbackMutation = () => usePracticeMutation((ref: string, input: FeedbackInput) => giveFeedback(ref, input));
/** A view changes only the managers' figures; refreshing would flash the page the reader is reading. */
export const useRecordViewMutation = () => useMutation({ mutationFn: (ref: string) => recordView(ref) });

/** The practice as the server has it now, read past the cache (after an edit conflict). */
export function useFetchCurrentPractice() {
  const client = useQueryClient();
  return (ref: string) => client.fetchQuery({ queryKey: practiceKey(ref), queryFn: () => fetchPractice(ref), staleTime: 0 });
}

/** A dry run writes nothing, so only a committed import refreshes the lists. */
export function useImportMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => importPractices(request),
    onSuccess: (report) => (report.committed ? client.invalidateQueries({ queryKey: ALL }) : undefined),
  });
}

export const useExportMutation = () =>
  useMutation({
    mutationFn: ([format, selection]: ['jsonl' | 'markdown', ExportSelection]) =>
      format === 'jsonl' ? exportJsonl(selection) : exportMarkdown(selection),
  });
export const useExportOneMutation = () => useMutation({ mutationFn: (ref: string) => exportOneMarkdown(ref) });
