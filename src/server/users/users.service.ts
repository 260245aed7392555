import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  CreateUserSchema,
  ResetCredentialSchema,
  UpdateUserSchema,
  User,
  UserCredential,
  UserListQuerySchema,
} from '../../shared/users.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor, RequestContext } from '../auth/actor.ts';
import { generateOneTimePassword, hashPassword } from '../auth/passwords.ts';
import { assertCan } from '../auth/policy.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import { assertBranchesExist } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { AppError, notFound } from '../errors.ts';
import {
  branchIdsOf,
  countUsers,
  findUserRowByEmail,
  findUserRowById,
  insertUserRow,
  listUserRows,
  replaceUserBranches,
  toUser,
  updateUserRow,
} from './users.repository.ts';
import { revokeAllSessionsOf } from '../auth/auth.repository.ts';

type CreateUser = z.output<typeof CreateUserSchema>;
type UpdateUser = z.output<typeof UpdateUserSchema>;
type Credential = z.output<typeof ResetCredentialSchema>['credential'];

const INVITATION_DAYS = 7;

export async function getUser(db: Database, id: string): Promise<User | undefined> {
  const row = await findUserRowById(db, id);
  if (!row) return undefined;
  const branches = await branchIdsOf(db, [id]);
  return toUser(row, branches.get(id) ?? []);
}

async function requireUser(db: Database, id: string): Promise<User> {
  const user = await getUser(db, id);
  if (!user) throw notFound();
  return user;
}

export async function listUsers(db: Database, actor: Actor, query: z.output<typeof UserListQuerySchema>): Promise<User[]> {
  assertCan(actor, 'user:read-directory');
  const rows = await listUserRows(db, {
    q: query.q,
    role: query.role,
    active: query.active === undefined ? undefined : query.active === 'true',
  });
  const branches = await branchIdsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toUser(row, branches.get(row.id) ?? []));
}

export async function readUser(db: Database, actor: Actor, id: string): Promise<User> {
  if (actor.id !== id) assertCan(actor, 'user:read-directory');
  return requireUser(db, id);
}

function assertBranchRule(role: User['role'], branchIds: readonly string[]): void {
  if (role === 'manager' && branchIds.length === 0) throw new AppError('manager_needs_branch', 400, {}, { field: 'branchIds' });
}

async function issueCredential(
  db: Database,
  userId: string,
  credential: Credential,
): Promise<{ oneTimePassword?: string; invitationPath?: string }> {
  const now = nowIso();
  if (credential === 'invitation') {
    const token = randomToken();
    const expires = new Date(Date.now() + INVITATION_DAYS * 86_400_000).toISOString();
    await updateUserRow(db, userId, {
      password_hash: null,
      must_change_password: 1,
      invitation_hash: hashToken(token),
      invitation_expires_at: expires,
      updated_at: now,
    });
    await revokeAllSessionsOf(db, userId);
    return { invitationPath: `/invitation/${token}` };
  }
  const oneTimePassword = generateOneTimePassword();
  await updateUserRow(db, userId, {
    password_hash: await hashPassword(oneTimePassword),
    must_change_password: 1,
    invitation_hash: null,
    invitation_expires_at: null,
    updated_at: now,
  });
  await revokeAllSessionsOf(db, userId);
  return { oneTimePassword };
}

/** Creates an account without an acting user: used by the first start, the CLI and the demo seed. */
export async function insertUser(db: Database, input: CreateUser): Promise<UserCredential> {
  assertBranchRule(input.role, input.branchIds);
  await assertBranchesExist(db, input.branchIds);
  if (await findUserRowByEmail(db, input.email)) throw new AppError('email_taken', 409, { email: input.email }, { field: 'email' });
  const now = nowIso();
  const id = uuidv7();
  await insertUserRow(db, {
    id,
    email: input.email,
    name: input.name,
    role: input.role,
    password_hash: null,
    must_change_password: 1,
    active: 1,
    locale: 'pl',
    invitation_hash: null,
    invitation_expires_at: null,
    created_at: now,
    updated_at: now,
  });
  await replaceUserBranches(db, id, [...new Set(input.branchIds)]);
  const secret = await issueCredential(db, id, input.credential);
  return { user: await requireUser(db, id), ...secret };
}

