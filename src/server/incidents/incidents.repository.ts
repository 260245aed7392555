import type { Selectable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { IncidentAlertsTable, IncidentsTable } from './incidents.table.ts';

export type IncidentRow = Selectable<IncidentsTable>;
export type AlertRow = Selectable<IncidentAlertsTable>;

export async function insertAlertRow(db: Database, row: AlertRow): Promise<void> {
  await db.insertInto('incident_alerts').values(row).execute();
}

export async function findAlertRow(db: Database, id: string): Promise<AlertRow | undefined> {
  return db.selectFrom('incident_alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertIncidentRow(db: Database, row: IncidentRow): Promise<void> {
  await db.insertInto('incidents').values(row).execute();
}

export async function findIncidentRow(db: Database, id: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateIncidentRow(
  db: Database,
  id: string,
  changes: Partial<Pick<IncidentRow, 'occurred_at' | 'what_happened' | 'what_helped'>>,
): Promise<void> {
  await db.updateTable('incidents').set(changes).where('id', '=', id).execute();
}

export async function listIncidentRowsByAuthor(db: Database, authorId: string): Promise<IncidentRow[]> {
  return db.selectFrom('incidents').selectAll().where('author_id', '=', authorId).orderBy('occurred_at', 'desc').execute();
}

export interface Period {
  start: string;
  end: string;
}

type CountedTable = 'incidents' | 'incident_alerts' | 'talk_requests';

/** Rows per branch within [start, end); incidents by when they happened, the others by when they were sent. */
export async function countByBranch(db: Database, table: CountedTable, period: Period): Promise<Map<string, number>> {
  const column = table === 'incidents' ? 'occurred_at' : 'created_at';
  const rows = await db
    .selectFrom(table)
    .select(['branch_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where(column, '>=', period.start)
    .where(column, '<', period.end)
    .groupBy('branch_id')
    .execute();
  return new Map(rows.map((row) => [row.branch_id, Number(row.n)]));
}

/** The author's erasure of one note: the text goes, the row (a count) stays. */
export async function eraseIncidentNote(db: Database, id: string, at: string): Promise<void> {
  await db
    .updateTable('incidents')
    .set({ what_happened: null, what_helped: null, notes_erased_at: at })
    .where('id', '=', id)
    .where('notes_erased_at', 'is', null)
    .execute();
}

export async function eraseIncidentNotes(db: Database, cutoff: string, at: string): Promise<number> {
  const result = await db
    .updateTable('incidents')
    .set({ what_happened: null, what_helped: null, notes_erased_at: at })
    .where('created_at', '<', cutoff)
    .where('notes_erased_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function eraseAlertMessages(db: Database, cutoff: string): Promise<number> {
  const result = await db
    .updateTable('incident_alerts')
    .set({ message: null })
    .where('created_at', '<', cutoff)
    .where('message', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
