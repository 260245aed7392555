import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '../../shared/users.schema.ts';
import { hashPassword } from '../auth/passwords.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { createTestBranch, TEST_PASSWORD } from './test-app.ts';

export type Caller = Role | 'signed-out';
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const CALLERS: readonly Caller[] = ['admin', 'manager', 'librarian', 'signed-out'];

export interface MatrixUser {
  id: string;
  email: string;
  role: Role;
  /** Every matrix account signs in with TEST_PASSWORD. */
  password: string;
}

/** What a row of the matrix may use to build its request; every call makes fresh rows, so rows never share state. */
export interface MatrixContext {
  db: Database;
  /** The account sending the request; undefined when signed out. */
  caller: MatrixUser | undefined;
  /** The branch every manager and librarian of the matrix belongs to. */
  branchId: string;
  user(options?: { role?: Role; active?: boolean }): Promise<MatrixUser>;
  branch(): Promise<string>;
  /** A pending invitation of a new librarian; returns the token from the link. */
  invitation(): Promise<string>;
}

export interface Fixtures {
  db: Database;
  branchId: string;
  passwordHash: string;
}

export async function createFixtures(db: Database): Promise<Fixtures> {
  const branch = await createTestBranch(db, `Filia macierzy ${uuidv7()}`);
  return { db, branchId: branch.id, passwordHash: await hashPassword(TEST_PASSWORD) };
}

async function insertMatrixUser(
  fixtures: Fixtures,
  options: { role?: Role; active?: boolean; invitationHash?: string } = {},
): Promise<MatrixUser> {
  const id = uuidv7();
  const now = nowIso();
  const role = options.role ?? 'librarian';
  const email = `macierz-${id}@biblioteka.test`;
  await fixtures.db
    .insertInto('users')
    .values({
      id,
      email,
      name: `Macierz ${role}`,
      role,
      password_hash: options.invitationHash ? null : fixtures.passwordHash,
      must_change_password: options.invitationHash ? 1 : 0,
      active: options.active === false ? 0 : 1,
      locale: 'pl',
      invitation_hash: options.invitationHash ?? null,
      invitation_expires_at: options.invitationHash ? new Date(Date.now() + 86_400_000).toISOString() : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  if (role !== 'admin') await fixtures.db.insertInto('user_branches').values({ user_id: id, branch_id: fixtures.branchId }).execute();
  return { id, email, role, password: TEST_PASSWORD };
}

export function matrixContext(fixtures: Fixtures, caller: MatrixUser | undefined): MatrixContext {
  return {
    db: fixtures.db,
    caller,
    branchId: fixtures.branchId,
    user: (options) => insertMatrixUser(fixtures, options),
    branch: async () => (await createTestBranch(fixtures.db, `Filia ${uuidv7()}`)).id,
    invitation: async () => {
      const token = randomToken();
      await insertMatrixUser(fixtures, { invitationHash: hashToken(token) });
      return token;
    },
  };
}

type Send = (method: Method, url: string, body: unknown) => Promise<LightMyRequestResponse>;

/** Signs the caller in by writing a session straight to the database: the matrix tests authorization, not sign-in. */
export async function sessionFor(app: FastifyInstance, fixtures: Fixtures, caller: Caller): Promise<{ user?: MatrixUser; send: Send }> {
  const inject = (method: Method, url: string, body: unknown, headers: Record<string, string>) =>
    app.inject({ method, url, payload: body as object | undefined, headers });
  if (caller === 'signed-out') return { send: (method, url, body) => inject(method, url, body, {}) };
  const user = await insertMatrixUser(fixtures, { role: caller });
  const token = randomToken();
  const csrfToken = randomToken();
  const now = nowIso();
  await fixtures.db
    .insertInto('sessions')
    .values({
      id_hash: hashToken(token),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      ip: '',
      user_agent: 'matrix',
    })
    .execute();
  const headers = { cookie: `relacja_session=${token}`, 'x-csrf-token': csrfToken };
  return { user, send: (method, url, body) => inject(method, url, body, headers) };
}
