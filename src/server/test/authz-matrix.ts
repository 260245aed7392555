import type { FastifyInstance } from 'fastify';
import type { Caller, MatrixContext, Method } from './authz-context.ts';
import { GAP_CASES } from '../gaps/gaps.authz.ts';
import { INTERACTION_AUTHZ_CASES } from '../interactions/interactions.authz.ts';
import { INCIDENT_CASES } from '../incidents/incidents.authz.ts';
import { PRACTICE_CASES } from '../practices/practices.authz.ts';
import { REFERRAL_CASES } from '../referrals/referrals.authz.ts';
import { SAFETY_CONTACT_CASES } from '../safety-contacts/safety-contacts.authz.ts';
import { SEARCH_CASES } from '../search/search.authz.ts';
import { TEST_PASSWORD } from './test-app.ts';

/**
 * One row of the authorization matrix: a request to a registered route and the exact status each caller gets.
 * `prepare` builds the concrete URL and body (fresh data for every caller); without it the route is requested as written.
 */
export interface AuthzCase {
  method: Method;
  /** The route exactly as registered, e.g. /api/users/:id. */
  route: string;
  /** What the row checks when a route has more than one row. */
  scenario?: string;
  prepare?: (context: MatrixContext) => Promise<{ url: string; body?: unknown }>;
  expect: Record<Caller, number>;
}

const UNKNOWN_ID = '0190a0b4-0000-7000-8000-000000000000';
const everyone = (status: number, signedOut = 401): Record<Caller, number> => ({
  admin: status,
  manager: status,
  librarian: status,
  'signed-out': signedOut,
});
const adminOnly = (status: number): Record<Caller, number> => ({ admin: status, manager: 403, librarian: 403, 'signed-out': 401 });

