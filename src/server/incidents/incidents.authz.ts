import type { Caller, MatrixContext } from '../test/authz-context.ts';
import type { AuthzCase } from '../test/authz-matrix.ts';
import { insertTestCheckIn, insertTestIncident, insertTestTalkRequest } from './incident-fixtures.ts';

const everyone = (status: number): Record<Caller, number> => ({ admin: status, manager: status, librarian: status, 'signed-out': 401 });
const overseers = (status: number): Record<Caller, number> => ({ admin: status, manager: status, librarian: 403, 'signed-out': 401 });

/** The caller when signed in, else a librarian of the matrix branch. */
async function callerId(c: MatrixContext): Promise<string> {
  return c.caller?.id ?? (await c.user()).id;
}

async function someoneElse(c: MatrixContext): Promise<string> {
  return (await c.user()).id;
}

export const INCIDENT_CASES: AuthzCase[] = [
  {
    method: 'GET',
    route: '/api/events',
    scenario: 'without Accept: text/event-stream (the stream itself is tested over HTTP)',
    expect: everyone(406),
  },
  {
    method: 'POST',
    route: '/api/incidents/alerts',
    prepare: async (c) => ({ url: '/api/incidents/alerts', body: { branchId: c.branchId, message: 'Proszę podejść do lady' } }),
    expect: everyone(201),
  },
  {
    method: 'POST',
    route: '/api/incidents',
    prepare: async (c) => ({
      url: '/api/incidents',
      body: { branchId: c.branchId, whatHappened: 'Głośna rozmowa', checkIn: { tension: 3 } },
    }),
    expect: everyone(201),
  },
  { method: 'GET', route: '/api/incidents/mine', expect: everyone(200) },
  { method: 'GET', route: '/api/incidents/counts', expect: overseers(200) },
  {
    method: 'GET',
    route: '/api/incidents/:id',
    scenario: 'own note',
    prepare: async (c) => ({
      url: `/api/incidents/${(await insertTestIncident(c.db, { authorId: await callerId(c), branchId: c.branchId })).id}`,
    }),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/incidents/:id',
    scenario: "someone else's note, also for managers and administrators",
    prepare: async (c) => ({
      url: `/api/incidents/${(await insertTestIncident(c.db, { authorId: await someoneElse(c), branchId: c.branchId })).id}`,
    }),
    expect: everyone(404),
  },
  {
    method: 'PATCH',
    route: '/api/incidents/:id',
    scenario: 'own note, written just now',
    prepare: async (c) => ({
      url: `/api/incidents/${(await insertTestIncident(c.db, { authorId: await callerId(c), branchId: c.branchId })).id}`,
      body: { whatHelped: 'Rozmowa z kierowniczką po dyżurze.' },
    }),
    expect: everyone(200),
  },
  {
    method: 'PATCH',
    route: '/api/incidents/:id',
    scenario: "someone else's note, also for managers and administrators",
    prepare: async (c) => ({
      url: `/api/incidents/${(await insertTestIncident(c.db, { authorId: await someoneElse(c), branchId: c.branchId })).id}`,
      body: { whatHelped: 'Cudza poprawka' },
    }),
    expect: everyone(404),
  },
  {
    method: 'DELETE',
    route: '/api/incidents/:id/notes',
    scenario: 'own note',
    prepare: async (c) => ({
      url: `/api/incidents/${(await insertTestIncident(c.db, { authorId: await callerId(c), branchId: c.branchId })).id}/notes`,
    }),
    expect: everyone(200),
  },
  {
    method: 'DELETE',
    route: '/api/incidents/:id/notes',
    scenario: "someone else's note, also for managers and administrators",
    prepare: async (c) => ({
      url: `/api/incidents/${(await insertTestIncident(c.db, { authorId: await someoneElse(c), branchId: c.branchId })).id}/notes`,
    }),
    expect: everyone(404),
  },
  {
    method: 'POST',
    route: '/api/check-ins',
    prepare: async (c) => ({ url: '/api/check-ins', body: { tension: 2, reliefs: ['walk'], wantsTalk: true, branchId: c.branchId } }),
    expect: everyone(201),
  },
  {
    method: 'GET',
    route: '/api/check-ins/:id',
    scenario: 'own check-in',
    prepare: async (c) => ({ url: `/api/check-ins/${(await insertTestCheckIn(c.db, { authorId: await callerId(c) })).id}` }),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/check-ins/:id',
    scenario: "someone else's check-in, also for managers and administrators",
    prepare: async (c) => ({ url: `/api/check-ins/${(await insertTestCheckIn(c.db, { authorId: await someoneElse(c) })).id}` }),
    expect: everyone(404),
  },
  {
    method: 'DELETE',
    route: '/api/check-ins/:id/note',
    scenario: 'own check-in',
    prepare: async (c) => ({ url: `/api/check-ins/${(await insertTestCheckIn(c.db, { authorId: await callerId(c) })).id}/note` }),
    expect: everyone(200),
  },
  {
    method: 'DELETE',
    route: '/api/check-ins/:id/note',
    scenario: "someone else's check-in, also for managers and administrators",
    prepare: async (c) => ({ url: `/api/check-ins/${(await insertTestCheckIn(c.db, { authorId: await someoneElse(c) })).id}/note` }),
    expect: everyone(404),
  },
  { method: 'GET', route: '/api/talk-requests', expect: overseers(200) },
  {
    method: 'POST',
    route: '/api/talk-requests/:id/done',
    scenario: 'a branch with a manager: addressed to its managers',
    prepare: async (c) => {
      await c.user({ role: 'manager' });
      const request = await insertTestTalkRequest(c.db, { requesterId: await someoneElse(c), branchId: c.branchId });
      return { url: `/api/talk-requests/${request.id}/done` };
    },
    expect: { admin: 404, manager: 200, librarian: 403, 'signed-out': 401 },
  },
  {
    method: 'POST',
    route: '/api/talk-requests/:id/done',
    scenario: 'a branch without a manager: addressed to the administrators',
    prepare: async (c) => {
      const request = await insertTestTalkRequest(c.db, { requesterId: await someoneElse(c), branchId: await c.branch() });
      return { url: `/api/talk-requests/${request.id}/done` };
    },
    expect: { admin: 200, manager: 404, librarian: 403, 'signed-out': 401 },
  },
];
