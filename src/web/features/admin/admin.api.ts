import { z } from 'zod';
import { type AuditQuery, AuditPageSchema } from '../../../shared/audit.schema.ts';
import { BranchSchema, type CreateBranchInput } from '../../../shared/branches.schema.ts';
import { type CreateUserInput, UserCredentialSchema, UserSchema } from '../../../shared/users.schema.ts';
import { api, queryString } from '../../api/client.ts';

export type Credential = 'one_time_password' | 'invitation';
export type UserChanges = { name?: string; role?: CreateUserInput['role']; branchIds?: string[] };
export type BranchChanges = Partial<CreateBranchInput>;
export type AuditFilters = Pick<AuditQuery, 'action' | 'actor' | 'from' | 'to' | 'offset'>;

export const fetchUsers = () => api('/api/users', z.array(UserSchema));
export const createUser = (input: CreateUserInput) => api('/api/users', UserCredentialSchema, { method: 'POST', body: input });
export const updateUser = (id: string, changes: UserChanges) => api(`/api/users/${id}`, UserSchema, { method: 'PATCH', body: changes });
export const setUserActive = (id: string, active: boolean) =>
  api(`/api/users/${id}/${active ? 'reactivate' : 'deactivate'}`, UserSchema, { method: 'POST' });
export const resetCredential = (id: string, credential: Credential) =>
  api(`/api/users/${id}/credential`, UserCredentialSchema, { method: 'POST', body: { credential } });

export const fetchBranches = () => api('/api/branches', z.array(BranchSchema));
export const createBranch = (input: CreateBranchInput) => api('/api/branches', BranchSchema, { method: 'POST', body: input });
export const updateBranch = (id: string, changes: BranchChanges) =>
  api(`/api/branches/${id}`, BranchSchema, { method: 'PATCH', body: changes });

export const AUDIT_PAGE_SIZE = 50;
export const fetchAudit = (filters: AuditFilters) =>
  api(`/api/audit${queryString({ ...filters, limit: AUDIT_PAGE_SIZE })}`, AuditPageSchema);
