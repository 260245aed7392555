import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../shared/errors.ts';
import {
  CreatePracticeSchema,
  DeleteDraftQuerySchema,
  EditConflictProblemSchema,
  PracticeListQuerySchema,
  PracticeBinderSchema,
  PracticePageSchema,
  PracticeParamsSchema,
  PracticeSchema,
  ProposePracticeSchema,
  ReturnPracticeSchema,
  TransitionSchema,
  UpdatePracticeSchema,
} from '../../shared/practices.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import {
  archivePractice,
  deleteDraft,
  proposeChange,
  publishPractice,
  returnPractice,
  submitPractice,
  unarchivePractice,
  verifyPractice,
} from './practice-workflow.service.ts';
import { createPractice, editPractice, listPractices, readBinder, readPractice, recordView } from './practices.service.ts';

const tags = ['practices'];
/** 409 is either an edit conflict (with the current practice) or another conflict without it. */
const conflict = z.union([EditConflictProblemSchema, ProblemSchema]);

export function registerPracticeRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/practices',
    {
      schema: {
        tags,
        summary: 'List practices with filters, sort and pages',
        querystring: PracticeListQuerySchema,
        response: { 200: PracticePageSchema },
      },
    },
    async (request) => listPractices(db, requireContext(request).actor, request.query),
  );

  api.get(
    '/api/practices/binder',
    {
      schema: {
        tags,
        summary: 'The list’s selection as whole practices, for a printed binder (same filters, sort and pages)',
        querystring: PracticeListQuerySchema,
        response: { 200: PracticeBinderSchema },
      },
    },
    async (request) => readBinder(db, requireContext(request).actor, request.query),
  );

  api.post(
    '/api/practices',
    { schema: { tags, summary: 'Create a draft', body: CreatePracticeSchema, response: { 201: PracticeSchema, 409: conflict } } },
    async (request, reply) => reply.status(201).send(await createPractice(db, requireContext(request), request.body)),
  );

  api.get(
    '/api/practices/:id',
    { schema: { tags, summary: 'One practice (by id or slug)', params: PracticeParamsSchema, response: { 200: PracticeSchema } } },
    async (request) => readPractice(db, requireContext(request).actor, request.params.id),
  );

  api.patch(
    '/api/practices/:id',
    {
      schema: {
        tags,
        summary: 'Save an edit (drafts; published practices by a reviewer). 409 edit_conflict carries `current`.',
        params: PracticeParamsSchema,
        body: UpdatePracticeSchema,
        response: { 200: PracticeSchema, 409: conflict },
      },
    },
    async (request) => editPractice(db, requireContext(request), request.params.id, request.body),
  );

  api.delete(
    '/api/practices/:id',
    {
      schema: {
        tags,
        summary: 'Discard a draft that was never published (409 practice_in_use when logged contacts name it)',
        params: PracticeParamsSchema,
        querystring: DeleteDraftQuerySchema,
      },
    },
    async (request, reply) => {
      await deleteDraft(db, requireContext(request), request.params.id, request.query.expectedVersion);
      return reply.status(204).send();
    },
  );

  api.post(
    '/api/practices/:id/view',
    { schema: { tags, summary: 'Count one reading of the practice page', params: PracticeParamsSchema } },
    async (request, reply) => {
      await recordView(db, requireContext(request).actor, request.params.id);
      return reply.status(204).send();
    },
  );

  api.post(
    '/api/practices/:id/proposals',
    {
      schema: {
        tags,
        summary: 'Propose a change to a published practice; it waits for review',
        params: PracticeParamsSchema,
        body: ProposePracticeSchema,
        response: { 201: PracticeSchema, 409: conflict },
      },
    },
    async (request, reply) => reply.status(201).send(await proposeChange(db, requireContext(request), request.params.id, request.body)),
  );

  const transitions = [
    ['submit', 'Send a draft for review', submitPractice],
    ['publish', 'Publish, or approve the pending proposal', publishPractice],
    ['archive', 'Archive (history stays)', archivePractice],
    ['unarchive', 'Bring an archived practice back', unarchivePractice],
  ] as const;
  for (const [name, summary, run] of transitions) {
    api.post(
      `/api/practices/:id/${name}`,
      {
        schema: { tags, summary, params: PracticeParamsSchema, body: TransitionSchema, response: { 200: PracticeSchema, 409: conflict } },
      },
      async (request) => run(db, requireContext(request), request.params.id, request.body),
    );
  }

  api.post(
    '/api/practices/:id/return',
    {
      schema: {
        tags,
        summary: 'Return a practice in review, or a proposal, with a comment',
        params: PracticeParamsSchema,
        body: ReturnPracticeSchema,
        response: { 200: PracticeSchema, 409: conflict },
      },
    },
    async (request) => returnPractice(db, requireContext(request), request.params.id, request.body),
  );

  api.post(
    '/api/practices/:id/verify',
    {
      schema: { tags, summary: 'Confirm the practice is still right', params: PracticeParamsSchema, response: { 200: PracticeSchema } },
    },
    async (request) => verifyPractice(db, requireContext(request), request.params.id),
  );
}
