import type { AuthzCase } from '../test/authz-matrix.ts';
import type { Caller, MatrixContext } from '../test/authz-context.ts';
import { insertTestFlag, insertTestPractice, practiceInput, type TestPracticeOptions } from './practice-fixtures.ts';

const everyone = (status: number): Record<Caller, number> => ({ admin: status, manager: status, librarian: status, 'signed-out': 401 });
const reviewers = (status: number, librarian = 403): Record<Caller, number> => ({
  admin: status,
  manager: status,
  librarian,
  'signed-out': 401,
});
const adminOnly = (status: number): Record<Caller, number> => ({ admin: status, manager: 403, librarian: 403, 'signed-out': 401 });

/** The caller when signed in, else a librarian of the matrix branch. */
async function callerId(c: MatrixContext): Promise<string> {
  return c.caller?.id ?? (await c.user()).id;
}

async function someoneElse(c: MatrixContext): Promise<string> {
  return (await c.user()).id;
}

async function practice(c: MatrixContext, options: TestPracticeOptions) {
  return insertTestPractice(c.db, options);
}

const published = (c: MatrixContext) => practice(c, { status: 'published' });
const ownDraft = async (c: MatrixContext) => practice(c, { status: 'draft', authorId: await callerId(c) });
const othersDraft = async (c: MatrixContext) => practice(c, { status: 'draft', authorId: await someoneElse(c) });
const ownInReview = async (c: MatrixContext) => practice(c, { status: 'in_review', authorId: await callerId(c) });

async function otherBranch(c: MatrixContext, status: TestPracticeOptions['status']) {
  const branchId = await c.branch();
  return practice(c, { status, branchId, authorId: await someoneElse(c) });
}

const transition = (version: number) => ({ expectedVersion: version, comment: 'Macierz uprawnień' });
const UNKNOWN_ID = '0190a0b4-0000-7000-8000-00000000abcd';

const READ_CASES: AuthzCase[] = [
  { method: 'GET', route: '/api/practices', expect: everyone(200) },
  { method: 'GET', route: '/api/practices/binder', expect: everyone(200) },
  {
    method: 'POST',
    route: '/api/practices',
    prepare: async () => ({ url: '/api/practices', body: practiceInput() }),
    expect: { admin: 201, manager: 201, librarian: 201, 'signed-out': 401 },
  },
  {
    method: 'GET',
    route: '/api/practices/:id',
    scenario: 'published',
    prepare: async (c) => ({ url: `/api/practices/${(await published(c)).slug}` }),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/practices/:id',
    scenario: "someone else's library-wide draft",
    prepare: async (c) => ({ url: `/api/practices/${(await othersDraft(c)).id}` }),
    expect: reviewers(200, 404),
  },
  {
    method: 'GET',
    route: '/api/practices/:id',
    scenario: 'draft of a branch outside the manager’s',
    prepare: async (c) => ({ url: `/api/practices/${(await otherBranch(c, 'in_review')).id}` }),
    expect: { admin: 200, manager: 404, librarian: 404, 'signed-out': 401 },
  },
  {
    method: 'GET',
    route: '/api/practices/:id',
    scenario: 'unknown id',
    prepare: async () => ({ url: `/api/practices/${UNKNOWN_ID}` }),
    expect: everyone(404),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/view',
    prepare: async (c) => ({ url: `/api/practices/${(await published(c)).id}/view` }),
    expect: everyone(204),
  },
  {
    method: 'GET',
    route: '/api/practices/:id/revisions',
    prepare: async (c) => ({ url: `/api/practices/${(await published(c)).id}/revisions` }),
    expect: everyone(200),
  },
  {
    method: 'GET',
    route: '/api/practices/:id/revisions/:revisionId',
    prepare: async (c) => {
      const p = await published(c);
      return { url: `/api/practices/${p.id}/revisions/${p.revisionId}` };
    },
    expect: everyone(200),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/feedback',
    prepare: async (c) => ({ url: `/api/practices/${(await published(c)).id}/feedback`, body: { helpful: false, comment: 'Brak kroku' } }),
    expect: everyone(201),
  },
  { method: 'GET', route: '/api/practices/mine', expect: everyone(200) },
  { method: 'GET', route: '/api/practices/needs-review', expect: everyone(200) },
  {
    method: 'GET',
    route: '/api/practices/:id/markdown',
    prepare: async (c) => ({ url: `/api/practices/${(await published(c)).slug}/markdown` }),
    expect: everyone(200),
  },
  { method: 'GET', route: '/api/practices/export/markdown', expect: everyone(200) },
];

