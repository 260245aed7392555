import type { Kysely } from 'kysely';
import type { AuditLogTable } from '../audit/audit.table.ts';
import type { RateLimitHitsTable, SessionsTable } from '../auth/auth.table.ts';
import type { BranchesTable } from '../branches/branches.table.ts';
import type { EventPresenceTable } from '../events/events.table.ts';
import type { GapDismissalsTable } from '../gaps/gaps.table.ts';
import type { IncidentAlertsTable, IncidentCheckInsTable, IncidentsTable, TalkRequestsTable } from '../incidents/incidents.table.ts';
import type {
  InteractionNeedsTable,
  InteractionPracticesTable,
  InteractionsTable,
  UserPreferencesTable,
} from '../interactions/interactions.table.ts';
import type { PracticeFacetsTable, PracticeFeedbackTable, PracticeRevisionsTable, PracticesTable } from '../practices/practices.table.ts';
import type { ReferralsTable } from '../referrals/referrals.table.ts';
import type { BranchSafetyContactsTable } from '../safety-contacts/safety-contacts.table.ts';
import type { SearchDocumentsTable, SearchQueriesTable, SearchStateTable, SearchTermsTable } from '../search/search.table.ts';
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
  referrals: ReferralsTable;
  branch_safety_contacts: BranchSafetyContactsTable;
  incident_alerts: IncidentAlertsTable;
  incidents: IncidentsTable;
  incident_check_ins: IncidentCheckInsTable;
  talk_requests: TalkRequestsTable;
  event_presence: EventPresenceTable;
  interactions: InteractionsTable;
  interaction_needs: InteractionNeedsTable;
  interaction_practices: InteractionPracticesTable;
  user_preferences: UserPreferencesTable;
  gap_dismissals: GapDismissalsTable;
  search_documents: SearchDocumentsTable;
  search_terms: SearchTermsTable;
  search_state: SearchStateTable;
  search_queries: SearchQueriesTable;
}

export type Database = Kysely<Tables>;
