import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateReferralSchema,
  ReferralListQuerySchema,
  ReferralListSchema,
  ReferralSchema,
  UpdateReferralSchema,
} from '../../shared/referrals.schema.ts';
import { IdParamsSchema } from '../../shared/users.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { createReferral, deleteReferral, getReferral, listReferrals, updateReferral } from './referrals.service.ts';

const tags = ['referrals'];

export function registerReferralRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'Search the referral directory (where to send a reader)',
        querystring: ReferralListQuerySchema,
        response: { 200: ReferralListSchema },
      },
    },
    async (request) => listReferrals(db, requireContext(request).actor, request.query),
  );

  api.post(
    '/api/referrals',
    { schema: { tags, summary: 'Add a referral entry', body: CreateReferralSchema, response: { 201: ReferralSchema } } },
    async (request, reply) => reply.status(201).send(await createReferral(db, requireContext(request), request.body)),
  );

  api.get(
    '/api/referrals/:id',
    { schema: { tags, summary: 'One referral entry', params: IdParamsSchema, response: { 200: ReferralSchema } } },
    async (request) => getReferral(db, requireContext(request).actor, request.params.id),
  );

  api.patch(
    '/api/referrals/:id',
    {
      schema: {
        tags,
        summary: 'Edit a referral entry',
        params: IdParamsSchema,
        body: UpdateReferralSchema,
        response: { 200: ReferralSchema },
      },
    },
    async (request) => updateReferral(db, requireContext(request), request.params.id, request.body),
  );

  api.delete(
    '/api/referrals/:id',
    { schema: { tags, summary: 'Remove a referral entry', params: IdParamsSchema } },
    async (request, reply) => {
      await deleteReferral(db, requireContext(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
