import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SESSION_KEY } from '../auth/use-session.ts';
import {
  type AuditFilters,
  type BranchChanges,
  type Credential,
  createBranch,
  createUser,
  fetchAudit,
  fetchBranches,
  fetchUsers,
  resetCredential,
  setUserActive,
  type UserChanges,
  updateBranch,
  updateUser,
} from './admin.api.ts';

const USERS_KEY = ['admin', 'users'] as const;
const BRANCHES_KEY = ['admin', 'branches'] as const;
const AUDIT_KEY = ['admin', 'audit'] as const;

export const useUsersQuery = () => useQuery({ queryKey: USERS_KEY, queryFn: fetchUsers });
export const useBranchesQuery = () => useQuery({ queryKey: BRANCHES_KEY, queryFn: fetchBranches });
export const useAuditQuery = (filters: AuditFilters) =>
  useQuery({ queryKey: [...AUDIT_KEY, filters], queryFn: () => fetchAudit(filters), placeholderData: keepPreviousData });

/** Every change to accounts or branches also lands in the audit log, and may change the signed-in user. */
function useAdminMutation<A extends unknown[], R>(fn: (...args: A) => Promise<R>, keys: readonly (readonly string[])[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => fn(...args),
    onSuccess: async () => {
      await Promise.all([...keys, AUDIT_KEY].map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

export const useCreateUserMutation = () => useAdminMutation(createUser, [USERS_KEY]);
export const useUpdateUserMutation = () =>
  useAdminMutation((id: string, changes: UserChanges) => updateUser(id, changes), [USERS_KEY, SESSION_KEY]);
export const useSetUserActiveMutation = () => useAdminMutation((id: string, active: boolean) => setUserActive(id, active), [USERS_KEY]);
export const useResetCredentialMutation = () =>
  useAdminMutation((id: string, credential: Credential) => resetCredential(id, credential), [USERS_KEY]);
export const useCreateBranchMutation = () => useAdminMutation(createBranch, [BRANCHES_KEY]);
export const useUpdateBranchMutation = () =>
  useAdminMutation((id: string, changes: BranchChanges) => updateBranch(id, changes), [BRANCHES_KEY]);
