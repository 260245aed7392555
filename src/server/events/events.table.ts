export interface EventPresenceTable {
  connection_id: string;
  branch_id: string;
  user_id: string;
  instance_id: string;
  seen_at: string;
}
