export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  ip: string;
  user_agent: string;
}

export interface RateLimitHitsTable {
  key: string;
  window_start: string;
  hits: number;
}
