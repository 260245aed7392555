import type { Config } from '../config.ts';
import type { Session } from '../../shared/auth.schema.ts';
import type { Locale } from '../../shared/users.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { AppError } from '../errors.ts';
import { getUser } from '../users/users.service.ts';
import {
  findUserRowByEmail,
  findUserRowById,
  findUserRowByInvitation,
  insertPasswordHistory,
  updateUserRow,
} from '../users/users.repository.ts';
import type { Actor } from './actor.ts';
import {
  clearRateLimit,
  deleteSession,
  findSessionWithUser,
  hitRateLimit,
  insertSession,
  revokeAllSessionsOf,
  touchSession,
} from './auth.repository.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords.ts';
import { hashToken, randomToken } from './tokens.ts';

const TOUCH_INTERVAL_MS = 60_000;
/** Verifying against a fixed hash when the e-mail is unknown keeps the response time the same. */
const UNKNOWN_USER_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface Client {
  ip: string;
  userAgent: string;
}

export interface SignedIn {
  sessionToken: string;
  session: Session;
}

async function throttle(db: Database, config: Config, key: string, max: number): Promise<void> {
  const now = Date.now();
  const { hits, windowStart } = await hitRateLimit(
    db,
    key,
    new Date(now).toISOString(),
    new Date(now - config.login.windowMs).toISOString(),
  );
  if (hits <= max) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(windowStart) + config.login.windowMs - now) / 1000));
  throw new AppError(
    'rate_limited',
    429,
    { minutes: Math.ceil(retryAfterSeconds / 60) },
    { headers: { 'retry-after': String(retryAfterSeconds) } },
  );
}

async function startSession(db: Database, userId: string, client: Client): Promise<SignedIn> {
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const now = nowIso();
  await insertSession(db, {
    id_hash: hashToken(sessionToken),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    ip: client.ip,
    user_agent: client.userAgent.slice(0, 300),
  });
  const user = await getUser(db, userId);
  if (!user) throw new AppError('invalid_credentials', 401);
  return { sessionToken, session: { user, csrfToken } };
}

export async function signIn(
  db: Database,
  config: Config,
  email: string,
  password: string,
  client: Client,
  previousToken?: string,
): Promise<SignedIn> {
  await throttle(db, config, `login:ip:${client.ip}`, config.login.maxPerIp);
  await throttle(db, config, `login:account:${email}`, config.login.maxPerAccount);
  const row = await findUserRowByEmail(db, email);
  const valid = await verifyPassword(password, row?.password_hash ?? UNKNOWN_USER_HASH);
  if (!row || !valid) {
    await recordAudit(db, {
      actor: row ? { id: row.id, email: row.email } : null,
      actorLabel: email,
      action: 'auth.sign_in_failed',
      ip: client.ip,
      details: { reason: row ? 'wrong_password' : 'unknown_email' },
    });
    throw new AppError('invalid_credentials', 401);
  }
  if (!row.active) {
    await recordAudit(db, {
      actor: { id: row.id, email: row.email },
      action: 'auth.sign_in_failed',
      ip: client.ip,
      details: { reason: 'inactive' },
    });
    throw new AppError('account_inactive', 403);
  }
  await clearRateLimit(db, `login:account:${email}`);
  if (previousToken) await deleteSession(db, hashToken(previousToken));
  const signedIn = await startSession(db, row.id, client);
  await recordAudit(db, {
    actor: { id: row.id, email: row.email },
    action: 'auth.sign_in',
    target: { type: 'user', id: row.id },
    ip: client.ip,
  });
  return signedIn;
}

export async function signOut(db: Database, sessionToken: string, actor: Actor, ip: string): Promise<void> {
  await deleteSession(db, hashToken(sessionToken));
  await recordAudit(db, { actor, action: 'auth.sign_out', ip });
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
}

export async function resolveSession(db: Database, config: Config, sessionToken: string): Promise<ResolvedSession | undefined> {
  const idHash = hashToken(sessionToken);
  const session = await findSessionWithUser(db, idHash);
  if (!session) return undefined;
  const idleMs = Date.now() - Date.parse(session.lastSeenAt);
  if (idleMs > config.sessionIdleMs) {
    await deleteSession(db, idHash);
    return undefined;
  }
  if (!session.active) return undefined;
  // last_seen_at moves at most once a minute: a write on every request would cost more than the request
  if (idleMs > TOUCH_INTERVAL_MS) await touchSession(db, idHash, nowIso());
  return {
    actor: {
      id: session.userId,
      email: session.email,
      name: session.name,
      role: session.role,
      branchIds: [...session.branchIds],
      locale: session.locale === 'en' ? 'en' : 'pl',
    },
    csrfToken: session.csrfToken,
    mustChangePassword: session.mustChangePassword,
  };
}

export async function currentSession(db: Database, actor: Actor, csrfToken: string): Promise<Session> {
  const user = await getUser(db, actor.id);
  if (!user) throw new AppError('unauthenticated', 401);
  return { user, csrfToken };
}

async function setPassword(db: Database, userId: string, newPassword: string): Promise<void> {
  assertStrongPassword(newPassword);
  const hash = await hashPassword(newPassword);
  const now = nowIso();
  await updateUserRow(db, userId, {
    password_hash: hash,
    must_change_password: 0,
    invitation_hash: null,
    invitation_expires_at: null,
    updated_at: now,
  });
  await insertPasswordHistory(db, userId, hash, now);
}

/** Changing the password ends every session of the user and starts one fresh session here. */
export async function changePassword(
  db: Database,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
  client: Client,
): Promise<SignedIn> {
  const row = await findUserRowById(db, actor.id);
  if (!row?.password_hash || !(await verifyPassword(currentPassword, row.password_hash))) {
    throw new AppError('wrong_current_password', 400, {}, { field: 'currentPassword' });
  }
  if (currentPassword === newPassword) throw new AppError('password_reused', 400, {}, { field: 'newPassword' });
  return db.transaction().execute(async (trx) => {
    await setPassword(trx, actor.id, newPassword);
    await revokeAllSessionsOf(trx, actor.id);
    await recordAudit(trx, { actor, action: 'auth.password_changed', target: { type: 'user', id: actor.id }, ip: client.ip });
    return startSession(trx, actor.id, client);
  });
}

export async function acceptInvitation(db: Database, token: string, newPassword: string, client: Client): Promise<SignedIn> {
  const row = await findUserRowByInvitation(db, hashToken(token));
  const expired = !row?.invitation_expires_at || Date.parse(String(row.invitation_expires_at)) < Date.now();
  if (!row || expired || !row.active) throw new AppError('invitation_invalid', 400);
  return db.transaction().execute(async (trx) => {
    await setPassword(trx, row.id, newPassword);
    await revokeAllSessionsOf(trx, row.id);
    await recordAudit(trx, {
      actor: { id: row.id, email: row.email },
      action: 'auth.invitation_accepted',
      target: { type: 'user', id: row.id },
      ip: client.ip,
    });
    return startSession(trx, row.id, client);
  });
}

export async function setLocale(db: Database, actor: Actor, locale: Locale): Promise<void> {
  await updateUserRow(db, actor.id, { locale, updated_at: nowIso() });
}
