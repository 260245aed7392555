import type { Selectable, Updateable } from 'kysely';
import type { User } from '../../shared/users.schema.ts';
import type { Database } from '../db/database.ts';
import { toIso } from '../db/dialect.ts';
import type { UsersTable } from './users.table.ts';

export type UserRow = Selectable<UsersTable>;

export function toUser(row: UserRow, branchIds: string[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    branchIds,
    active: Boolean(row.active),
    locale: row.locale === 'en' ? 'en' : 'pl',
    mustChangePassword: Boolean(row.must_change_password),
    invitationPending: row.invitation_hash !== null,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

export async function findUserRowById(db: Database, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserRowByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function findUserRowByInvitation(db: Database, invitationHash: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('invitation_hash', '=', invitationHash).executeTakeFirst();
}

export async function branchIdsOf(db: Database, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('user_branches')
    .select(['user_id', 'branch_id'])
    .where('user_id', 'in', [...userIds])
    .orderBy('branch_id')
    .execute();
  for (const row of rows) result.get(row.user_id)?.push(row.branch_id);
  return result;
}

/** The text filter runs here: SQLite's lower() and LIKE fold only ASCII, so "łąk" would not find "Łąkowska" there. */
export async function listUserRows(db: Database, filter: { q?: string; role?: string; active?: boolean }): Promise<UserRow[]> {
  let query = db.selectFrom('users').selectAll();
  if (filter.role) query = query.where('role', '=', filter.role as UsersTable['role']);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active ? 1 : 0);
  const rows = await query.orderBy('name').orderBy('email').execute();
  const wanted = filter.q?.toLocaleLowerCase('pl');
  if (!wanted) return rows;
  return rows.filter((row) => row.name.toLocaleLowerCase('pl').includes(wanted) || row.email.includes(wanted));
}

export async function countUsers(db: Database): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUserRow(db: Database, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUserRow(db: Database, id: string, changes: Updateable<UsersTable>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function replaceUserBranches(db: Database, userId: string, branchIds: readonly string[]): Promise<void> {
  await db.deleteFrom('user_branches').where('user_id', '=', userId).execute();
  if (branchIds.length === 0) return;
  await db
    .insertInto('user_branches')
    .values(branchIds.map((branchId) => ({ user_id: userId, branch_id: branchId })))
    .execute();
}

export async function insertPasswordHistory(db: Database, userId: string, passwordHash: string, at: string): Promise<void> {
  await db.insertInto('password_history').values({ user_id: userId, password_hash: passwordHash, created_at: at }).execute();
}
