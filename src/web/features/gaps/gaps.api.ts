import { type CreateGapDismissalInput, GapDismissalSchema, GapListSchema, type GapSort } from '../../../shared/gaps.schema.ts';
import { api, queryString } from '../../api/client.ts';

export interface GapQueryParams {
  from?: string;
  to?: string;
  branchId?: string;
  sort: GapSort;
}

export const fetchGaps = (query: GapQueryParams) => api(`/api/gaps${queryString({ ...query })}`, GapListSchema);
export const dismissGap = (input: CreateGapDismissalInput) =>
  api('/api/gaps/dismissals', GapDismissalSchema, { method: 'POST', body: input });
