export interface IncidentAlertsTable {
  id: string;
  branch_id: string;
  sender_id: string;
  /** null once erased by the retention period, or when none was given. */
  message: string | null;
  notified: number;
  created_at: string;
}

export interface IncidentsTable {
  id: string;
  branch_id: string;
  author_id: string;
  alert_id: string | null;
  occurred_at: string;
  created_at: string;
  /** null once erased by the retention period; the row stays so the counts do. */
  what_happened: string | null;
  what_helped: string | null;
  notes_erased_at: string | null;
}

export interface IncidentCheckInsTable {
  id: string;
  author_id: string;
  incident_id: string | null;
  tension: number;
  /** JSON array of relief options, as text on both databases. */
  reliefs: string;
  relief_other: string | null;
  wants_talk: number;
  created_at: string;
}

export interface TalkRequestsTable {
  id: string;
  check_in_id: string;
  requester_id: string;
  branch_id: string;
  created_at: string;
  done_at: string | null;
  done_by: string | null;
}
