import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchResponseSchema } from '../../shared/search.schema.ts';
import { createDatabase } from '../db/create-db.ts';
import { importStarterPractices } from '../practices/practice-seed.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test/test-db.ts';
import { runCliInProcess, temporaryDirectory } from './cli-harness.ts';

for (const dialect of DIALECTS) {
  describe(`relacja search (${dialect})`, () => {
    let test: TestDatabase;
    let env: Record<string, string>;

    beforeAll(async () => {
      if (dialect === 'postgres') {
        test = await createTestDatabase(dialect);
        env = { DATABASE_URL: test.location };
      } else {
        const dataDir = temporaryDirectory('search-cli');
        env = { DATA_DIR: dataDir };
        expect((await runCliInProcess(['migrate'], env)).code).toBe(0);
        const db = createDatabase({ kind: 'sqlite', file: `${dataDir}/relacja.db` });
        test = { db, dialect, location: dataDir, drop: () => db.destroy() };
      }
      await importStarterPractices(test.db);
    });
    afterAll(async () => test.drop());

    it('prints the results with their marked words, and the same answer as the API with --json', async () => {
      const text = await runCliInProcess(['search', 'czytelnik zgubil karte', '--limit', '2'], env);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/^1\. «Czytelnik» «zgubił» «kartę» biblioteczną {2}\(zgubiona-karta-biblioteczna, score [\d.]+\)\n/u);
      expect(text.stdout).toMatch(/\n2 of \d+ shown, \d+ ms\.\n$/u);
      const json = await runCliInProcess(['search', 'czytelnik', 'zgubil', 'karte', '--json', '--limit', '2'], env);
      const body = SearchResponseSchema.parse(JSON.parse(json.stdout));
      expect(body.results.map((result) => result.slug)[0]).toBe('zgubiona-karta-biblioteczna');
      expect(body.results).toHaveLength(2);
      expect(body.queryId).toBeNull();
      const stored = await test.db.selectFrom('search_queries').select('id').execute();
      expect(stored).toEqual([]);
    });

    it('rebuilds the index on request, and only when needed with --if-needed', async () => {
      const rebuilt = await runCliInProcess(['search', 'reindex'], env);
      expect(rebuilt.code).toBe(0);
      expect(rebuilt.stdout).toMatch(/^Search index rebuilt: \d+ practices in /u);
      const skipped = await runCliInProcess(['search', 'reindex', '--if-needed'], env);
      expect(skipped.stdout).toMatch(/^The search index is up to date \(\d+ practices\); nothing to do\.\n$/u);
    });

    it('refuses a query that is too long, with the reason on one line', async () => {
      const result = await runCliInProcess(['search', 'słowo '.repeat(300)], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^error: the query cannot be searched: /u);
    });
  });
}
