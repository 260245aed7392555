import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { v7 as uuidv7 } from 'uuid';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { registerBranchRoutes } from './branches/branches.routes.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { registerErrorHandling } from './errors.ts';
import { registerEventRoutes } from './events/events.routes.ts';
import { registerGapRoutes } from './gaps/gaps.routes.ts';
import { registerHealthRoutes } from './health/health.routes.ts';
import { registerInteractionRoutes } from './interactions/interactions.routes.ts';
import { registerIncidentRoutes } from './incidents/incidents.routes.ts';
import { registerApiDocs } from './plugins/api-docs.ts';
import { registerRequestLog } from './plugins/request-log.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerSessions } from './plugins/sessions.ts';
import { registerPracticeIoRoutes } from './practices/practice-io.routes.ts';
import { registerPracticeReviewRoutes } from './practices/practice-review.routes.ts';
import { registerPracticeRoutes } from './practices/practices.routes.ts';
import { registerReferralRoutes } from './referrals/referrals.routes.ts';
import { registerSafetyContactRoutes } from './safety-contacts/safety-contacts.routes.ts';
import { registerRetentionRoutes } from './retention/retention.routes.ts';
import { registerSearchRoutes } from './search/search.routes.ts';
import { registerWeb } from './plugins/web.ts';
import { registerUserRoutes } from './users/users.routes.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppDependencies {
  config: Config;
  db: Database;
  logger?: FastifyServerOptions['logger'];
}

function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  const base = { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'] };
  if (!config.logPretty) return base;
  return { ...base, transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } };
}

export async function buildApp({ config, db, logger }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? loggerOptions(config),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    genReqId: () => uuidv7(),
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerRequestLog(app);

  await app.register(fastifyCookie);
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  registerErrorHandling(app);
  registerSessions(app, { db, config });
  await registerApiDocs(app);

  registerHealthRoutes(app, { db });
  registerAuthRoutes(app, { db, config });
  registerUserRoutes(app, { db });
  registerBranchRoutes(app, { db });
  registerAuditRoutes(app, { db });
  registerPracticeRoutes(app, { db });
  registerPracticeReviewRoutes(app, { db });
  registerPracticeIoRoutes(app, { db });
  registerSearchRoutes(app, { db });
  registerInteractionRoutes(app, { db });
  registerRetentionRoutes(app, { db });
  registerReferralRoutes(app, { db });
  registerSafetyContactRoutes(app, { db });
  const events = registerEventRoutes(app, { db, config });
  registerIncidentRoutes(app, { db, events });
  registerGapRoutes(app, { db });
  await registerWeb(app);
  return app;
}
