import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { hashPassword } from '../auth/passwords.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Dialect } from '../db/dialect.ts';
import { nowIso } from '../db/dialect.ts';
import type { Role } from '../../shared/users.schema.ts';
import { createTestDatabase } from './test-db.ts';
import { v7 as uuidv7 } from 'uuid';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  config: Config;
  dialect: Dialect;
  close(): Promise<void>;
}

export async function buildTestApp(dialect: Dialect, environment: Record<string, string> = {}): Promise<TestApp> {
  const test = await createTestDatabase(dialect);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: '/tmp/relacja-test-unused',
    SEED_STARTER_CONTENT: 'false',
    LOGIN_MAX_PER_IP: '10000',
    LOGIN_MAX_PER_ACCOUNT: '1000',
    ...environment,
  });
  const app = await buildApp({ config, db: test.db, logger: false });
  await app.ready();
  return {
    app,
    db: test.db,
    config,
    dialect,
    close: async () => {
      await app.close();
      await test.drop();
    },
  };
}

export const TEST_PASSWORD = 'Zielona-Lampa-2026';

let counter = 0;

export async function createTestUser(
  db: Database,
  options: { role?: Role; branchIds?: string[]; email?: string; name?: string; password?: string; active?: boolean } = {},
) {
  counter += 1;
  const id = uuidv7();
  const now = nowIso();
  const email = options.email ?? `user${counter}-${id.slice(-6)}@biblioteka.test`;
  await db
    .insertInto('users')
    .values({
      id,
      email,
      name: options.name ?? `Osoba ${counter}`,
      role: options.role ?? 'librarian',
      password_hash: await hashPassword(options.password ?? TEST_PASSWORD),
      must_change_password: 0,
      active: options.active === false ? 0 : 1,
      locale: 'pl',
      invitation_hash: null,
      invitation_expires_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const branchId of options.branchIds ?? []) {
    await db.insertInto('user_branches').values({ user_id: id, branch_id: branchId }).execute();
  }
  return { id, email, password: options.password ?? TEST_PASSWORD };
}

export async function createTestBranch(db: Database, name = `Filia ${++counter}`) {
  const id = uuidv7();
  const now = nowIso();
  await db
    .insertInto('branches')
    .values({ id, name, address: 'ul. Testowa 1', phone: '22 123 45 67', created_at: now, updated_at: now })
    .execute();
  return { id, name };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TestClient {
  cookie: string;
  csrfToken: string;
  request(method: Method, url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export function anonymousClient(app: FastifyInstance): TestClient {
  return {
    cookie: '',
    csrfToken: '',
    request: (method, url, payload, headers = {}) => app.inject({ method, url, payload: payload as object | undefined, headers }),
  };
}

export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<TestClient> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'relacja_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `relacja_session=${setCookie.value}`;
  const csrfToken = String(response.json().csrfToken);
  return {
    cookie,
    csrfToken,
    request: (method, url, payload, headers = {}) =>
      app.inject({ method, url, payload: payload as object | undefined, headers: { cookie, 'x-csrf-token': csrfToken, ...headers } }),
  };
}

export async function signInAs(app: FastifyInstance, db: Database, role: Role, branchIds: string[] = []) {
  const user = await createTestUser(db, { role, branchIds });
  const client = await signIn(app, user.email, user.password);
  return { user, client };
}
