import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession } from '../auth/auth.service.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { pickLocale } from '../i18n/translate.ts';

export const SESSION_COOKIE = 'relacja_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** What a signed-in user who must first change their one-time password may still do. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/session', '/api/auth/password', '/api/auth/logout', '/api/auth/preferences']);

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    maxAge: Math.floor(config.sessionIdleMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies });
}

function sameOrigin(request: FastifyRequest, config: Config): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (config.publicUrl && origin === new URL(config.publicUrl).origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function checkCsrf(request: FastifyRequest, config: Config): void {
  if (!UNSAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
  if (!sameOrigin(request, config)) throw new AppError('csrf_failed', 403);
  if (!request.session) return;
  if (request.headers['x-csrf-token'] !== request.session.csrfToken) throw new AppError('csrf_failed', 403);
}

export function registerSessions(app: FastifyInstance, deps: { db: Database; config: Config }): void {
  app.decorateRequest('locale', 'pl');
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request, reply) => {
    request.locale = pickLocale(request.headers['accept-language']);
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) {
      const resolved = await resolveSession(deps.db, deps.config, token);
      if (resolved) {
        request.session = { ...resolved, token };
        request.locale = resolved.actor.locale;
      } else {
        clearSessionCookie(reply, deps.config);
      }
    }
    checkCsrf(request, deps.config);
    const path = request.url.split('?')[0] ?? '';
    if (request.session?.mustChangePassword && path.startsWith('/api/') && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path)) {
      throw new AppError('password_change_required', 403);
    }
  });
}
