import { useState } from 'react';
import type { Branch } from '../../../shared/branches.schema.ts';
import { useSession } from '../auth/use-session.ts';
import { useIncidentBranchesQuery } from './use-incident-queries.ts';

const storageKey = (userId: string) => `relacja.current-branch.${userId}`;

/**
 * The branch the user is at now: their only branch, or the one they chose last time (remembered in
 * this browser); administrators may choose any branch.
 */
export function useCurrentBranch() {
  const { user } = useSession();
  const branches = useIncidentBranchesQuery();
  const [stored, setStored] = useState(() => localStorage.getItem(storageKey(user.id)));
  const choices: Branch[] = (branches.data ?? []).filter((branch) => user.role === 'admin' || user.branchIds.includes(branch.id));
  const fallback = user.branchIds[0] ?? choices[0]?.id ?? null;
  const branchId = stored && (user.role === 'admin' || user.branchIds.includes(stored)) ? stored : fallback;
  const choose = (id: string) => {
    localStorage.setItem(storageKey(user.id), id);
    setStored(id);
  };
  return { branchId, choices, choose, branchName: choices.find((branch) => branch.id === branchId)?.name ?? '' };
}
