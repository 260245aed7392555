import { z } from 'zod';
import { BranchSchema } from '../../../shared/branches.schema.ts';
import {
  type CreateReferralInput,
  type ReferralListQuery,
  ReferralListSchema,
  ReferralSchema,
  type UpdateReferralInput,
} from '../../../shared/referrals.schema.ts';
import { api, apiVoid, queryString } from '../../api/client.ts';

export type ReferralFilters = Partial<ReferralListQuery>;

export const fetchReferrals = (filters: ReferralFilters) => api(`/api/referrals${queryString(filters)}`, ReferralListSchema);
export const createReferral = (input: CreateReferralInput) => api('/api/referrals', ReferralSchema, { method: 'POST', body: input });
export const updateReferral = (id: string, input: UpdateReferralInput) =>
  api(`/api/referrals/${id}`, ReferralSchema, { method: 'PATCH', body: input });
export const deleteReferral = (id: string) => apiVoid(`/api/referrals/${id}`, { method: 'DELETE' });
export const fetchBranches = () => api('/api/branches', z.array(BranchSchema));
