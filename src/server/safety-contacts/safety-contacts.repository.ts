import type { Selectable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { BranchSafetyContactsTable } from './safety-contacts.table.ts';

export type SafetyContactRow = Selectable<BranchSafetyContactsTable>;

export async function listSafetyContactRows(db: Database, branchId: string): Promise<SafetyContactRow[]> {
  return db.selectFrom('branch_safety_contacts').selectAll().where('branch_id', '=', branchId).orderBy('position').execute();
}

export async function replaceSafetyContactRows(db: Database, branchId: string, rows: readonly SafetyContactRow[]): Promise<void> {
  await db.deleteFrom('branch_safety_contacts').where('branch_id', '=', branchId).execute();
  if (rows.length > 0)
    await db
      .insertInto('branch_safety_contacts')
      .values([...rows])
      .execute();
}

export async function editorName(db: Database, id: string | null): Promise<string> {
  if (id === null) return '';
  const row = await db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? '';
}
