import type { Kysely } from 'kysely';
import type { AuditLogTable } from '../audit/audit.table.ts';
import type { RateLimitHitsTable, SessionsTable } from '../auth/auth.table.ts';
import type { BranchesTable } from '../branches/branches.table.ts';
import type { PracticeFacetsTable, PracticeFeedbackTable, PracticeRevisionsTable, PracticesTable } from '../practices/practices.table.ts';
import type { PasswordHistoryTable, UserBranchesTable, UsersTable } from '../users/users.table.ts';
import type { SettingsTable } from './settings.table.ts';

export interface Tables {
  users: UsersTable;
  user_branches: UserBranchesTable;
  password_history: PasswordHistoryTable;
  branches: BranchesTable;
  sessions: SessionsTable;
  rate_limit_hits: RateLimitHitsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  practices: PracticesTable;
  practice_revisions: PracticeRevisionsTable;
  practice_facets: PracticeFacetsTable;
  practice_feedback: PracticeFeedbackTable;
}

export type Database = Kysely<Tables>;
