import type { Caller, MatrixContext } from '../test/authz-context.ts';
import type { AuthzCase } from '../test/authz-matrix.ts';
import { contactInput, insertTestInteraction } from './interaction-fixtures.ts';

const everyone = (status: number): Record<Caller, number> => ({ admin: status, manager: status, librarian: status, 'signed-out': 401 });
const adminOnly = (status: number): Record<Caller, number> => ({ admin: status, manager: 403, librarian: 403, 'signed-out': 401 });

async function callerId(c: MatrixContext): Promise<string> {
  return c.caller?.id ?? (await c.user()).id;
}

const ownEntry = async (c: MatrixContext) => insertTestInteraction(c.db, { authorId: await callerId(c), branchId: c.branchId });
const colleaguesEntry = async (c: MatrixContext) => insertTestInteraction(c.db, { authorId: (await c.user()).id, branchId: c.branchId });

const INTERACTION_CASES: AuthzCase[] = [
  {
    method: 'POST',
    route: '/api/interactions',
    prepare: async (c) => ({ url: '/api/interactions', body: contactInput(c.branchId) }),
    expect: everyone(201),
  },
  {
    method: 'POST',
    route: '/api/interactions',
    scenario: 'a branch the caller does not belong to',
    prepare: async (c) => ({ url: '/api/interactions', body: contactInput(await c.branch()) }),
    expect: { admin: 201, manager: 403, librarian: 403, 'signed-out': 401 },
  },
  { method: 'GET', route: '/api/interactions', expect: everyone(200) },
  { method: 'GET', route: '/api/interactions/stats', expect: everyone(200) },
  {
    method: 'GET',
    route: '/api/interactions/stats',
    scenario: 'another branch',
    prepare: async (c) => ({ url: `/api/interactions/stats?branchId=${await c.branch()}` }),
    expect: { admin: 200, manager: 403, librarian: 200, 'signed-out': 401 },
  },
  { method: 'GET', route: '/api/interactions/export.csv', expect: everyone(200) },
  { method: 'GET', route: '/api/interactions/defaults', expect: everyone(200) },
  {
    method: 'PUT',
    route: '/api/interactions/defaults',
    prepare: async (c) => ({ url: '/api/interactions/defaults', body: { branchId: c.branchId, channel: 'phone' } }),
    expect: everyone(200),
  },
  {
    method: 'PATCH',
    route: '/api/interactions/:id',
    scenario: 'own entry',
    prepare: async (c) => ({ url: `/api/interactions/${await ownEntry(c)}`, body: { outcome: 'referred' } }),
    expect: everyone(200),
  },
  {
    method: 'PATCH',
    route: '/api/interactions/:id',
    scenario: "a colleague's entry in the caller's branch",
    prepare: async (c) => ({ url: `/api/interactions/${await colleaguesEntry(c)}`, body: { outcome: 'referred' } }),
    expect: { admin: 403, manager: 403, librarian: 404, 'signed-out': 401 },
  },
  {
    method: 'DELETE',
    route: '/api/interactions/:id',
    scenario: 'own entry',
    prepare: async (c) => ({ url: `/api/interactions/${await ownEntry(c)}` }),
    expect: everyone(204),
  },
  {
    method: 'DELETE',
    route: '/api/interactions/:id',
    scenario: "a colleague's entry in the caller's branch",
    prepare: async (c) => ({ url: `/api/interactions/${await colleaguesEntry(c)}` }),
    expect: { admin: 403, manager: 403, librarian: 404, 'signed-out': 401 },
  },
];

const RETENTION_CASES: AuthzCase[] = [
  { method: 'GET', route: '/api/settings/retention', expect: adminOnly(200) },
  {
    method: 'PUT',
    route: '/api/settings/retention',
    prepare: async () => ({ url: '/api/settings/retention', body: { days: 90 } }),
    expect: adminOnly(200),
  },
];

export const INTERACTION_AUTHZ_CASES: AuthzCase[] = [...INTERACTION_CASES, ...RETENTION_CASES];
