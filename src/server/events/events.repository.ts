import { PostgresAdapter, sql } from 'kysely';
import type { Database } from '../db/database.ts';

export interface PresenceEntry {
  connectionId: string;
  userId: string;
  branchIds: readonly string[];
  instanceId: string;
}

export async function insertPresence(db: Database, entry: PresenceEntry, at: string): Promise<void> {
  if (entry.branchIds.length === 0) return;
  const rows = entry.branchIds.map((branchId) => ({
    connection_id: entry.connectionId,
    branch_id: branchId,
    user_id: entry.userId,
    instance_id: entry.instanceId,
    seen_at: at,
  }));
  await db.insertInto('event_presence').values(rows).execute();
}

export async function deletePresence(db: Database, connectionId: string): Promise<void> {
  await db.deleteFrom('event_presence').where('connection_id', '=', connectionId).execute();
}

export async function touchPresence(db: Database, instanceId: string, at: string): Promise<void> {
  await db.updateTable('event_presence').set({ seen_at: at }).where('instance_id', '=', instanceId).execute();
}

/** Rows left behind by an instance that stopped without saying goodbye. */
export async function deleteStalePresence(db: Database, before: string): Promise<void> {
  await db.deleteFrom('event_presence').where('seen_at', '<', before).execute();
}

export async function deleteInstancePresence(db: Database, instanceId: string): Promise<void> {
  await db.deleteFrom('event_presence').where('instance_id', '=', instanceId).execute();
}

/** Active accounts with an event stream open for the branch, seen since `since`. */
export async function listeningUserIds(db: Database, branchId: string, exceptUserId: string, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('event_presence')
    .innerJoin('users', 'users.id', 'event_presence.user_id')
    .select('event_presence.user_id')
    .distinct()
    .where('event_presence.branch_id', '=', branchId)
    .where('event_presence.user_id', '!=', exceptUserId)
    .where('event_presence.seen_at', '>=', since)
    .where('users.active', '=', 1)
    .execute();
  return rows.map((row) => row.user_id);
}

export async function notifyChannel(db: Database, channel: string, payload: string): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(db);
}

export function usesPostgres(db: Database): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
