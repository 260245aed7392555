import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { createDraft, createPublished } from './practice-fixtures.ts';

type Person = { user: { id: string }; client: TestClient };

for (const dialect of DIALECTS) {
  describe(`practice feedback (${dialect})`, () => {
    let t: TestApp;
    let branchId: string;
    let librarian: Person;
    let manager: Person;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branchId = (await createTestBranch(t.db)).id;
      librarian = await signInAs(t.app, t.db, 'librarian', [branchId]);
      manager = await signInAs(t.app, t.db, 'manager', [branchId]);
    });
    afterAll(async () => t.close());

    it('counts helpful and not helpful answers; a comment flags the practice, a bare rating does not', async () => {
      const practice = await createPublished(manager.client);
      const url = `/api/practices/${practice.id}/feedback`;
      expect((await librarian.client.request('POST', url, { helpful: true })).json()).toMatchObject({ flagged: false });
      expect((await librarian.client.request('POST', url, { helpful: true, comment: '   ' })).json()).toMatchObject({ flagged: false });
      const flagged = await librarian.client.request('POST', url, { helpful: false, comment: 'Zabrakło informacji o kaucji.' });
      expect(flagged.statusCode).toBe(201);
      expect(flagged.json().flagged).toBe(true);
      const stats = (await manager.client.request('GET', `/api/practices/${practice.id}`)).json().stats;
      expect(stats).toEqual({ viewCount: 0, helpfulCount: 2, notHelpfulCount: 1, helpfulRatio: 2 / 3, openFlagCount: 1 });
      const stored = await t.db.selectFrom('practice_feedback').selectAll().where('practice_id', '=', practice.id).execute();
      expect(stored.map((row) => row.comment).sort()).toEqual([null, null, 'Zabrakło informacji o kaucji.'].sort());
      expect((await librarian.client.request('GET', `/api/practices/${practice.id}`)).json().stats).toBeUndefined();
    });

    it('refuses a comment longer than 1000 characters and feedback on a practice the user cannot see', async () => {
      const practice = await createPublished(manager.client);
      const long = await librarian.client.request('POST', `/api/practices/${practice.id}/feedback`, {
        helpful: false,
        comment: 'x'.repeat(1001),
      });
      expect(long.statusCode).toBe(400);
      expect(long.json().errors[0].field).toBe('comment');
      const othersDraft = await createDraft(manager.client);
      expect((await librarian.client.request('POST', `/api/practices/${othersDraft.id}/feedback`, { helpful: true })).statusCode).toBe(404);
      const row = await t.db.selectFrom('practices').select('not_helpful_count').where('id', '=', practice.id).executeTakeFirstOrThrow();
      expect(row.not_helpful_count).toBe(0);
    });

    it('lists open flags for managers and resolves them with a note', async () => {
      const practice = await createPublished(manager.client, { title: 'Praktyka do poprawy' });
      await librarian.client.request('POST', `/api/practices/${practice.id}/feedback`, {
        helpful: false,
        comment: 'Nieaktualny numer telefonu.',
      });
      const open = (await manager.client.request('GET', `/api/practices/flags?practice=${practice.slug}`)).json();
      expect(open.total).toBe(1);
      expect(open.items[0]).toMatchObject({
        practice: { id: practice.id, title: 'Praktyka do poprawy' },
        comment: 'Nieaktualny numer telefonu.',
        helpful: false,
        user: { id: librarian.user.id },
        resolvedAt: null,
      });
      expect((await librarian.client.request('GET', '/api/practices/flags')).statusCode).toBe(403);
      const resolved = await manager.client.request('POST', `/api/practices/flags/${open.items[0].id}/resolve`, {
        note: 'Numer poprawiony.',
      });
      expect(resolved.statusCode).toBe(200);
      expect(resolved.json()).toMatchObject({ resolvedBy: { id: manager.user.id }, resolution: 'Numer poprawiony.' });
      expect((await manager.client.request('GET', `/api/practices/flags?practice=${practice.id}`)).json().total).toBe(0);
      const history = (await manager.client.request('GET', `/api/practices/flags?practice=${practice.id}&state=resolved`)).json();
      expect(history.total).toBe(1);
      const stored = await t.db.selectFrom('practice_feedback').selectAll().where('id', '=', open.items[0].id).executeTakeFirstOrThrow();
      expect(stored.resolved_by).toBe(manager.user.id);
      expect((await manager.client.request('GET', `/api/practices/${practice.id}`)).json().stats.openFlagCount).toBe(0);
    });

    it('hides flags of another branch’s practices from a manager', async () => {
      const otherBranch = (await createTestBranch(t.db)).id;
      const otherManager = await signInAs(t.app, t.db, 'manager', [otherBranch]);
      const practice = await createPublished(manager.client, { branchId });
      await librarian.client.request('POST', `/api/practices/${practice.id}/feedback`, { helpful: false, comment: 'Uwaga.' });
      const flags = (await otherManager.client.request('GET', '/api/practices/flags?state=all')).json();
      expect(flags.items.some((flag: { practice: { id: string } }) => flag.practice.id === practice.id)).toBe(false);
      const mine = (await manager.client.request('GET', `/api/practices/flags?practice=${practice.id}`)).json();
      const resolve = await otherManager.client.request('POST', `/api/practices/flags/${mine.items[0].id}/resolve`, {});
      expect(resolve.statusCode).toBe(404);
    });

    it('counts a view only through the explicit view call', async () => {
      const practice = await createPublished(manager.client);
      await librarian.client.request('GET', `/api/practices/${practice.id}`);
      const view = await librarian.client.request('POST', `/api/practices/${practice.slug}/view`);
      expect(view.statusCode).toBe(204);
      const row = await t.db.selectFrom('practices').select('view_count').where('id', '=', practice.id).executeTakeFirstOrThrow();
      expect(row.view_count).toBe(1);
    });
  });
}
