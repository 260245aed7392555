import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ExportQuerySchema,
  ImportFailedProblemSchema,
  ImportReportSchema,
  ImportRequestSchema,
  PracticeParamsSchema,
} from '../../shared/practices.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { exportJsonl, exportMarkdown } from './practice-export.service.ts';
import { importForApi } from './practice-import.service.ts';

const tags = ['practices'];
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

function attachment(name: string, extension: string): string {
  return `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.${extension}"`;
}

export function registerPracticeIoRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/practices/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Import practice/v1 (JSON Lines or Markdown); dryRun previews, 422 import_failed carries the report',
        body: ImportRequestSchema,
        response: { 200: ImportReportSchema, 422: ImportFailedProblemSchema },
      },
    },
    async (request) => importForApi(db, requireContext(request).actor, { ...request.body, locale: request.locale }),
  );

  api.get(
    '/api/practices/export',
    { schema: { tags, summary: 'Export as practice/v1 JSON Lines (application/x-ndjson)', querystring: ExportQuerySchema } },
    async (request, reply) => {
      const text = await exportJsonl(db, requireContext(request).actor, request.query);
      return reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', attachment('praktyki', 'jsonl')).send(text);
    },
  );

  api.get(
    '/api/practices/export/markdown',
    { schema: { tags, summary: 'Export a selection as Markdown with YAML front matter', querystring: ExportQuerySchema } },
    async (request, reply) => {
      const text = await exportMarkdown(db, requireContext(request).actor, request.query);
      return reply.type('text/markdown; charset=utf-8').header('content-disposition', attachment('praktyki', 'md')).send(text);
    },
  );

  api.get(
    '/api/practices/:id/markdown',
    { schema: { tags, summary: 'One practice as Markdown with YAML front matter', params: PracticeParamsSchema } },
    async (request, reply) => {
      const text = await exportMarkdown(db, requireContext(request).actor, { ids: [request.params.id] });
      return reply.type('text/markdown; charset=utf-8').send(text);
    },
  );
}
