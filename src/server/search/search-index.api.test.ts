import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../shared/search.schema.ts';
import { updatePractice } from '../practices/practice-changes.ts';
import { createDraft, createPublished } from '../practices/practice-fixtures.ts';
import { findPracticeRow } from '../practices/practices.repository.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { reindexSearch } from './search-index.ts';

type Person = { user: { id: string }; client: TestClient };

for (const dialect of DIALECTS) {
  describe(`search index and visibility (${dialect})`, () => {
    let t: TestApp;
    let branchId: string;
    let author: Person;
    let colleague: Person;
    let manager: Person;
    let otherManager: Person;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branchId = (await createTestBranch(t.db)).id;
      author = await signInAs(t.app, t.db, 'librarian', [branchId]);
      colleague = await signInAs(t.app, t.db, 'librarian', [branchId]);
      manager = await signInAs(t.app, t.db, 'manager', [branchId]);
      otherManager = await signInAs(t.app, t.db, 'manager', [(await createTestBranch(t.db)).id]);
    });
    afterAll(async () => t.close());

    async function found(client: TestClient, q: string, status = 'draft,in_review,published,archived'): Promise<string[]> {
      const response = await client.request('GET', `/api/search?q=${encodeURIComponent(q)}&status=${status}&limit=50`);
      expect(response.statusCode).toBe(200);
      return (response.json() as SearchResponse).results.map((result) => result.id);
    }

    const documents = () => t.db.selectFrom('search_documents').selectAll().execute();

    it('indexes a practice in the transaction that writes it, and re-indexes an edit', async () => {
      const draft = await createDraft(author.client, { title: 'Czytelnik przynosi kanarka w klatce', branchId });
      expect(await found(author.client, 'kanarek')).toEqual([draft.id]);
      const edited = await author.client.request('PATCH', `/api/practices/${draft.id}`, {
        expectedVersion: 1,
        title: 'Czytelnik przynosi papugę w klatce',
      });
      expect(edited.statusCode).toBe(200);
      expect(await found(author.client, 'kanarek')).toEqual([]);
      expect(await found(author.client, 'papugi')).toEqual([draft.id]);
      const row = (await documents()).find((document) => document.practice_id === draft.id);
      expect(row?.title_tokens.split(' ')).toContain('papuga');
    });

    it('leaves the index unchanged when the practice update fails and rolls back', async () => {
      const practice = await createPublished(manager.client, { title: 'Czytelnik gubi parasol w szatni' });
      const before = await documents();
      const row = await findPracticeRow(t.db, practice.id);
      if (row === undefined) throw new Error('practice missing');
      const failing = t.db.transaction().execute(async (trx) => {
        const saved = await updatePractice(
          trx,
          row,
          { title: 'Czytelnik gubi rękawiczki w szatni' },
          { kind: 'edit', authorId: null, comment: '' },
        );
        expect(saved).toBeDefined();
        throw new Error('the rest of the change failed');
      });
      await expect(failing).rejects.toThrow('the rest of the change failed');
      expect(await documents()).toEqual(before);
      expect(await found(colleague.client, 'parasol')).toEqual([practice.id]);
      expect(await found(colleague.client, 'rękawiczki')).toEqual([]);
      const terms = await t.db.selectFrom('search_terms').select('token').where('token', '=', 'rekawiczka').execute();
      expect(terms).toEqual([]);
    });

    it('shows drafts only to their author and to reviewers of the branch', async () => {
      const draft = await createDraft(author.client, { title: 'Czytelnik pyta o bilety do teatru', branchId });
      expect(await found(author.client, 'bilet teatr')).toContain(draft.id);
      expect(await found(manager.client, 'bilet teatr')).toContain(draft.id);
      expect(await found(colleague.client, 'bilet teatr')).not.toContain(draft.id);
      expect(await found(otherManager.client, 'bilet teatr')).not.toContain(draft.id);
      expect(await found(author.client, 'bilet teatr', 'published')).not.toContain(draft.id);
    });

    it('removes an archived practice from a librarian’s results, keeps it for reviewers who ask for it', async () => {
      const practice = await createPublished(manager.client, { title: 'Czytelnik przychodzi z psem na smyczy' });
      expect(await found(colleague.client, 'pies', 'published')).toContain(practice.id);
      const archived = await manager.client.request('POST', `/api/practices/${practice.id}/archive`, { expectedVersion: practice.version });
      expect(archived.statusCode).toBe(200);
      expect(await found(colleague.client, 'pies')).not.toContain(practice.id);
      expect(await found(colleague.client, 'pies', 'published')).not.toContain(practice.id);
      expect(await found(manager.client, 'pies', 'archived')).toContain(practice.id);
      expect(await found(manager.client, 'pies', 'published')).not.toContain(practice.id);
    });

    it('finds a practice written in English by English word forms', async () => {
      const practice = await createPublished(manager.client, {
        title: 'A reader returns damaged books',
        language: 'en',
        summary: 'Thank them, check the damage, explain the replacement rules.',
      });
      expect(await found(colleague.client, 'returning damaged book', 'published')).toContain(practice.id);
    });

    it('rebuilds the index when the analyzer version it was built with differs, and only then', async () => {
      const practice = await createPublished(manager.client, { title: 'Czytelnik zostawia rower w holu' });
      await t.db.updateTable('search_state').set({ index_key: '0:stale' }).where('id', '=', 1).execute();
      await t.db.deleteFrom('search_terms').where('token', '=', 'rower').execute();
      const first = await reindexSearch(t.db, false);
      expect(first).toMatchObject({ rebuilt: true });
      const practices = await t.db
        .selectFrom('practices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(first.documents).toBe(Number(practices.n));
      expect((await documents()).length).toBe(Number(practices.n));
      const state = await t.db.selectFrom('search_state').selectAll().executeTakeFirstOrThrow();
      expect(state.index_key).not.toBe('0:stale');
      expect(Number(state.doc_count)).toBe(Number(practices.n));
      const term = await t.db.selectFrom('search_terms').select('df').where('token', '=', 'rower').executeTakeFirstOrThrow();
      expect(Number(term.df)).toBe(1);
      expect(await found(colleague.client, 'rowerem', 'published')).toEqual([practice.id]);
      expect(await reindexSearch(t.db, false)).toMatchObject({ rebuilt: false });
    });

    if (dialect === 'postgres') {
      it('vacuums the rebuilt index, so searches find its rows marked visible to all', async () => {
        await createPublished(manager.client, { title: 'Czytelnik pyta o szafki na plecaki' });
        await reindexSearch(t.db, true);
        const { rows } = await sql<{ pages: number; visible: number }>`
          select relpages as pages, relallvisible as visible from pg_class where oid = 'search_documents'::regclass`.execute(t.db);
        expect(rows[0]?.pages).toBeGreaterThan(0);
        expect(rows[0]?.visible).toBe(rows[0]?.pages);
      });
    }
  });
}
