import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AlertInputSchema,
  AlertReceiptSchema,
  CheckInInputSchema,
  CheckInReceiptSchema,
  CheckInSchema,
  CreateIncidentSchema,
  IncidentCountsQuerySchema,
  IncidentCountsSchema,
  IncidentReceiptSchema,
  IncidentSchema,
  MyNotesSchema,
  TalkRequestListQuerySchema,
  TalkRequestListSchema,
  TalkRequestSchema,
  UpdateIncidentSchema,
} from '../../shared/incidents.schema.ts';
import { IdParamsSchema } from '../../shared/users.schema.ts';
import type { Database } from '../db/database.ts';
import type { StaffEvents } from '../events/events.service.ts';
import { requireContext } from '../plugins/request-context.ts';
import { sendAlert } from './alerts.service.ts';
import { createCheckIn, eraseOwnCheckInNote, readCheckIn } from './check-ins.service.ts';
import { createIncident, eraseIncidentNoteOf, incidentCounts, myNotes, readIncident, updateIncident } from './incidents.service.ts';
import { completeTalkRequest, listTalkRequests } from './talk-requests.service.ts';

const tags = ['difficult situations'];

export function registerIncidentRoutes(app: FastifyInstance, { db, events }: { db: Database; events: StaffEvents }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/incidents/alerts',
    {
      schema: {
        tags,
        summary: 'Call for a colleague: notify the other signed-in staff of the branch at once',
        body: AlertInputSchema,
        response: { 201: AlertReceiptSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await sendAlert(db, events, requireContext(request), request.body)),
  );

  api.post(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: "Note a difficult situation (no reader's identity), optionally with the author's private check-in",
        body: CreateIncidentSchema,
        response: { 201: IncidentReceiptSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createIncident(db, requireContext(request), request.body)),
  );

  api.get(
    '/api/incidents/mine',
    { schema: { tags, summary: 'My incident notes and check-ins', response: { 200: MyNotesSchema } } },
    async (request) => myNotes(db, requireContext(request)),
  );

  api.get(
    '/api/incidents/counts',
    {
      schema: {
        tags,
        summary: 'Incidents, calls for a colleague and requests to talk per branch in a period (managers, administrators)',
        querystring: IncidentCountsQuerySchema,
        response: { 200: IncidentCountsSchema },
      },
    },
    async (request) => incidentCounts(db, requireContext(request), request.query),
  );

  api.get(
    '/api/incidents/:id',
    { schema: { tags, summary: 'One of my incident notes', params: IdParamsSchema, response: { 200: IncidentSchema } } },
    async (request) => readIncident(db, requireContext(request), request.params.id),
  );

  api.patch(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'Correct my incident note within 24 hours of writing it (409 edit_window_closed after that)',
        params: IdParamsSchema,
        body: UpdateIncidentSchema,
        response: { 200: IncidentReceiptSchema },
      },
    },
    async (request) => updateIncident(db, requireContext(request), request.params.id, request.body),
  );

  api.delete(
    '/api/incidents/:id/notes',
    {
      schema: {
        tags,
        summary: 'Erase the text of my incident note (and of its check-in) for good; the incident still counts',
        params: IdParamsSchema,
        response: { 200: IncidentSchema },
      },
    },
    async (request) => eraseIncidentNoteOf(db, requireContext(request), request.params.id),
  );

  api.post(
    '/api/check-ins',
    {
      schema: {
        tags,
        summary: 'A private check-in after a difficult moment',
        body: CheckInInputSchema,
        response: { 201: CheckInReceiptSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createCheckIn(db, requireContext(request), request.body)),
  );

  api.get(
    '/api/check-ins/:id',
    {
      schema: { tags, summary: 'One of my check-ins (nobody else can read it)', params: IdParamsSchema, response: { 200: CheckInSchema } },
    },
    async (request) => readCheckIn(db, requireContext(request), request.params.id),
  );

  api.delete(
    '/api/check-ins/:id/note',
    {
      schema: {
        tags,
        summary: 'Erase my own words in a check-in ("what else") for good',
        params: IdParamsSchema,
        response: { 200: CheckInSchema },
      },
    },
    async (request) => eraseOwnCheckInNote(db, requireContext(request), request.params.id),
  );

  api.get(
    '/api/talk-requests',
    {
      schema: {
        tags,
        summary: 'Requests to talk addressed to me as a manager: who asked and when',
        querystring: TalkRequestListQuerySchema,
        response: { 200: TalkRequestListSchema },
      },
    },
    async (request) => listTalkRequests(db, requireContext(request), request.query.state),
  );

  api.post(
    '/api/talk-requests/:id/done',
    { schema: { tags, summary: 'Mark a request to talk as done', params: IdParamsSchema, response: { 200: TalkRequestSchema } } },
    async (request) => completeTalkRequest(db, requireContext(request), request.params.id),
  );
}
