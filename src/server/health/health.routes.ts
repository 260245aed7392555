import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { pingDatabase } from '../db/health.ts';
import { pendingMigrations } from '../db/migrate.ts';

export function registerHealthRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await pingDatabase(db);
      const pending = await pendingMigrations(db);
      if (pending.length > 0) return reply.status(503).send({ status: 'migrations_pending', pending });
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return reply.status(503).send({ status: 'database_unreachable' });
    }
  });
}
