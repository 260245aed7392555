import type { Caller, MatrixContext } from '../test/authz-context.ts';
import type { AuthzCase } from '../test/authz-matrix.ts';

const managers = (status: number): Record<Caller, number> => ({ admin: status, manager: status, librarian: 403, 'signed-out': 401 });

const dismissal = (branchId?: string) => ({
  match: { kind: 'wording', words: [['kaucja'], ['zgubic']] },
  lastSeenAt: new Date().toISOString(),
  ...(branchId === undefined ? {} : { branchId }),
});

export const GAP_CASES: AuthzCase[] = [
  { method: 'GET', route: '/api/gaps', expect: managers(200) },
  {
    method: 'GET',
    route: '/api/gaps',
    scenario: "the caller's branch",
    prepare: async (c: MatrixContext) => ({ url: `/api/gaps?branchId=${c.branchId}` }),
    expect: managers(200),
  },
  {
    method: 'GET',
    route: '/api/gaps',
    scenario: 'another branch',
    prepare: async (c: MatrixContext) => ({ url: `/api/gaps?branchId=${await c.branch()}` }),
    expect: { admin: 200, manager: 403, librarian: 403, 'signed-out': 401 },
  },
  {
    method: 'POST',
    route: '/api/gaps/dismissals',
    prepare: async () => ({ url: '/api/gaps/dismissals', body: dismissal() }),
    expect: managers(201),
  },
  {
    method: 'POST',
    route: '/api/gaps/dismissals',
    scenario: 'another branch',
    prepare: async (c: MatrixContext) => ({ url: '/api/gaps/dismissals', body: dismissal(await c.branch()) }),
    expect: { admin: 201, manager: 403, librarian: 403, 'signed-out': 401 },
  },
];
