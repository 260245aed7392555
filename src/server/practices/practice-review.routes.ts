import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../shared/errors.ts';
import {
  EditConflictProblemSchema,
  FeedbackInputSchema,
  FeedbackReceiptSchema,
  FlagListQuerySchema,
  FlagPageSchema,
  FlagParamsSchema,
  FlagSchema,
  MyWorkSchema,
  NeedsReviewQuerySchema,
  PracticePageSchema,
  PracticeParamsSchema,
  PracticeSchema,
  PracticeSettingsSchema,
  ResolveFlagSchema,
  RestoreRevisionSchema,
  ReviewQueueSchema,
  RevisionParamsSchema,
  RevisionSchema,
  RevisionSummarySchema,
} from '../../shared/practices.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { giveFeedback, listFlags, resolveFlag } from './practice-feedback.service.ts';
import { listRevisions, myWork, needsReview, readRevision, reviewQueue } from './practice-review.service.ts';
import { readPracticeSettings, updatePracticeSettings } from './practice-settings.service.ts';
import { restoreRevision } from './practice-workflow.service.ts';

const tags = ['practices'];

export function registerPracticeReviewRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/practices/review-queue',
    { schema: { tags, summary: 'What awaits review, oldest first', response: { 200: ReviewQueueSchema } } },
    async (request) => reviewQueue(db, requireContext(request).actor),
  );

  api.get(
    '/api/practices/mine',
    { schema: { tags, summary: 'My drafts, proposals and practices to re-check', response: { 200: MyWorkSchema } } },
    async (request) => myWork(db, requireContext(request).actor),
  );

  api.get(
    '/api/practices/needs-review',
    {
      schema: {
        tags,
        summary: 'Published practices past their review-by date',
        querystring: NeedsReviewQuerySchema,
        response: { 200: PracticePageSchema },
      },
    },
    async (request) => needsReview(db, requireContext(request).actor, request.query),
  );

  api.get(
    '/api/practices/:id/revisions',
    { schema: { tags, summary: 'History, newest first', params: PracticeParamsSchema, response: { 200: z.array(RevisionSummarySchema) } } },
    async (request) => listRevisions(db, requireContext(request).actor, request.params.id),
  );

  api.get(
    '/api/practices/:id/revisions/:revisionId',
    { schema: { tags, summary: 'One revision with its full text', params: RevisionParamsSchema, response: { 200: RevisionSchema } } },
    async (request) => readRevision(db, requireContext(request).actor, request.params.id, request.params.revisionId),
  );

  api.post(
    '/api/practices/:id/revisions/:revisionId/restore',
    {
      schema: {
        tags,
        summary: 'Make an older text current again (a new revision)',
        params: RevisionParamsSchema,
        body: RestoreRevisionSchema,
        response: { 200: PracticeSchema, 409: z.union([EditConflictProblemSchema, ProblemSchema]) },
      },
    },
    async (request) => restoreRevision(db, requireContext(request), request.params.id, request.params.revisionId, request.body),
  );

  api.post(
    '/api/practices/:id/feedback',
    {
      schema: {
        tags,
        summary: 'Helpful or not, with an optional comment that flags the practice',
        params: PracticeParamsSchema,
        body: FeedbackInputSchema,
        response: { 201: FeedbackReceiptSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await giveFeedback(db, requireContext(request), request.params.id, request.body)),
  );

  api.get(
    '/api/practices/flags',
    { schema: { tags, summary: 'Feedback comments to act on', querystring: FlagListQuerySchema, response: { 200: FlagPageSchema } } },
    async (request) => listFlags(db, requireContext(request).actor, request.query),
  );

  api.post(
    '/api/practices/flags/:flagId/resolve',
    {
      schema: {
        tags,
        summary: 'Mark a flag as dealt with',
        params: FlagParamsSchema,
        body: ResolveFlagSchema,
        response: { 200: FlagSchema },
      },
    },
    async (request) => resolveFlag(db, requireContext(request), request.params.flagId, request.body),
  );

  api.get(
    '/api/practices/settings',
    { schema: { tags, summary: 'Practice settings (administrators)', response: { 200: PracticeSettingsSchema } } },
    async (request) => readPracticeSettings(db, requireContext(request)),
  );

  api.put(
    '/api/practices/settings',
    {
      schema: {
        tags,
        summary: 'Change practice settings (administrators)',
        body: PracticeSettingsSchema,
        response: { 200: PracticeSettingsSchema },
      },
    },
    async (request) => updatePracticeSettings(db, requireContext(request), request.body),
  );
}
