import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CreateGapDismissalSchema, GapDismissalSchema, GapListQuerySchema, GapListSchema } from '../../shared/gaps.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { dismissGap, listGaps } from './gaps.service.ts';

const tags = ['gaps'];

export function registerGapRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/gaps',
    {
      schema: {
        tags,
        summary:
          'Knowledge gaps: searches with no result or none opened, "Nie pomogło" answers and contacts with no practice, grouped by similar wording (managers: their branches)',
        querystring: GapListQuerySchema,
        response: { 200: GapListSchema },
      },
    },
    async (request) => listGaps(db, requireContext(request), request.query),
  );

  api.post(
    '/api/gaps/dismissals',
    {
      schema: {
        tags,
        summary: 'Mark a gap as handled: its occurrences up to lastSeenAt are hidden, newer ones bring it back',
        body: CreateGapDismissalSchema,
        response: { 201: GapDismissalSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await dismissGap(db, requireContext(request), request.body)),
  );
}
