import { z } from 'zod';
import { BranchSchema } from '../../../shared/branches.schema.ts';
import {
  type CreatePracticeInput,
  type FeedbackInput,
  FeedbackReceiptSchema,
  FlagPageSchema,
  FlagSchema,
  type ImportRequest,
  ImportReportSchema,
  MyWorkSchema,
  PracticeBinderSchema,
  type PracticeListQuery,
  type PracticeStatus,
  PracticePageSchema,
  PracticeSchema,
  type ProposePracticeInput,
  ReviewQueueSchema,
  RevisionSchema,
  RevisionSummarySchema,
  type UpdatePracticeInput,
} from '../../../shared/practices.schema.ts';
import { UserSchema } from '../../../shared/users.schema.ts';
import { api, apiRequest, apiVoid, queryString } from '../../api/client.ts';

export type ListFilters = Partial<Omit<PracticeListQuery, 'limit' | 'offset'>> & { limit: number; offset: number };
export type TransitionName = 'submit' | 'publish' | 'archive' | 'unarchive' | 'return';

const base = (ref: string) => `/api/practices/${encodeURIComponent(ref)}`;

export const fetchPractices = (filters: ListFilters) => api(`/api/practices${queryString(filters)}`, PracticePageSchema);
export const fetchBinder = (filters: ListFilters) => api(`/api/practices/binder${queryString(filters)}`, PracticeBinderSchema);
export const fetchPractice = (ref: string) => api(base(ref), PracticeSchema);
export const createPractice = (input: CreatePracticeInput) => api('/api/practices', PracticeSchema, { method: 'POST', body: input });
export const updatePractice = (ref: string, input: UpdatePracticeInput) => api(base(ref), PracticeSchema, { method: 'PATCH', body: input });
export const proposeChange = (ref: string, input: ProposePracticeInput) =>
  api(`${base(ref)}/proposals`, PracticeSchema, { method: 'POST', body: input });
export const recordView = (ref: string) => apiVoid(`${base(ref)}/view`, { method: 'POST' });

export const runTransition = (ref: string, name: TransitionName, expectedVersion: number, comment: string) =>
  api(`${base(ref)}/${name}`, PracticeSchema, { method: 'POST', body: { expectedVersion, comment } });
export const deleteDraft = (ref: string, expectedVersion: number) =>
  apiVoid(`${base(ref)}${queryString({ expectedVersion })}`, { method: 'DELETE' });
export const verifyPractice = (ref: string) => api(`${base(ref)}/verify`, PracticeSchema, { method: 'POST' });

export const fetchRevisions = (ref: string) => api(`${base(ref)}/revisions`, z.array(RevisionSummarySchema));
export const fetchRevision = (ref: string, revisionId: string) => api(`${base(ref)}/revisions/${revisionId}`, RevisionSchema);
export const restoreRevision = (ref: string, revisionId: string, expectedVersion: number, comment: string) =>
  api(`${base(ref)}/revisions/${revisionId}/restore`, PracticeSchema, { method: 'POST', body: { expectedVersion, comment } });

export const giveFeedback = (ref: string, input: FeedbackInput) =>
  api(`${base(ref)}/feedback`, FeedbackReceiptSchema, { method: 'POST', body: input });
export const fetchFlags = (practice: string | undefined, state: 'open' | 'resolved' | 'all') =>
  api(`/api/practices/flags${queryString({ practice, state, limit: 200 })}`, FlagPageSchema);
export const resolveFlag = (flagId: string, note: string) =>
  api(`/api/practices/flags/${flagId}/resolve`, FlagSchema, { method: 'POST', body: { note } });

export const fetchReviewQueue = () => api('/api/practices/review-queue', ReviewQueueSchema);
export const fetchMyWork = () => api('/api/practices/mine', MyWorkSchema);
export const fetchNeedsReview = (mine: boolean, offset: number, limit: number) =>
  api(`/api/practices/needs-review${queryString({ mine: String(mine), offset, limit })}`, PracticePageSchema);

export const fetchBranches = () => api('/api/branches', z.array(BranchSchema));
/** Only managers and administrators may read the staff directory. */
export const fetchStaff = () => api('/api/users', z.array(UserSchema));

export const importPractices = (request: ImportRequest) =>
  api('/api/practices/import', ImportReportSchema, { method: 'POST', body: request });

export interface ExportSelection {
  status?: readonly PracticeStatus[];
  ids?: readonly string[];
}

async function fetchText(path: string): Promise<{ text: string; fileName: string | null }> {
  const response = await apiRequest(path);
  const disposition = response.headers.get('content-disposition') ?? '';
  return { text: await response.text(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
}

export const exportJsonl = (selection: ExportSelection) => fetchText(`/api/practices/export${queryString({ ...selection })}`);
export const exportMarkdown = (selection: ExportSelection) => fetchText(`/api/practices/export/markdown${queryString({ ...selection })}`);
export const exportOneMarkdown = (ref: string) => fetchText(`${base(ref)}/markdown`);
