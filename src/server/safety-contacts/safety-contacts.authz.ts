import type { Caller } from '../test/authz-context.ts';
import type { AuthzCase } from '../test/authz-matrix.ts';

const editors = (status: number, manager = status): Record<Caller, number> => ({
  admin: status,
  manager,
  librarian: 403,
  'signed-out': 401,
});

export const SAFETY_CONTACT_CASES: AuthzCase[] = [
  {
    method: 'GET',
    route: '/api/branches/:id/safety-contacts',
    prepare: async (c) => ({ url: `/api/branches/${c.branchId}/safety-contacts` }),
    expect: { admin: 200, manager: 200, librarian: 200, 'signed-out': 401 },
  },
  {
    method: 'PUT',
    route: '/api/branches/:id/safety-contacts',
    scenario: 'own branch',
    prepare: async (c) => ({
      url: `/api/branches/${c.branchId}/safety-contacts`,
      body: { contacts: [{ kind: 'security', phone: '22 111 22 33' }] },
    }),
    expect: editors(200),
  },
  {
    method: 'PUT',
    route: '/api/branches/:id/safety-contacts',
    scenario: 'another branch',
    prepare: async (c) => ({ url: `/api/branches/${await c.branch()}/safety-contacts`, body: { contacts: [] } }),
    expect: editors(200, 403),
  },
];
