import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AcceptInvitationSchema, ChangePasswordSchema, LoginSchema, PreferencesSchema, SessionSchema } from '../../shared/auth.schema.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { clearSessionCookie, setSessionCookie } from '../plugins/sessions.ts';
import { acceptInvitation, changePassword, currentSession, setLocale, signIn, signOut } from './auth.service.ts';

const tags = ['auth'];

export function registerAuthRoutes(app: FastifyInstance, { db, config }: { db: Database; config: Config }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const client = (request: { ip: string; headers: { 'user-agent'?: string } }) => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? '',
  });

  api.post(
    '/api/auth/login',
    { schema: { tags, summary: 'Sign in', body: LoginSchema, response: { 200: SessionSchema } } },
    async (request, reply) => {
      const signedIn = await signIn(db, config, request.body.email, request.body.password, client(request), request.session?.token);
      setSessionCookie(reply, config, signedIn.sessionToken);
      return signedIn.session;
    },
  );

  api.post('/api/auth/logout', { schema: { tags, summary: 'Sign out' } }, async (request, reply) => {
    const context = requireContext(request);
    if (request.session) await signOut(db, request.session.token, context.actor, context.ip);
    clearSessionCookie(reply, config);
    return reply.status(204).send();
  });

  api.get(
    '/api/auth/session',
    { schema: { tags, summary: 'The signed-in user and the CSRF token', response: { 200: SessionSchema } } },
    async (request) => {
      const context = requireContext(request);
      return currentSession(db, context.actor, request.session?.csrfToken ?? '');
    },
  );

  api.post(
    '/api/auth/password',
    { schema: { tags, summary: 'Change own password', body: ChangePasswordSchema, response: { 200: SessionSchema } } },
    async (request, reply) => {
      const context = requireContext(request);
      const signedIn = await changePassword(db, context.actor, request.body.currentPassword, request.body.newPassword, client(request));
      setSessionCookie(reply, config, signedIn.sessionToken);
      return signedIn.session;
    },
  );

  api.post(
    '/api/auth/invitation',
    {
      schema: { tags, summary: 'Accept an invitation and set a password', body: AcceptInvitationSchema, response: { 200: SessionSchema } },
    },
    async (request, reply) => {
      const signedIn = await acceptInvitation(db, request.body.token, request.body.newPassword, client(request));
      setSessionCookie(reply, config, signedIn.sessionToken);
      return signedIn.session;
    },
  );

  api.patch(
    '/api/auth/preferences',
    { schema: { tags, summary: 'Set own language', body: PreferencesSchema, response: { 200: SessionSchema } } },
    async (request) => {
      const context = requireContext(request);
      await setLocale(db, context.actor, request.body.locale);
      return currentSession(db, context.actor, request.session?.csrfToken ?? '');
    },
  );
}
