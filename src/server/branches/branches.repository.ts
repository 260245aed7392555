import type { Selectable, Updateable } from 'kysely';
import type { Branch } from '../../shared/branches.schema.ts';
import type { Database } from '../db/database.ts';
import { toIso } from '../db/dialect.ts';
import type { BranchesTable } from './branches.table.ts';

export function toBranch(row: Selectable<BranchesTable>): Branch {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    phone: row.phone,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

export async function listBranchRows(db: Database) {
  return db.selectFrom('branches').selectAll().orderBy('name').execute();
}

export async function findBranchRow(db: Database, id: string) {
  return db.selectFrom('branches').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Compared here rather than with SQL lower(), which in SQLite folds only ASCII letters (Ś, Ż stay upper case). */
export async function findBranchRowByName(db: Database, name: string) {
  const wanted = name.toLocaleLowerCase('pl');
  const rows = await db.selectFrom('branches').selectAll().execute();
  return rows.find((row) => row.name.toLocaleLowerCase('pl') === wanted);
}

export async function countExistingBranches(db: Database, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('branches')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', [...ids])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertBranchRow(db: Database, row: Selectable<BranchesTable>): Promise<void> {
  await db.insertInto('branches').values(row).execute();
}

export async function updateBranchRow(db: Database, id: string, changes: Updateable<BranchesTable>): Promise<void> {
  await db.updateTable('branches').set(changes).where('id', '=', id).execute();
}
