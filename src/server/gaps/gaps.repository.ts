import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { GapDismissalsTable } from './gaps.table.ts';

export type GapDismissalRow = Selectable<GapDismissalsTable>;

export async function insertDismissalRow(db: Database, row: Insertable<GapDismissalsTable>): Promise<void> {
  await db.insertInto('gap_dismissals').values(row).execute();
}

/** Dismissals that may still hide something from `since` on: older ones cover only older occurrences. */
export async function listDismissalRows(db: Database, since: string): Promise<GapDismissalRow[]> {
  return db.selectFrom('gap_dismissals').selectAll().where('up_to', '>=', since).orderBy('dismissed_at').execute();
}
