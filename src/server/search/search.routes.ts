import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  SearchOpenedSchema,
  SearchQueryParamsSchema,
  SearchQuerySchema,
  SearchResponseSchema,
  SearchVocabularySchema,
  UpdateSearchVocabularySchema,
} from '../../shared/search.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { readSearchVocabulary, updateSearchVocabulary } from './search-vocabulary.service.ts';
import { recordSearchOpened, searchPracticesJson } from './search.service.ts';

const tags = ['search'];

export function registerSearchRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/search',
    {
      schema: {
        tags,
        summary: 'Search practices (Polish-aware): results with highlights, facet counts, did-you-mean',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema },
      },
    },
    async (request, reply) => {
      const json = await searchPracticesJson(db, requireContext(request).actor, request.query, { record: request.query.record === 'true' });
      // Already the response's JSON (see searchPracticesJson): sent as it is, not serialised again.
      const raw: FastifyReply = reply;
      return raw.type('application/json; charset=utf-8').send(json);
    },
  );

  api.post(
    '/api/search/queries/:id/opened',
    {
      schema: {
        tags,
        summary: 'Report that a result of a stored query was opened',
        params: SearchQueryParamsSchema,
        body: SearchOpenedSchema,
      },
    },
    async (request, reply) => {
      await recordSearchOpened(db, requireContext(request).actor, request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/search/vocabulary',
    { schema: { tags, summary: 'Synonym groups and domain words (managers)', response: { 200: SearchVocabularySchema } } },
    async (request) => readSearchVocabulary(db, requireContext(request)),
  );

  api.put(
    '/api/search/vocabulary',
    {
      schema: {
        tags,
        summary: 'Replace the synonym groups and domain words; bad lines are reported by number',
        body: UpdateSearchVocabularySchema,
        response: { 200: SearchVocabularySchema },
      },
    },
    async (request) => updateSearchVocabulary(db, requireContext(request), request.body),
  );
}
