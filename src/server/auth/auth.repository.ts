import type { Database } from '../db/database.ts';
import { toIso } from '../db/dialect.ts';
import type { SessionsTable } from './auth.table.ts';

export async function insertSession(db: Database, session: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSession(db: Database, idHash: string) {
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  return row ? { ...row, last_seen_at: toIso(row.last_seen_at), created_at: toIso(row.created_at) } : undefined;
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
