import type { Generated } from 'kysely';

export type Role = 'admin' | 'manager' | 'librarian';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  must_change_password: number;
  active: number;
  locale: string;
  invitation_hash: string | null;
  invitation_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserBranchesTable {
  user_id: string;
  branch_id: string;
}

export interface PasswordHistoryTable {
  id: Generated<number>;
  user_id: string;
  password_hash: string;
  created_at: string;
}
