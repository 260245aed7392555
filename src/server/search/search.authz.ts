import { v7 as uuidv7 } from 'uuid';
import type { Caller, MatrixContext } from '../test/authz-context.ts';
import type { AuthzCase } from '../test/authz-matrix.ts';
import { readStarterDomainWords, readStarterSynonyms } from './analyzer/index.ts';
import { insertSearchQuery } from './search-queries.repository.ts';

const everyone = (status: number): Record<Caller, number> => ({ admin: status, manager: status, librarian: status, 'signed-out': 401 });
const reviewers = (status: number): Record<Caller, number> => ({ admin: status, manager: status, librarian: 403, 'signed-out': 401 });
const UNKNOWN_ID = '0190a0b4-0000-7000-8000-00000000cafe';

async function storedQuery(c: MatrixContext): Promise<string> {
  const id = uuidv7();
  await insertSearchQuery(c.db, {
    id,
    query: 'zgubiona karta',
    normalized: 'karta zgubic',
    redacted: 0,
    result_count: 0,
    branch_id: c.branchId,
    created_at: new Date().toISOString(),
    opened_at: null,
    opened_practice_id: null,
  });
  return id;
}

export const SEARCH_CASES: AuthzCase[] = [
  { method: 'GET', route: '/api/search', prepare: async () => ({ url: '/api/search?q=karta' }), expect: everyone(200) },
  {
    method: 'POST',
    route: '/api/search/queries/:id/opened',
    prepare: async (c) => ({ url: `/api/search/queries/${await storedQuery(c)}/opened`, body: { practiceId: uuidv7() } }),
    expect: everyone(204),
  },
  {
    method: 'POST',
    route: '/api/search/queries/:id/opened',
    scenario: 'unknown query',
    prepare: async () => ({ url: `/api/search/queries/${UNKNOWN_ID}/opened`, body: { practiceId: uuidv7() } }),
    expect: everyone(404),
  },
  { method: 'GET', route: '/api/search/vocabulary', expect: reviewers(200) },
  {
    method: 'PUT',
    route: '/api/search/vocabulary',
    prepare: async () => ({
      url: '/api/search/vocabulary',
      body: { synonyms: readStarterSynonyms(), domainWords: readStarterDomainWords() },
    }),
    expect: reviewers(200),
  },
];
