import type { Selectable, Updateable } from 'kysely';
import type { Need } from '../../shared/practices.schema.ts';
import type { ReferralCategory } from '../../shared/referrals.schema.ts';
import type { Database } from '../db/database.ts';
import type { ReferralsTable } from './referrals.table.ts';

export type ReferralRow = Selectable<ReferralsTable>;

export interface ReferralFilter {
  /** Entries of these branches; `library` (null) entries are added when `libraryWide` is set. */
  branchIds?: readonly string[];
  libraryWide: boolean;
  category?: ReferralCategory;
  need?: Need;
}

export async function listReferralRows(db: Database, filter: ReferralFilter): Promise<ReferralRow[]> {
  let query = db.selectFrom('referrals').selectAll();
  const { branchIds } = filter;
  if (branchIds !== undefined) {
    query = query.where((eb) => {
      const scopes = [];
      if (filter.libraryWide) scopes.push(eb('branch_id', 'is', null));
      if (branchIds.length > 0) scopes.push(eb('branch_id', 'in', [...branchIds]));
      return scopes.length > 0 ? eb.or(scopes) : eb.val(false);
    });
  }
  if (filter.category) query = query.where('category', '=', filter.category);
  // needs is a JSON array of fixed words, so the quoted word matches exactly one element.
  if (filter.need) query = query.where('needs', 'like', `%"${filter.need}"%`);
  return query.execute();
}

export async function findReferralRow(db: Database, id: string): Promise<ReferralRow | undefined> {
  return db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findReferralRowByName(db: Database, branchId: string | null, name: string): Promise<ReferralRow | undefined> {
  const scoped = db.selectFrom('referrals').selectAll().where('name', '=', name);
  return (branchId === null ? scoped.where('branch_id', 'is', null) : scoped.where('branch_id', '=', branchId)).executeTakeFirst();
}

export async function insertReferralRow(db: Database, row: ReferralRow): Promise<void> {
  await db.insertInto('referrals').values(row).execute();
}

export async function updateReferralRow(db: Database, id: string, changes: Updateable<ReferralsTable>): Promise<void> {
  await db.updateTable('referrals').set(changes).where('id', '=', id).execute();
}

export async function deleteReferralRow(db: Database, id: string): Promise<void> {
  await db.deleteFrom('referrals').where('id', '=', id).execute();
}

export async function editorNames(db: Database, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