const WRITE_CASES: AuthzCase[] = [
  {
    method: 'PATCH',
    route: '/api/practices/:id',
    scenario: 'own draft',
    prepare: async (c) => ({
      url: `/api/practices/${(await ownDraft(c)).id}`,
      body: { expectedVersion: 1, summary: 'Nowe streszczenie.' },
    }),
    expect: everyone(200),
  },
  {
    method: 'PATCH',
    route: '/api/practices/:id',
    scenario: 'published (librarians propose instead)',
    prepare: async (c) => ({ url: `/api/practices/${(await published(c)).id}`, body: { expectedVersion: 1, summary: 'Zmiana.' } }),
    expect: reviewers(200),
  },
  {
    method: 'PATCH',
    route: '/api/practices/:id',
    scenario: "someone else's draft",
    prepare: async (c) => ({ url: `/api/practices/${(await othersDraft(c)).id}`, body: { expectedVersion: 1, summary: 'Zmiana.' } }),
    expect: reviewers(200, 404),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/proposals',
    prepare: async (c) => ({
      url: `/api/practices/${(await published(c)).id}/proposals`,
      body: { expectedVersion: 1, summary: 'Propozycja.' },
    }),
    expect: everyone(201),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/submit',
    prepare: async (c) => ({ url: `/api/practices/${(await ownDraft(c)).id}/submit`, body: transition(1) }),
    expect: everyone(200),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/publish',
    scenario: 'own practice in review',
    prepare: async (c) => ({ url: `/api/practices/${(await ownInReview(c)).id}/publish`, body: transition(1) }),
    expect: reviewers(200),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/publish',
    scenario: 'practice of a branch outside the manager’s',
    prepare: async (c) => ({ url: `/api/practices/${(await otherBranch(c, 'in_review')).id}/publish`, body: transition(1) }),
    expect: { admin: 200, manager: 404, librarian: 404, 'signed-out': 401 },
  },
  {
    method: 'POST',
    route: '/api/practices/:id/return',
    prepare: async (c) => ({ url: `/api/practices/${(await ownInReview(c)).id}/return`, body: transition(1) }),
    expect: reviewers(200),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/archive',
    prepare: async (c) => ({ url: `/api/practices/${(await published(c)).id}/archive`, body: transition(1) }),
    expect: reviewers(200),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/archive',
    scenario: 'published practice of a branch outside the manager’s',
    prepare: async (c) => ({ url: `/api/practices/${(await otherBranch(c, 'published')).id}/archive`, body: transition(1) }),
    expect: { admin: 200, manager: 403, librarian: 403, 'signed-out': 401 },
  },
  {
    method: 'DELETE',
    route: '/api/practices/:id',
    scenario: 'own draft',
    prepare: async (c) => ({ url: `/api/practices/${(await ownDraft(c)).id}?expectedVersion=1` }),
    expect: everyone(204),
  },
  {
    method: 'DELETE',
    route: '/api/practices/:id',
    scenario: "someone else's library-wide draft",
    prepare: async (c) => ({ url: `/api/practices/${(await othersDraft(c)).id}?expectedVersion=1` }),
    expect: reviewers(204, 404),
  },
  {
    method: 'DELETE',
    route: '/api/practices/:id',
    scenario: 'draft of a branch outside the manager’s',
    prepare: async (c) => ({ url: `/api/practices/${(await otherBranch(c, 'draft')).id}?expectedVersion=1` }),
    expect: { admin: 204, manager: 404, librarian: 404, 'signed-out': 401 },
  },
  {
    method: 'DELETE',
    route: '/api/practices/:id',
    scenario: 'published (it is archived instead)',
    prepare: async (c) => ({ url: `/api/practices/${(await published(c)).id}?expectedVersion=1` }),
    expect: reviewers(409),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/unarchive',
    prepare: async (c) => ({ url: `/api/practices/${(await practice(c, { status: 'archived' })).id}/unarchive`, body: transition(1) }),
    expect: reviewers(200, 404),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/verify',
    scenario: "someone else's",
    prepare: async (c) => ({
      url: `/api/practices/${(await practice(c, { status: 'published', ownerId: await someoneElse(c) })).id}/verify`,
    }),
    expect: reviewers(200),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/verify',
    scenario: 'owned by the caller',
    prepare: async (c) => ({ url: `/api/practices/${(await practice(c, { status: 'published', ownerId: await callerId(c) })).id}/verify` }),
    expect: everyone(200),
  },
  {
    method: 'POST',
    route: '/api/practices/:id/revisions/:revisionId/restore',
    prepare: async (c) => {
      const p = await published(c);
      return { url: `/api/practices/${p.id}/revisions/${p.revisionId}/restore`, body: transition(1) };
    },
    expect: reviewers(200),
  },
];

const MANAGE_CASES: AuthzCase[] = [
  { method: 'GET', route: '/api/practices/review-queue', expect: reviewers(200) },
  { method: 'GET', route: '/api/practices/flags', expect: reviewers(200) },
  {
    method: 'POST',
    route: '/api/practices/flags/:flagId/resolve',
    prepare: async (c) => {
      const p = await published(c);
      return { url: `/api/practices/flags/${await insertTestFlag(c.db, p.id, null)}/resolve`, body: { note: 'Uzupełniono.' } };
    },
    expect: reviewers(200),
  },
  { method: 'GET', route: '/api/practices/settings', expect: adminOnly(200) },
  {
    method: 'PUT',
    route: '/api/practices/settings',
    prepare: async () => ({ url: '/api/practices/settings', body: { reviewMonths: 12 } }),
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    route: '/api/practices/import',
    prepare: async () => ({
      url: '/api/practices/import',
      body: { text: `${JSON.stringify({ id: 'macierz-import', title: 'Import w macierzy', language: 'pl' })}\n`, dryRun: true },
    }),
    expect: reviewers(200),
  },
  { method: 'GET', route: '/api/practices/export', expect: reviewers(200) },
];

/** Every practices endpoint × every caller (managers and librarians of the matrix belong to its branch). */
export const PRACTICE_CASES: AuthzCase[] = [...READ_CASES, ...WRITE_CASES, ...MANAGE_CASES];
