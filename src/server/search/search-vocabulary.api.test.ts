import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse, SearchVocabulary } from '../../shared/search.schema.ts';
import { createPublished } from '../practices/practice-fixtures.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { readStarterSynonyms } from './analyzer/index.ts';

for (const dialect of DIALECTS) {
  describe(`GET and PUT /api/search/vocabulary (${dialect})`, () => {
    let t: TestApp;
    let manager: TestClient;
    let librarian: TestClient;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const branchId = (await createTestBranch(t.db)).id;
      manager = (await signInAs(t.app, t.db, 'manager', [branchId])).client;
      librarian = (await signInAs(t.app, t.db, 'librarian', [branchId])).client;
    });
    afterAll(async () => t.close());

    async function search(q: string): Promise<string[]> {
      const response = await librarian.request('GET', `/api/search?q=${encodeURIComponent(q)}`);
      expect(response.statusCode).toBe(200);
      return (response.json() as SearchResponse).results.map((result) => result.slug);
    }

    it('starts with the starter lists, not yet edited', async () => {
      const response = await manager.request('GET', '/api/search/vocabulary');
      expect(response.statusCode).toBe(200);
      const body: SearchVocabulary = response.json();
      expect(body.synonyms).toBe(readStarterSynonyms());
      expect(body.domainWords).toContain('Legimi');
      expect(body.updatedAt).toBeNull();
    });

    it('applies a new synonym group to the next search without a restart', async () => {
      const practice = await createPublished(manager, { title: 'Czytelnik przynosi hulajnogę do czytelni' });
      expect(await search('skuter')).not.toContain(practice.slug);
      const current: SearchVocabulary = (await manager.request('GET', '/api/search/vocabulary')).json();
      const saved = await manager.request('PUT', '/api/search/vocabulary', {
        synonyms: `${current.synonyms}\nhulajnoga, skuter\n`,
        domainWords: current.domainWords,
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ synonyms: expect.stringContaining('hulajnoga, skuter') });
      expect(saved.json().updatedAt).not.toBeNull();
      expect(await search('skutery')).toEqual([practice.slug]);
      const stored = await t.db.selectFrom('settings').select('value').where('key', '=', 'search.synonyms').executeTakeFirstOrThrow();
      expect(stored.value).toContain('hulajnoga, skuter');
    });

    it('re-indexes when the domain words change, so a new word is kept whole', async () => {
      const practice = await createPublished(manager, { title: 'Czytelnik pyta o Bookcrossingi w filii' });
      const current: SearchVocabulary = (await manager.request('GET', '/api/search/vocabulary')).json();
      const before = await t.db.selectFrom('search_state').select('index_key').executeTakeFirstOrThrow();
      const saved = await manager.request('PUT', '/api/search/vocabulary', {
        synonyms: current.synonyms,
        domainWords: `${current.domainWords}\nbookcrossing\n`,
      });
      expect(saved.statusCode).toBe(200);
      const after = await t.db.selectFrom('search_state').select('index_key').executeTakeFirstOrThrow();
      expect(after.index_key).not.toBe(before.index_key);
      const document = await t.db
        .selectFrom('search_documents')
        .select('title_tokens')
        .where('practice_id', '=', practice.id)
        .executeTakeFirstOrThrow();
      expect(document.title_tokens.split(' ')).toContain('bookcrossing');
      expect(await search('bookcrossing')).toEqual([practice.slug]);
      if (dialect === 'postgres') {
        const { rows } = await sql<{ pages: number; visible: number }>`
          select relpages as pages, relallvisible as visible from pg_class where oid = 'search_documents'::regclass`.execute(t.db);
        expect(rows[0]?.visible).toBe(rows[0]?.pages);
      }
    });

    it('reports each bad line by its number and saves nothing', async () => {
      const before = await t.db.selectFrom('search_state').select('vocabulary_stamp').executeTakeFirstOrThrow();
      const response = await manager.request('PUT', '/api/search/vocabulary', {
        synonyms: '# komentarz\nkara, opłata\ntylko jedno\n\nw, na\n',
        domainWords: 'Legimi\ndwa słowa\n# komentarz\nok-słowo\n',
      });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.code).toBe('validation_failed');
      expect(body.errors.map((error: { field: string; code: string }) => [error.field, error.code])).toEqual([
        ['synonyms.3', 'synonym_group_too_small'],
        ['synonyms.5', 'synonym_member_empty'],
        ['domainWords.2', 'domain_word_invalid'],
      ]);
      expect(body.errors[0].message).toMatch(/^Wiersz 3: /u);
      const after = await t.db.selectFrom('search_state').select('vocabulary_stamp').executeTakeFirstOrThrow();
      expect(after.vocabulary_stamp).toBe(before.vocabulary_stamp);
    });

    it('lets only managers and administrators read or change the lists', async () => {
      expect((await librarian.request('GET', '/api/search/vocabulary')).statusCode).toBe(403);
      expect((await librarian.request('PUT', '/api/search/vocabulary', { synonyms: '', domainWords: '' })).statusCode).toBe(403);
    });
  });
}
