import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, createPublished } from '../practices/practice-fixtures.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { cachedDocument, documentKey } from './search-document-cache.ts';
import { preloadDocuments } from './search-documents.ts';

for (const dialect of DIALECTS) {
  describe(`reading the index documents into memory (${dialect})`, () => {
    let t: TestApp;
    const titles = ['Czytelnik zostawia parasol w czytelni', 'Awantura o miejsce przy oknie', 'Szkic: zgubiona karta'];

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const branchId = (await createTestBranch(t.db)).id;
      const manager = await signInAs(t.app, t.db, 'manager', [branchId]);
      await createPublished(manager.client, { title: titles[0], branchId });
      await createPublished(manager.client, { title: titles[1], branchId });
      await createDraft(manager.client, { title: titles[2], branchId });
    });
    afterAll(async () => t.close());

    it('reads every indexed practice, drafts included, under its current revision', async () => {
      const stored = await t.db.selectFrom('search_documents').select(['practice_id', 'revision']).execute();
      expect(stored).toHaveLength(3);

      expect(await preloadDocuments(t.db)).toBe(3);

      const cached = stored.map((row) => cachedDocument(documentKey(row.practice_id, row.revision))?.title);
      expect(cached.sort()).toEqual([...titles].sort());
      const titleTokens = cachedDocument(documentKey(stored[0]?.practice_id ?? '', stored[0]?.revision ?? ''))?.postings.lengths[0];
      expect(titleTokens).toBeGreaterThan(0);
    });

    it('reads nothing once stopped', async () => {
      expect(await preloadDocuments(t.db, () => true)).toBe(0);
    });
  });
}
