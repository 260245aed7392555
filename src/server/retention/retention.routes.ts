import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { RetentionSettingsSchema, UpdateRetentionSettingsSchema } from '../../shared/retention.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { readRetentionSettings, updateRetentionSettings } from './retention.service.ts';

const tags = ['settings'];

export function registerRetentionRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/settings/retention',
    {
      schema: {
        tags,
        summary: 'How long free-text notes and search queries are kept, and the last erase run',
        response: { 200: RetentionSettingsSchema },
      },
    },
    async (request) => readRetentionSettings(db, requireContext(request)),
  );

  api.put(
    '/api/settings/retention',
    {
      schema: {
        tags,
        summary: 'Set the retention period in days (admins)',
        body: UpdateRetentionSettingsSchema,
        response: { 200: RetentionSettingsSchema },
      },
    },
    async (request) => updateRetentionSettings(db, requireContext(request), request.body),
  );
}
