import { batchedPerTurn } from '../db/batch.ts';
import type { Database } from '../db/database.ts';
import { toIso } from '../db/dialect.ts';
import type { Role } from '../users/users.table.ts';
import type { SessionsTable } from './auth.table.ts';

export async function insertSession(db: Database, session: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** What a request needs to know about its session and its user. */
export interface SessionWithUser {
  userId: string;
  csrfToken: string;
  lastSeenAt: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  locale: string;
  mustChangePassword: boolean;
  branchIds: string[];
}

/**
 * Sessions, their users and the users' branches in one statement: every API request asks, so one
 * round trip instead of three, and the requests of one turn of the event loop share it. One row per
 * branch (or one with no branch).
 */
const sessionsWithUsers = batchedPerTurn<string, SessionWithUser>(async (db, idHashes) => {
  const rows = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('user_branches', 'user_branches.user_id', 'sessions.user_id')
    .select([
      'sessions.id_hash',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'users.email',
      'users.name',
      'users.role',
      'users.active',
      'users.locale',
      'users.must_change_password',
      'user_branches.branch_id',
    ])
    .where('sessions.id_hash', 'in', [...idHashes])
    .orderBy('user_branches.branch_id')
    .execute();
  const found = new Map<string, SessionWithUser>();
  for (const row of rows) {
    let session = found.get(row.id_hash);
    if (!session) {
      session = {
        userId: row.user_id,
        csrfToken: row.csrf_token,
        lastSeenAt: toIso(row.last_seen_at),
        email: row.email,
        name: row.name,
        role: row.role,
        active: Boolean(row.active),
        locale: row.locale,
        mustChangePassword: Boolean(row.must_change_password),
        branchIds: [],
      };
      found.set(row.id_hash, session);
    }
    if (row.branch_id !== null) session.branchIds.push(row.branch_id);
  }
  return found;
});

export function findSessionWithUser(db: Database, idHash: string): Promise<SessionWithUser | undefined> {
  return sessionsWithUsers(db, idHash);
}

export async function touchSession(db: Database, idHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Database, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function revokeAllSessionsOf(db: Database, userId: string, exceptIdHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptIdHash) query = query.where('id_hash', '!=', exceptIdHash);
  await query.execute();
}

export async function deleteIdleSessions(db: Database, idleSince: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('last_seen_at', '<', idleSince).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Counts one hit in a fixed window and returns the count after it. A single upsert statement, so
 * concurrent instances sharing PostgreSQL never lose a hit.
 */
export async function hitRateLimit(
  db: Database,
  key: string,
  now: string,
  windowStartedBefore: string,
): Promise<{ hits: number; windowStart: string }> {
  const row = await db
    .insertInto('rate_limit_hits')
    .values({ key, window_start: now, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        hits: eb
          .case()
          .when('rate_limit_hits.window_start', '<', windowStartedBefore)
          .then(1)
          .else(eb('rate_limit_hits.hits', '+', 1))
          .end(),
        window_start: eb
          .case()
          .when('rate_limit_hits.window_start', '<', windowStartedBefore)
          .then(now)
          .else(eb.ref('rate_limit_hits.window_start'))
          .end(),
      })),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowStart: toIso(row.window_start) };
}

export async function clearRateLimit(db: Database, key: string): Promise<void> {
  await db.deleteFrom('rate_limit_hits').where('key', '=', key).execute();
}
