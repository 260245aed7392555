import type { Selectable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { UserPreferencesTable } from './interactions.table.ts';

export async function findPreferences(db: Database, userId: string): Promise<Selectable<UserPreferencesTable> | undefined> {
  return db.selectFrom('user_preferences').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function savePreferences(db: Database, row: Selectable<UserPreferencesTable>): Promise<void> {
  await db
    .insertInto('user_preferences')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ branch_id: row.branch_id, channel: row.channel, updated_at: row.updated_at }))
    .execute();
}