export async function createUser(db: Database, context: RequestContext, input: CreateUser): Promise<UserCredential> {
  assertCan(context.actor, 'user:manage');
  return db.transaction().execute(async (trx) => {
    const created = await insertUser(trx, input);
    await recordAudit(trx, {
      actor: context.actor,
      action: 'user.created',
      target: { type: 'user', id: created.user.id },
      ip: context.ip,
      details: { email: created.user.email, role: created.user.role, branchIds: created.user.branchIds, credential: input.credential },
    });
    return created;
  });
}

export async function updateUser(db: Database, context: RequestContext, id: string, input: UpdateUser): Promise<User> {
  assertCan(context.actor, 'user:manage');
  return db.transaction().execute(async (trx) => {
    const before = await requireUser(trx, id);
    const role = input.role ?? before.role;
    const branchIds = input.branchIds ? [...new Set(input.branchIds)] : before.branchIds;
    if (id === context.actor.id && role !== 'admin') throw new AppError('cannot_demote_self', 400, {}, { field: 'role' });
    assertBranchRule(role, branchIds);
    await assertBranchesExist(trx, branchIds);
    await updateUserRow(trx, id, { name: input.name ?? before.name, role, updated_at: nowIso() });
    if (input.branchIds) await replaceUserBranches(trx, id, branchIds);
    const audit = { actor: context.actor, target: { type: 'user', id }, ip: context.ip };
    if (role !== before.role) {
      await recordAudit(trx, { ...audit, action: 'user.role_changed', details: { from: before.role, to: role } });
      await revokeAllSessionsOf(trx, id);
    }
    if (input.branchIds && [...branchIds].sort().join() !== [...before.branchIds].sort().join()) {
      await recordAudit(trx, { ...audit, action: 'user.branches_changed', details: { from: before.branchIds, to: branchIds } });
    }
    if (input.name !== undefined && input.name !== before.name) {
      await recordAudit(trx, { ...audit, action: 'user.updated', details: { changed: ['name'] } });
    }
    return requireUser(trx, id);
  });
}

export async function setUserActive(db: Database, context: RequestContext, id: string, active: boolean): Promise<User> {
  assertCan(context.actor, 'user:manage');
  if (!active && id === context.actor.id) throw new AppError('cannot_deactivate_self', 400);
  return db.transaction().execute(async (trx) => {
    const before = await requireUser(trx, id);
    if (before.active === active) return before;
    await updateUserRow(trx, id, { active: active ? 1 : 0, updated_at: nowIso() });
    if (!active) await revokeAllSessionsOf(trx, id);
    await recordAudit(trx, {
      actor: context.actor,
      action: active ? 'user.reactivated' : 'user.deactivated',
      target: { type: 'user', id },
      ip: context.ip,
      details: { email: before.email },
    });
    return requireUser(trx, id);
  });
}

export async function resetCredential(db: Database, context: RequestContext, id: string, credential: Credential): Promise<UserCredential> {
  assertCan(context.actor, 'user:manage');
  return db.transaction().execute(async (trx) => {
    await requireUser(trx, id);
    const secret = await issueCredential(trx, id, credential);
    await recordAudit(trx, {
      actor: context.actor,
      action: 'user.credential_reset',
      target: { type: 'user', id },
      ip: context.ip,
      details: { credential },
    });
    return { user: await requireUser(trx, id), ...secret };
  });
}

/** For operators at the command line: a fresh one-time password for the account with this e-mail. */
export async function resetPasswordByEmail(db: Database, email: string): Promise<UserCredential> {
  return db.transaction().execute(async (trx) => {
    const row = await findUserRowByEmail(trx, email);
    if (!row) throw notFound();
    const secret = await issueCredential(trx, row.id, 'one_time_password');
    await recordAudit(trx, {
      actor: null,
      actorLabel: 'cli',
      action: 'user.credential_reset',
      target: { type: 'user', id: row.id },
      ip: '',
      details: { credential: 'one_time_password' },
    });
    return { user: await requireUser(trx, row.id), ...secret };
  });
}

/** On the first start: an administrator when there is no user at all, with a one-time password printed once. */
export async function ensureFirstAdmin(db: Database): Promise<UserCredential | undefined> {
  return db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) return undefined;
    return insertUser(trx, {
      email: 'admin@relacja.local',
      name: 'Administrator',
      role: 'admin',
      branchIds: [],
      credential: 'one_time_password',
    });
  });
}
