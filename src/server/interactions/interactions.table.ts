import type { Attitude, Channel, Need } from '../../shared/practices.schema.ts';
import type { Outcome } from '../../shared/interactions.schema.ts';

export interface InteractionsTable {
  id: string;
  client_id: string;
  author_id: string;
  branch_id: string;
  channel: Channel;
  attitude: Attitude;
  effort: number;
  outcome: Outcome;
  /** JSON array of return suggestions, as text on both databases. */
  return_suggestions: string;
  note: string | null;
  note_erased_at: string | null;
  occurred_at: string;
  created_at: string;
  updated_at: string;
}

export interface InteractionNeedsTable {
  interaction_id: string;
  need: Need;
}

export interface InteractionPracticesTable {
  interaction_id: string;
  practice_id: string;
}

export interface UserPreferencesTable {
  user_id: string;
  branch_id: string | null;
  channel: Channel | null;
  updated_at: string;
}
