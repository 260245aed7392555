import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateInteractionSchema,
  InteractionDefaultsSchema,
  InteractionExportQuerySchema,
  InteractionListQuerySchema,
  InteractionPageSchema,
  InteractionSchema,
  InteractionStatsQuerySchema,
  InteractionStatsSchema,
  UpdateInteractionDefaultsSchema,
  UpdateInteractionSchema,
} from '../../shared/interactions.schema.ts';
import { IdParamsSchema } from '../../shared/users.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { readInteractionDefaults, saveInteractionDefaults } from './interaction-defaults.service.ts';
import { exportInteractions, interactionStats } from './interaction-stats.service.ts';
import { correctInteraction, deleteInteraction, listInteractions, logInteraction } from './interactions.service.ts';

const tags = ['interactions'];

export function registerInteractionRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/interactions',
    {
      schema: {
        tags,
        summary: 'Log a contact. Sending the same clientId again answers 200 with the stored entry, never a duplicate.',
        body: CreateInteractionSchema,
        response: { 200: InteractionSchema, 201: InteractionSchema },
      },
    },
    async (request, reply) => {
      const { created, interaction } = await logInteraction(db, requireContext(request), request.body);
      return reply.status(created ? 201 : 200).send(interaction);
    },
  );

  api.get(
    '/api/interactions',
    {
      schema: {
        tags,
        summary: 'Contacts the caller may see (own; a manager also their branches; an admin all), newest first',
        querystring: InteractionListQuerySchema,
        response: { 200: InteractionPageSchema },
      },
    },
    async (request) => listInteractions(db, requireContext(request), request.query),
  );

  api.get(
    '/api/interactions/stats',
    {
      schema: {
        tags,
        summary: 'Counts by channel, need, attitude, outcome, effort, hour, weekday and branch (Europe/Warsaw)',
        querystring: InteractionStatsQuerySchema,
        response: { 200: InteractionStatsSchema },
      },
    },
    async (request) => interactionStats(db, requireContext(request), request.query),
  );

  api.get(
    '/api/interactions/export.csv',
    {
      schema: {
        tags,
        summary: 'The same contacts as CSV (UTF-8 with BOM; notes only with notes=true)',
        querystring: InteractionExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await exportInteractions(db, requireContext(request), request.query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`).send(csv);
    },
  );

  api.get(
    '/api/interactions/defaults',
    { schema: { tags, summary: "The caller's usual branch and channel", response: { 200: InteractionDefaultsSchema } } },
    async (request) => readInteractionDefaults(db, requireContext(request)),
  );

  api.put(
    '/api/interactions/defaults',
    {
      schema: {
        tags,
        summary: "Remember the caller's usual branch and channel",
        body: UpdateInteractionDefaultsSchema,
        response: { 200: InteractionDefaultsSchema },
      },
    },
    async (request) => saveInteractionDefaults(db, requireContext(request), request.body),
  );

  api.patch(
    '/api/interactions/:id',
    {
      schema: {
        tags,
        summary: 'Correct an own entry within 24 hours (409 edit_window_closed afterwards)',
        params: IdParamsSchema,
        body: UpdateInteractionSchema,
        response: { 200: InteractionSchema },
      },
    },
    async (request) => correctInteraction(db, requireContext(request), request.params.id, request.body),
  );

  api.delete(
    '/api/interactions/:id',
    { schema: { tags, summary: 'Delete an own entry within 24 hours', params: IdParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteInteraction(db, requireContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
