import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../shared/search.schema.ts';
import { createPublished } from '../practices/practice-fixtures.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { eraseSearchQueriesBefore, listUnansweredQueries } from './search.service.ts';

for (const dialect of DIALECTS) {
  describe(`stored search queries (${dialect})`, () => {
    let t: TestApp;
    let branchId: string;
    let librarian: TestClient;
    let manager: { user: { id: string }; client: TestClient };
    let practiceId: string;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branchId = (await createTestBranch(t.db)).id;
      librarian = (await signInAs(t.app, t.db, 'librarian', [branchId])).client;
      manager = await signInAs(t.app, t.db, 'manager', [branchId]);
      practiceId = (await createPublished(manager.client, { title: 'Czytelnik zgubił kartę biblioteczną' })).id;
    });
    afterAll(async () => t.close());

    async function search(q: string, extra = ''): Promise<SearchResponse> {
      const response = await librarian.request('GET', `/api/search?q=${encodeURIComponent(q)}${extra}`);
      expect(response.statusCode).toBe(200);
      return response.json();
    }

    const stored = (id: string) => t.db.selectFrom('search_queries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    it('stores the query with its normalised form, result count and the branch, not the user', async () => {
      const body = await search('Zgubione karty');
      expect(body.queryId).not.toBeNull();
      const row = await stored(body.queryId ?? '');
      expect(row).toMatchObject({ query: 'Zgubione karty', redacted: 0, result_count: body.total, branch_id: branchId, opened_at: null });
      expect(row.normalized).toBe('karta zgubic');
      expect(Object.values(row)).not.toContain(manager.user.id);
    });

    it('replaces personal data in a stored query by its kind', async () => {
      const body = await search('karta 600 700 800 jan.kowalski@example.com zgubiona');
      const row = await stored(body.queryId ?? '');
      expect(row.query).toBe('karta [phone] [email] zgubiona');
      expect(row.redacted).toBe(1);
      expect(row.normalized).not.toMatch(/600|kowalski|example/u);
    });

    it('does not store as-you-type requests', async () => {
      const body = await search('zgubiona kar', '&record=false');
      expect(body.queryId).toBeNull();
    });

    it('records the first opened result, 404 for an unknown query', async () => {
      const body = await search('zgubiona karta');
      const opened = await librarian.request('POST', `/api/search/queries/${body.queryId}/opened`, { practiceId });
      expect(opened.statusCode).toBe(204);
      const row = await stored(body.queryId ?? '');
      expect(row.opened_practice_id).toBe(practiceId);
      expect(row.opened_at).not.toBeNull();
      const unknown = await librarian.request('POST', '/api/search/queries/0190a0b4-0000-7000-8000-000000000001/opened', { practiceId });
      expect(unknown.statusCode).toBe(404);
    });

    it('lists unanswered queries (no result, or nothing opened) for managers of the branch', async () => {
      const nothing = await search('bilety na koncert jazzowy');
      expect(nothing.total).toBe(0);
      const answered = await search('karta zgubiona w autobusie');
      await librarian.request('POST', `/api/search/queries/${answered.queryId}/opened`, { practiceId });
      const managerId = (await t.db.selectFrom('users').selectAll().where('role', '=', 'manager').executeTakeFirstOrThrow()).id;
      const actor = { id: managerId, email: 'm', name: 'm', role: 'manager' as const, branchIds: [branchId], locale: 'pl' as const };
      const list = await listUnansweredQueries(t.db, actor, { since: new Date(Date.now() - 60_000) });
      const ids = list.map((item) => item.id);
      expect(ids).toContain(nothing.queryId);
      expect(ids).not.toContain(answered.queryId);
      expect(list.find((item) => item.id === nothing.queryId)).toMatchObject({ resultCount: 0, opened: false, branchId });
      const elsewhere = { ...actor, branchIds: [(await createTestBranch(t.db)).id] };
      expect(await listUnansweredQueries(t.db, elsewhere, { since: new Date(0) })).toEqual([]);
      const librarianActor = { ...actor, role: 'librarian' as const };
      await expect(listUnansweredQueries(t.db, librarianActor, { since: new Date(0) })).rejects.toMatchObject({ status: 403 });
    });

    it('erases stored queries older than the cutoff and reports how many', async () => {
      const old = await search('stara karta');
      await t.db
        .updateTable('search_queries')
        .set({ created_at: '2020-01-01T00:00:00.000Z' })
        .where('id', '=', old.queryId ?? '')
        .execute();
      const recent = await search('nowa karta');
      const erased = await eraseSearchQueriesBefore(t.db, new Date('2021-01-01T00:00:00.000Z'));
      expect(erased).toBe(1);
      const left = await t.db.selectFrom('search_queries').select('id').execute();
      expect(left.map((row) => row.id)).toContain(recent.queryId);
      expect(left.map((row) => row.id)).not.toContain(old.queryId);
    });
  });
}
