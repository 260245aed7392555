import type { Selectable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { IncidentCheckInsTable, TalkRequestsTable } from './incidents.table.ts';

export type CheckInRow = Selectable<IncidentCheckInsTable>;
export type TalkRequestRow = Selectable<TalkRequestsTable>;

export async function insertCheckInRow(db: Database, row: CheckInRow): Promise<void> {
  await db.insertInto('incident_check_ins').values(row).execute();
}

export async function findCheckInRow(db: Database, id: string): Promise<CheckInRow | undefined> {
  return db.selectFrom('incident_check_ins').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listCheckInRowsByAuthor(db: Database, authorId: string): Promise<CheckInRow[]> {
  return db.selectFrom('incident_check_ins').selectAll().where('author_id', '=', authorId).orderBy('created_at', 'desc').execute();
}

export async function insertTalkRequestRow(db: Database, row: TalkRequestRow): Promise<void> {
  await db.insertInto('talk_requests').values(row).execute();
}

export async function talkRequestRowsOf(db: Database, checkInIds: readonly string[]): Promise<TalkRequestRow[]> {
  if (checkInIds.length === 0) return [];
  return db
    .selectFrom('talk_requests')
    .selectAll()
    .where('check_in_id', 'in', [...checkInIds])
    .execute();
}

export async function findTalkRequestRow(db: Database, id: string): Promise<TalkRequestRow | undefined> {
  return db.selectFrom('talk_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listTalkRequestRows(
  db: Database,
  filter: { branchIds: readonly string[]; state: 'open' | 'done' | 'all' },
): Promise<TalkRequestRow[]> {
  if (filter.branchIds.length === 0) return [];
  let query = db
    .selectFrom('talk_requests')
    .selectAll()
    .where('branch_id', 'in', [...filter.branchIds]);
  if (filter.state === 'open') query = query.where('done_at', 'is', null);
  if (filter.state === 'done') query = query.where('done_at', 'is not', null);
  return query.orderBy('created_at', 'desc').execute();
}

export async function markTalkRequestDone(db: Database, id: string, by: string, at: string): Promise<void> {
  await db.updateTable('talk_requests').set({ done_at: at, done_by: by }).where('id', '=', id).where('done_at', 'is', null).execute();
}

/** Branches that have at least one active manager; requests from the others go to the administrators. */
export async function branchesWithManagers(db: Database): Promise<Set<string>> {
  const rows = await db
    .selectFrom('user_branches')
    .innerJoin('users', 'users.id', 'user_branches.user_id')
    .select('user_branches.branch_id')
    .distinct()
    .where('users.role', '=', 'manager')
    .where('users.active', '=', 1)
    .execute();
  return new Set(rows.map((row) => row.branch_id));
}

export async function personNames(db: Database, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The free text of the check-in written with an incident note, erased with that note. */
export async function eraseIncidentCheckInNote(db: Database, incidentId: string): Promise<void> {
  await db.updateTable('incident_check_ins').set({ relief_other: null }).where('incident_id', '=', incidentId).execute();
}

export async function eraseCheckInNote(db: Database, id: string): Promise<void> {
  await db.updateTable('incident_check_ins').set({ relief_other: null }).where('id', '=', id).execute();
}

export async function eraseCheckInNotes(db: Database, cutoff: string): Promise<number> {
  const result = await db
    .updateTable('incident_check_ins')
    .set({ relief_other: null })
    .where('created_at', '<', cutoff)
    .where('relief_other', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
