import type { Caller, MatrixContext } from '../test/authz-context.ts';
import type { AuthzCase } from '../test/authz-matrix.ts';
import { insertReferral } from './referrals.service.ts';

const everyone = (status: number): Record<Caller, number> => ({ admin: status, manager: status, librarian: status, 'signed-out': 401 });
const editors = (status: number, manager = status): Record<Caller, number> => ({
  admin: status,
  manager,
  librarian: 403,
  'signed-out': 401,
});
const UNKNOWN_ID = '0190a0b4-0000-7000-8000-00000000beef';

async function referral(c: MatrixContext, branchId: string | null): Promise<string> {
  const input = { branchId, name: 'Punkt pomocy (macierz)', category: 'legal_aid' as const };
  const row = await insertReferral(c.db, { ...input, address: '', hours: '', phone: '', website: '', needs: [], note: '' }, null);
  return row.id;
}

export const REFERRAL_CASES: AuthzCase[] = [
  { method: 'GET', route: '/api/referrals', expect: everyone(200) },
  {
    method: 'POST',
    route: '/api/referrals',
    prepare: async (c) => ({ url: '/api/referrals', body: { branchId: c.branchId, name: 'Nowy wpis', category: 'ngo' } }),
    expect: editors(201),
  },
  {
    method: 'GET',
    route: '/api/referrals/:id',
    prepare: async (c) => ({ url: `/api/referrals/${await referral(c, null)}` }),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/referrals/:id',
    scenario: 'unknown id',
    prepare: async () => ({ url: `/api/referrals/${UNKNOWN_ID}` }),
    expect: everyone(404),
  },
  {
    method: 'PATCH',
    route: '/api/referrals/:id',
    scenario: 'entry of the manager’s branch',
    prepare: async (c) => ({ url: `/api/referrals/${await referral(c, c.branchId)}`, body: { note: 'Zmiana' } }),
    expect: editors(200),
  },
  {
    method: 'PATCH',
    route: '/api/referrals/:id',
    scenario: 'library-wide entry',
    prepare: async (c) => ({ url: `/api/referrals/${await referral(c, null)}`, body: { note: 'Zmiana' } }),
    expect: editors(200),
  },
  {
    method: 'PATCH',
    route: '/api/referrals/:id',
    scenario: 'entry of another branch',
    prepare: async (c) => ({ url: `/api/referrals/${await referral(c, await c.branch())}`, body: { note: 'Zmiana' } }),
    expect: editors(200, 403),
  },
  {
    method: 'DELETE',
    route: '/api/referrals/:id',
    prepare: async (c) => ({ url: `/api/referrals/${await referral(c, c.branchId)}` }),
    expect: editors(204),
  },
  {
    method: 'DELETE',
    route: '/api/referrals/:id',
    scenario: 'entry of another branch',
    prepare: async (c) => ({ url: `/api/referrals/${await referral(c, await c.branch())}` }),
    expect: editors(204, 403),
  },
];
