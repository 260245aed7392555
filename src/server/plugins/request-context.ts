import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../auth/actor.ts';
import type { ResolvedSession } from '../auth/auth.service.ts';
import { AppError } from '../errors.ts';
import type { Locale } from '../i18n/translate.ts';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    session: (ResolvedSession & { token: string }) | null;
  }
}

/** The signed-in actor and where the request came from; 401 when nobody is signed in. */
export function requireContext(request: FastifyRequest): RequestContext {
  if (!request.session) throw new AppError('unauthenticated', 401);
  return { actor: request.session.actor, ip: request.ip };
}
