import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { insertTestCheckIn, insertTestIncident } from '../incidents/incident-fixtures.ts';
import { insertTestInteraction } from '../interactions/interaction-fixtures.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { runRetention } from './retention.service.ts';

const DAY = 86_400_000;

for (const dialect of DIALECTS) {
  describe(`retention (${dialect})`, () => {
    let t: TestApp;
    let admin: TestClient;
    let adminId: string;
    let authorId: string;
    let branchId: string;
    const now = new Date('2026-11-29T12:00:00.000Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY).toISOString();

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const signedIn = await signInAs(t.app, t.db, 'admin');
      admin = signedIn.client;
      adminId = signedIn.user.id;
      branchId = (await createTestBranch(t.db)).id;
      authorId = (await signInAs(t.app, t.db, 'librarian', [branchId])).user.id;
    });
    afterAll(async () => t.close());

    const noteOf = async (id: string) =>
      t.db
        .selectFrom('interactions')
        .select(['note', 'note_erased_at', 'channel', 'effort'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();

    it('erases notes of contacts older than 90 days by default and keeps the rows and their categories', async () => {
      const old = await insertTestInteraction(t.db, {
        authorId,
        branchId,
        occurredAt: daysAgo(91),
        note: 'Stara notatka',
        channel: 'phone',
        effort: 5,
      });
      const recent = await insertTestInteraction(t.db, { authorId, branchId, occurredAt: daysAgo(89), note: 'Świeża notatka' });
      const noNote = await insertTestInteraction(t.db, { authorId, branchId, occurredAt: daysAgo(200) });
      const run = await runRetention(t.db, now);
      expect(run).toMatchObject({ at: now.toISOString(), cutoff: daysAgo(90), erased: { interactionNotes: 1 } });
      expect(await noteOf(old)).toEqual({ note: null, note_erased_at: expect.any(String), channel: 'phone', effort: 5 });
      expect(new Date((await noteOf(old)).note_erased_at ?? '').toISOString()).toBe(now.toISOString());
      expect((await noteOf(recent)).note).toBe('Świeża notatka');
      expect((await noteOf(noNote)).note_erased_at).toBeNull();
      const needs = await t.db.selectFrom('interaction_needs').select('need').where('interaction_id', '=', old).execute();
      expect(needs).toHaveLength(1);
      expect((await runRetention(t.db, now)).erased.interactionNotes).toBe(0);
    });

    it('erases the free text of difficult situations, check-ins and stored search queries through their features', async () => {
      const oldIncident = await insertTestIncident(t.db, { authorId, branchId, at: daysAgo(120) });
      const newIncident = await insertTestIncident(t.db, { authorId, branchId, at: daysAgo(10) });
      const oldCheckIn = await insertTestCheckIn(t.db, { authorId, at: daysAgo(120) });
      const query = (id: string, at: string) => ({
        id,
        query: 'zgubiona karta',
        normalized: 'karta zgubić',
        redacted: 0,
        result_count: 0,
        branch_id: branchId,
        created_at: at,
        opened_at: null,
        opened_practice_id: null,
      });
      const [oldQuery, newQuery] = [uuidv7(), uuidv7()];
      await t.db
        .insertInto('search_queries')
        .values([query(oldQuery, daysAgo(95)), query(newQuery, daysAgo(5))])
        .execute();
      const run = await runRetention(t.db, now);
      expect(run.erased).toMatchObject({ incidentNotes: 1, checkInNotes: 1, searchQueries: 1 });
      const incidents = await t.db
        .selectFrom('incidents')
        .select(['id', 'what_happened', 'what_helped'])
        .where('id', 'in', [oldIncident.id, newIncident.id])
        .execute();
      expect(incidents.find((row) => row.id === oldIncident.id)).toMatchObject({ what_happened: null, what_helped: null });
      expect(incidents.find((row) => row.id === newIncident.id)?.what_happened).not.toBeNull();
      const checkIn = await t.db
        .selectFrom('incident_check_ins')
        .select(['relief_other', 'tension'])
        .where('id', '=', oldCheckIn.id)
        .executeTakeFirstOrThrow();
      expect(checkIn).toEqual({ relief_other: null, tension: 4 });
      const queries = await t.db.selectFrom('search_queries').select('id').where('id', 'in', [oldQuery, newQuery]).execute();
      expect(queries.map((row) => row.id)).toEqual([newQuery]);
    });

    it('shows an erased note as erased in the list', async () => {
      const { client, user } = await signInAs(t.app, t.db, 'librarian', [branchId]);
      const id = await insertTestInteraction(t.db, { authorId: user.id, branchId, occurredAt: daysAgo(100), note: 'Do usunięcia' });
      await runRetention(t.db, now);
      const item = (await client.request('GET', '/api/interactions')).json().items.find((entry: { id: string }) => entry.id === id);
      expect(item).toMatchObject({ note: null, noteErasedAt: now.toISOString() });
    });

    it('uses the period the admin sets, records the change, and reports the last run', async () => {
      const initial = await admin.request('GET', '/api/settings/retention');
      expect(initial.statusCode).toBe(200);
      expect(initial.json()).toMatchObject({
        days: 90,
        lastRun: { at: now.toISOString(), erased: { interactionNotes: expect.any(Number) } },
      });
      const saved = await admin.request('PUT', '/api/settings/retention', { days: 30 });
      expect(saved.statusCode).toBe(200);
      expect(saved.json().days).toBe(30);
      const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'settings.retention_changed').execute();
      expect(audit).toEqual([expect.objectContaining({ actor_id: adminId })]);
      expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ from: 90, to: 30 });
      const month = await insertTestInteraction(t.db, { authorId, branchId, occurredAt: daysAgo(31), note: 'Sprzed miesiąca' });
      const run = await runRetention(t.db, now);
      expect(run.cutoff).toBe(daysAgo(30));
      expect((await noteOf(month)).note).toBeNull();
      expect((await admin.request('GET', '/api/settings/retention')).json().lastRun).toEqual(run);
    });

    it('refuses periods out of range and leaves the setting alone', async () => {
      await admin.request('PUT', '/api/settings/retention', { days: 45 });
      for (const days of [0, 3651, 1.5, '90']) {
        const response = await admin.request('PUT', '/api/settings/retention', { days });
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0].field).toBe('days');
      }
      expect((await admin.request('GET', '/api/settings/retention')).json().days).toBe(45);
      const row = await t.db.selectFrom('settings').select('value').where('key', '=', 'retention.days').executeTakeFirstOrThrow();
      expect(row.value).toBe('45');
    });

    it('lets only admins see or change the setting', async () => {
      const { client } = await signInAs(t.app, t.db, 'manager', [branchId]);
      expect((await client.request('GET', '/api/settings/retention')).statusCode).toBe(403);
      expect((await client.request('PUT', '/api/settings/retention', { days: 7 })).statusCode).toBe(403);
    });
  });
}
