import { z } from 'zod';
import { BranchSchema } from '../../../shared/branches.schema.ts';
import {
  type CreateInteractionInput,
  InteractionDefaultsSchema,
  InteractionPageSchema,
  InteractionSchema,
  InteractionStatsSchema,
  type UpdateInteractionInput,
} from '../../../shared/interactions.schema.ts';
import { PracticePageSchema } from '../../../shared/practices.schema.ts';
import type { Channel } from '../../../shared/practices.schema.ts';
import { api, apiVoid, queryString } from '../../api/client.ts';

export interface ListFilters {
  from?: string;
  to?: string;
  branchId?: string;
  channel?: Channel;
  mine?: 'true';
  offset: number;
}

export interface PeriodFilters {
  from?: string;
  to?: string;
  branchId?: string;
}

export const LIST_PAGE_SIZE = 25;

export const logContact = (input: CreateInteractionInput) => api('/api/interactions', InteractionSchema, { method: 'POST', body: input });
export const fetchInteractions = (filters: ListFilters) =>
  api(`/api/interactions${queryString({ ...filters, limit: LIST_PAGE_SIZE })}`, InteractionPageSchema);
export const correctContact = (id: string, changes: UpdateInteractionInput) =>
  api(`/api/interactions/${id}`, InteractionSchema, { method: 'PATCH', body: changes });
export const deleteContact = (id: string) => apiVoid(`/api/interactions/${id}`, { method: 'DELETE' });
export const fetchStats = (filters: PeriodFilters) => api(`/api/interactions/stats${queryString({ ...filters })}`, InteractionStatsSchema);
export const exportUrl = (filters: PeriodFilters & { notes?: 'true' }) => `/api/interactions/export.csv${queryString({ ...filters })}`;
export const fetchDefaults = () => api('/api/interactions/defaults', InteractionDefaultsSchema);
export const saveDefaults = (defaults: { branchId: string | null; channel: Channel }) =>
  api('/api/interactions/defaults', InteractionDefaultsSchema, { method: 'PUT', body: defaults });
export const fetchBranchOptions = () => api('/api/branches', z.array(BranchSchema));
/** Published practices to choose from; the list endpoint is enough until search offers suggestions. */
export const fetchPracticeOptions = () => api('/api/practices?limit=100', PracticePageSchema);
