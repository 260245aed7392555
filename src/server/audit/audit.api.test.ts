import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/test-db.ts';
import { anonymousClient, buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';

interface Entry {
  id: string;
  at: string;
  actorLabel: string;
  action: string;
  details: Record<string, unknown>;
}

/** Twelve past events of two archived actors, one a day from 2025-03-01 10:00 UTC, alternating actions. */
async function seedArchive(t: TestApp): Promise<void> {
  for (let day = 1; day <= 12; day++) {
    await t.db
      .insertInto('audit_log')
      .values({
        id: uuidv7(),
        at: new Date(Date.UTC(2025, 2, day, 10)).toISOString(),
        actor_id: null,
        actor_label: day % 3 === 0 ? 'Archiwum.Kierownik@biblioteka.test' : 'archiwum.bibliotekarz@biblioteka.test',
        action: day % 2 === 0 ? 'branch.updated' : 'auth.sign_in',
        target_type: null,
        target_id: null,
        ip: '10.0.0.1',
        details: JSON.stringify({ day }),
      })
      .execute();
  }
}

for (const dialect of DIALECTS) {
  describe(`GET /api/audit (${dialect})`, () => {
    let t: TestApp;
    let admin: TestClient;
    const page = async (query: string): Promise<{ total: number; items: Entry[]; status: number }> => {
      const response = await admin.request('GET', `/api/audit?${query}`);
      return { status: response.statusCode, ...response.json() };
    };
    const days = (items: Entry[]) => items.map((item) => item.details.day);

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      admin = (await signInAs(t.app, t.db, 'admin')).client;
      await seedArchive(t);
    });
    afterAll(async () => t.close());

    it('shows what just happened, newest first, with details as data', async () => {
      const created = await admin.request('POST', '/api/branches', { name: 'Filia Audytowana' });
      const result = await page('limit=2');
      expect(result.status).toBe(200);
      expect(result.items[0]).toMatchObject({
        action: 'branch.created',
        targetType: 'branch',
        targetId: created.json().id,
        details: { name: 'Filia Audytowana' },
      });
      expect(result.items[1]?.action).toBe('auth.sign_in');
      expect(Date.parse(result.items[0]?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(result.items[1]?.at ?? ''));
    });

    it('filters by action and by part of the actor, ignoring case', async () => {
      const updates = await page('action=branch.updated&actor=ARCHIWUM');
      expect(updates.total).toBe(6);
      expect(days(updates.items)).toEqual([12, 10, 8, 6, 4, 2]);
      const managers = await page('actor=archiwum.kierownik');
      expect(days(managers.items)).toEqual([12, 9, 6, 3]);
      expect(managers.items.every((item) => item.actorLabel === 'Archiwum.Kierownik@biblioteka.test')).toBe(true);
      const none = await page('action=user.created&actor=archiwum');
      expect(none).toMatchObject({ status: 200, total: 0, items: [] });
    });

    it('filters by a date range, both ends included, in any time zone offset', async () => {
      const range = await page(
        `actor=archiwum&from=${encodeURIComponent('2025-03-03T10:00:00Z')}&to=${encodeURIComponent('2025-03-05T10:00:00Z')}`,
      );
      expect(days(range.items)).toEqual([5, 4, 3]);
      const warsaw = await page(`actor=archiwum&from=${encodeURIComponent('2025-03-10T11:00:00+01:00')}`);
      expect(days(warsaw.items)).toEqual([12, 11, 10]);
      const until = await page(`actor=archiwum&to=${encodeURIComponent('2025-03-01T23:59:59.999Z')}`);
      expect(days(until.items)).toEqual([1]);
    });

    it('pages through the results with a stable total', async () => {
      const first = await page('actor=archiwum&limit=5');
      const second = await page('actor=archiwum&limit=5&offset=5');
      const third = await page('actor=archiwum&limit=5&offset=10');
      expect([first.total, second.total, third.total]).toEqual([12, 12, 12]);
      expect(days(first.items)).toEqual([12, 11, 10, 9, 8]);
      expect(days(second.items)).toEqual([7, 6, 5, 4, 3]);
      expect(days(third.items)).toEqual([2, 1]);
      const beyond = await page('actor=archiwum&offset=100');
      expect(beyond).toMatchObject({ total: 12, items: [] });
    });

    it('returns 50 entries per page unless asked otherwise', async () => {
      for (let i = 0; i < 60; i++) {
        await t.db
          .insertInto('audit_log')
          .values({
            id: uuidv7(),
            at: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
            actor_id: null,
            actor_label: 'masowy@biblioteka.test',
            action: 'auth.sign_in_failed',
            target_type: null,
            target_id: null,
            ip: '',
            details: '{}',
          })
          .execute();
      }
      const result = await page('actor=masowy');
      expect(result.total).toBe(60);
      expect(result.items).toHaveLength(50);
    });

    it.each([
      ['from=yesterday', 'querystring.from'],
      ['to=2025-03-01', 'querystring.to'],
      ['limit=0', 'querystring.limit'],
      ['limit=201', 'querystring.limit'],
      ['offset=-1', 'querystring.offset'],
      ['limit=ten', 'querystring.limit'],
      ['user=admin', 'querystring.user'],
      [`action=${'x'.repeat(61)}`, 'querystring.action'],
    ])('refuses %s with a field error', async (query, field) => {
      const response = await admin.request('GET', `/api/audit?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });

    it('is for admins only', async () => {
      for (const role of ['manager', 'librarian'] as const) {
        const branch = await createTestBranch(t.db);
        const { client } = await signInAs(t.app, t.db, role, [branch.id]);
        const response = await client.request('GET', '/api/audit');
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('forbidden');
      }
      expect((await anonymousClient(t.app).request('GET', '/api/audit')).statusCode).toBe(401);
    });
  });
}
