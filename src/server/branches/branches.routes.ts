import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BranchSchema, CreateBranchSchema, UpdateBranchSchema } from '../../shared/branches.schema.ts';
import { IdParamsSchema } from '../../shared/users.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { createBranch, getBranch, listBranches, updateBranch } from './branches.service.ts';

const tags = ['branches'];

export function registerBranchRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/branches', { schema: { tags, summary: 'List branches', response: { 200: z.array(BranchSchema) } } }, async (request) => {
    return listBranches(db, requireContext(request));
  });

  api.post(
    '/api/branches',
    { schema: { tags, summary: 'Create a branch', body: CreateBranchSchema, response: { 201: BranchSchema } } },
    async (request, reply) => {
      return reply.status(201).send(await createBranch(db, requireContext(request), request.body));
    },
  );

  api.get(
    '/api/branches/:id',
    { schema: { tags, summary: 'One branch', params: IdParamsSchema, response: { 200: BranchSchema } } },
    async (request) => {
      return getBranch(db, requireContext(request), request.params.id);
    },
  );

  api.patch(
    '/api/branches/:id',
    { schema: { tags, summary: 'Edit a branch', params: IdParamsSchema, body: UpdateBranchSchema, response: { 200: BranchSchema } } },
    async (request) => {
      return updateBranch(db, requireContext(request), request.params.id, request.body);
    },
  );
}