const AUTH_CASES: AuthzCase[] = [
  {
    method: 'POST',
    route: '/api/auth/login',
    prepare: async (c) => ({ url: '/api/auth/login', body: { email: (await c.user()).email, password: TEST_PASSWORD } }),
    expect: everyone(200, 200),
  },
  { method: 'POST', route: '/api/auth/logout', expect: everyone(204) },
  { method: 'GET', route: '/api/auth/session', expect: everyone(200) },
  {
    method: 'POST',
    route: '/api/auth/password',
    prepare: async () => ({ url: '/api/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: 'Macierz-Uprawnien-2026' } }),
    expect: everyone(200),
  },
  {
    method: 'POST',
    route: '/api/auth/invitation',
    prepare: async (c) => ({ url: '/api/auth/invitation', body: { token: await c.invitation(), newPassword: 'Macierz-Uprawnien-2026' } }),
    expect: everyone(200, 200),
  },
  {
    method: 'PATCH',
    route: '/api/auth/preferences',
    prepare: async () => ({ url: '/api/auth/preferences', body: { locale: 'en' } }),
    expect: everyone(200),
  },
];

const userUrl = async (c: MatrixContext, suffix = '', options: { active?: boolean } = {}) =>
  `/api/users/${(await c.user(options)).id}${suffix}`;

const USER_CASES: AuthzCase[] = [
  { method: 'GET', route: '/api/users', expect: { admin: 200, manager: 200, librarian: 403, 'signed-out': 401 } },
  {
    method: 'POST',
    route: '/api/users',
    prepare: async (c) => ({
      url: '/api/users',
      body: { email: `nowy-${(await c.user()).id}@biblioteka.test`, name: 'Nowy', role: 'librarian' },
    }),
    expect: adminOnly(201),
  },
  {
    method: 'GET',
    route: '/api/users/:id',
    scenario: 'someone else',
    prepare: async (c) => ({ url: await userUrl(c) }),
    expect: { admin: 200, manager: 200, librarian: 403, 'signed-out': 401 },
  },
  {
    method: 'GET',
    route: '/api/users/:id',
    scenario: 'own account',
    prepare: async (c) => ({ url: `/api/users/${c.caller?.id ?? UNKNOWN_ID}` }),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/users/:id',
    scenario: 'unknown id',
    prepare: async () => ({ url: `/api/users/${UNKNOWN_ID}` }),
    expect: { admin: 404, manager: 404, librarian: 403, 'signed-out': 401 },
  },
  {
    method: 'PATCH',
    route: '/api/users/:id',
    prepare: async (c) => ({ url: await userUrl(c), body: { name: 'Zmienione Imię' } }),
    expect: adminOnly(200),
  },
  {
    method: 'PATCH',
    route: '/api/users/:id',
    scenario: 'unknown id',
    prepare: async () => ({ url: `/api/users/${UNKNOWN_ID}`, body: { name: 'Nikt' } }),
    expect: adminOnly(404),
  },
  {
    method: 'POST',
    route: '/api/users/:id/deactivate',
    prepare: async (c) => ({ url: await userUrl(c, '/deactivate') }),
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    route: '/api/users/:id/deactivate',
    scenario: 'own account',
    prepare: async (c) => ({ url: `/api/users/${c.caller?.id ?? UNKNOWN_ID}/deactivate` }),
    expect: adminOnly(400),
  },
  {
    method: 'POST',
    route: '/api/users/:id/reactivate',
    prepare: async (c) => ({ url: await userUrl(c, '/reactivate', { active: false }) }),
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    route: '/api/users/:id/credential',
    prepare: async (c) => ({ url: await userUrl(c, '/credential'), body: { credential: 'invitation' } }),
    expect: adminOnly(200),
  },
];

const BRANCH_CASES: AuthzCase[] = [
  { method: 'GET', route: '/api/branches', expect: everyone(200) },
  {
    method: 'POST',
    route: '/api/branches',
    prepare: async (c) => ({ url: '/api/branches', body: { name: `Nowa filia ${(await c.user()).id}` } }),
    expect: adminOnly(201),
  },
  { method: 'GET', route: '/api/branches/:id', prepare: async (c) => ({ url: `/api/branches/${c.branchId}` }), expect: everyone(200) },
  {
    method: 'GET',
    route: '/api/branches/:id',
    scenario: 'unknown id',
    prepare: async () => ({ url: `/api/branches/${UNKNOWN_ID}` }),
    expect: everyone(404),
  },
  {
    method: 'PATCH',
    route: '/api/branches/:id',
    prepare: async (c) => ({ url: `/api/branches/${await c.branch()}`, body: { phone: '22 111 22 33' } }),
    expect: adminOnly(200),
  },
];

const AUDIT_CASES: AuthzCase[] = [{ method: 'GET', route: '/api/audit', expect: adminOnly(200) }];

/** Every API endpoint × every caller. A feature that adds a route adds its rows here, or the matrix test fails. */
export const AUTHZ_MATRIX: readonly AuthzCase[] = [
  ...AUTH_CASES,
  ...USER_CASES,
  ...BRANCH_CASES,
  ...AUDIT_CASES,
  ...PRACTICE_CASES,
  ...REFERRAL_CASES,
  ...SAFETY_CONTACT_CASES,
  ...INCIDENT_CASES,
  ...INTERACTION_AUTHZ_CASES,
  ...SEARCH_CASES,
  ...GAP_CASES,
];

/** Routes that need no matrix: the API reference and its document are public and read-only. */
export const MATRIX_EXEMPT = [/^\/api\/docs(\/|$)/, /^\/api\/openapi\.json$/];

/** Every `METHOD /api/...` the app registered, read from Fastify's route tree (HEAD twins left out). */
export function registeredApiRoutes(app: FastifyInstance): string[] {
  const found: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const [, indent = '', segment = '', methods = ''] = match;
    const depth = indent.length / 4;
    stack.length = depth;
    stack.push(segment);
    const path = stack.join('').replaceAll('//', '/');
    for (const method of methods.split(',').map((m) => m.trim())) {
      if (method && method !== 'HEAD') found.push(`${method} ${path}`);
    }
  }
  return found.filter((route) => {
    const path = route.split(' ')[1] ?? '';
    return path.startsWith('/api/') && !MATRIX_EXEMPT.some((pattern) => pattern.test(path));
  });
}
