import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../test/test-db.ts';

if (DIALECTS.includes('postgres')) {
  describe('statements on PostgreSQL', () => {
    let test: TestDatabase;

    beforeAll(async () => {
      test = await createTestDatabase('postgres', { migrate: false });
    });
    afterAll(async () => test.drop());

    it('runs a statement marked as prepared again with other values, on every connection of the pool', async () => {
      const square = (n: number) =>
        sql<{ square: number }>`/* prepared:test_square */ select ${n}::int * ${n}::int as square`.execute(test.db);
      const answers = await Promise.all([2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(square));
      expect(answers.map((result) => result.rows[0]?.square)).toEqual([4, 9, 16, 25, 36, 49, 64, 81, 100, 121]);
      const prepared = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(test.db);
      expect(prepared.rows.map((row) => row.name)).toContain('test_square');
    });

    it('rejects with the database error, and the connection serves the next statement', async () => {
      const failing = sql`select 1 / ${0}::int as quotient`.execute(test.db);
      const error = await failing.then(
        () => undefined,
        (reason: unknown) => reason as Error & { code?: string },
      );
      expect(error?.code).toBe('22012');
      expect(error?.message).toMatch(/division by zero/u);
      const after = await sql<{ one: number }>`select 1 as one`.execute(test.db);
      expect(after.rows).toEqual([{ one: 1 }]);
    });
  });
}
