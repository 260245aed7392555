import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { BranchSafetyContactsSchema, SaveSafetyContactsSchema } from '../../shared/safety-contacts.schema.ts';
import { IdParamsSchema } from '../../shared/users.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { getSafetyContacts, saveSafetyContacts } from './safety-contacts.service.ts';

const tags = ['safety contacts'];

export function registerSafetyContactRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/branches/:id/safety-contacts',
    {
      schema: {
        tags,
        summary: "A branch's safety contacts (security, police, the manager on duty); 112 until the branch sets its own",
        params: IdParamsSchema,
        response: { 200: BranchSafetyContactsSchema },
      },
    },
    async (request) => getSafetyContacts(db, requireContext(request), request.params.id),
  );

  api.put(
    '/api/branches/:id/safety-contacts',
    {
      schema: {
        tags,
        summary: "Replace a branch's safety contacts (its managers and administrators)",
        params: IdParamsSchema,
        body: SaveSafetyContactsSchema,
        response: { 200: BranchSafetyContactsSchema },
      },
    },
    async (request) => saveSafetyContacts(db, requireContext(request), request.params.id, request.body),
  );
}
