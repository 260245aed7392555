import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditPageSchema, AuditQuerySchema } from '../../shared/audit.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { listAudit } from './audit.service.ts';

export function registerAuditRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/audit',
      { schema: { tags: ['audit'], summary: 'Read the audit log', querystring: AuditQuerySchema, response: { 200: AuditPageSchema } } },
      async (request) => listAudit(db, requireContext(request).actor, request.query),
    );
}
