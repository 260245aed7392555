import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { requireContext } from '../plugins/request-context.ts';
import { busFor, createEventStreams, HEARTBEAT_MS, type StaffEvents } from './events.service.ts';
import { openSink } from './sse.ts';

function acceptsEventStream(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((type) => type.trim().split(';')[0] === 'text/event-stream');
}

/** Registers GET /api/events and returns what other features use to notify staff. */
export function registerEventRoutes(app: FastifyInstance, { db, config }: { db: Database; config: Config }): StaffEvents {
  const streams = createEventStreams({ db, bus: busFor(db, config, app.log), log: app.log, maxLifetimeMs: config.sessionIdleMs });
  app.addHook('onReady', streams.start);
  app.addHook('preClose', streams.stop);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/events',
    {
      schema: {
        tags: ['events'],
        summary: `Server-sent events for the signed-in user (Accept: text/event-stream): "ready", then "staff" events; a heartbeat comment every ${HEARTBEAT_MS / 1000} s`,
      },
    },
    async (request, reply) => {
      const { actor } = requireContext(request);
      if (!acceptsEventStream(request.headers.accept)) throw new AppError('not_acceptable', 406);
      reply.hijack();
      await streams.attach(actor, openSink(reply.raw, { ...reply.getHeaders(), 'x-request-id': request.id }));
    },
  );
  return streams;
}
