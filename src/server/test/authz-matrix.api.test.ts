import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLERS, createFixtures, type Fixtures, matrixContext, sessionFor } from './authz-context.ts';
import { AUTHZ_MATRIX, registeredApiRoutes } from './authz-matrix.ts';
import { buildTestApp, type TestApp } from './test-app.ts';
import { DIALECTS } from './test-db.ts';

const rows = AUTHZ_MATRIX.flatMap((row) =>
  CALLERS.map((caller) => ({
    row,
    caller,
    name: `${row.method} ${row.route}${row.scenario ? ` (${row.scenario})` : ''} as ${caller} → ${row.expect[caller]}`,
  })),
);

for (const dialect of DIALECTS) {
  describe(`authorization matrix (${dialect})`, () => {
    let t: TestApp;
    let fixtures: Fixtures;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      fixtures = await createFixtures(t.db);
    });
    afterAll(async () => t.close());

    it('covers every API route the app registers, and only those', () => {
      const registered = registeredApiRoutes(t.app).sort();
      const covered = [...new Set(AUTHZ_MATRIX.map((row) => `${row.method} ${row.route}`))].sort();
      expect(registered).toContain('GET /api/users/:id');
      expect(covered).toEqual(registered);
    });

    for (const { row, caller, name } of rows) {
      it(name, async () => {
        const session = await sessionFor(t.app, fixtures, caller);
        const request = row.prepare ? await row.prepare(matrixContext(fixtures, session.user)) : { url: row.route };
        const response = await session.send(row.method, request.url, request.body);
        expect(response.statusCode, response.body).toBe(row.expect[caller]);
        if (response.statusCode >= 400) expect(response.headers['content-type']).toContain('application/problem+json');
      });
    }
  });
}
