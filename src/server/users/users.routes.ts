import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateUserSchema,
  IdParamsSchema,
  ResetCredentialSchema,
  UpdateUserSchema,
  UserCredentialSchema,
  UserListQuerySchema,
  UserSchema,
} from '../../shared/users.schema.ts';
import type { Database } from '../db/database.ts';
import { requireContext } from '../plugins/request-context.ts';
import { createUser, listUsers, readUser, resetCredential, setUserActive, updateUser } from './users.service.ts';

const tags = ['users'];

export function registerUserRoutes(app: FastifyInstance, { db }: { db: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/users',
    { schema: { tags, summary: 'List staff accounts', querystring: UserListQuerySchema, response: { 200: z.array(UserSchema) } } },
    async (request) => {
      return listUsers(db, requireContext(request).actor, request.query);
    },
  );

  api.post(
    '/api/users',
    { schema: { tags, summary: 'Create a staff account', body: CreateUserSchema, response: { 201: UserCredentialSchema } } },
    async (request, reply) => {
      const created = await createUser(db, requireContext(request), request.body);
      return reply.status(201).send(created);
    },
  );

  api.get(
    '/api/users/:id',
    { schema: { tags, summary: 'One staff account', params: IdParamsSchema, response: { 200: UserSchema } } },
    async (request) => {
      return readUser(db, requireContext(request).actor, request.params.id);
    },
  );

  api.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Change name, role or branches',
        params: IdParamsSchema,
        body: UpdateUserSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) => {
      return updateUser(db, requireContext(request), request.params.id, request.body);
    },
  );

  api.post(
    '/api/users/:id/deactivate',
    { schema: { tags, summary: 'Deactivate an account (history stays)', params: IdParamsSchema, response: { 200: UserSchema } } },
    async (request) => {
      return setUserActive(db, requireContext(request), request.params.id, false);
    },
  );

  api.post(
    '/api/users/:id/reactivate',
    { schema: { tags, summary: 'Reactivate an account', params: IdParamsSchema, response: { 200: UserSchema } } },
    async (request) => {
      return setUserActive(db, requireContext(request), request.params.id, true);
    },
  );

  api.post(
    '/api/users/:id/credential',
    {
      schema: {
        tags,
        summary: 'Issue a new one-time password or invitation link',
        params: IdParamsSchema,
        body: ResetCredentialSchema,
        response: { 200: UserCredentialSchema },
      },
    },
    async (request) => {
      return resetCredential(db, requireContext(request), request.params.id, request.body.credential);
    },
  );
}
