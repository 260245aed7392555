import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestPractice } from '../practices/practice-fixtures.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { insertTestInteraction } from './interaction-fixtures.ts';

const WEEK = 'from=2026-07-06&to=2026-07-12';

/** Counts of the non-zero buckets, for readable expectations. */
function nonZero(buckets: { key: string | number; count: number }[]): Record<string, number> {
  return Object.fromEntries(buckets.filter((bucket) => bucket.count > 0).map((bucket) => [String(bucket.key), bucket.count]));
}

for (const dialect of DIALECTS) {
  describe(`interaction statistics and export (${dialect})`, () => {
    let t: TestApp;
    let branch: { id: string; name: string };
    let other: { id: string; name: string };
    let librarian: TestClient;
    let manager: TestClient;
    let admin: TestClient;
    let colleagueClient: TestClient;
    let practiceTitle: string;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branch = await createTestBranch(t.db, 'Filia Praga; Północ');
      other = await createTestBranch(t.db, 'Filia Ursynów');
      const me = await signInAs(t.app, t.db, 'librarian', [branch.id]);
      librarian = me.client;
      manager = (await signInAs(t.app, t.db, 'manager', [branch.id])).client;
      admin = (await signInAs(t.app, t.db, 'admin')).client;
      const colleague = await signInAs(t.app, t.db, 'librarian', [other.id]);
      colleagueClient = colleague.client;
      const practice = await insertTestPractice(t.db, { status: 'published' });
      practiceTitle = (await t.db.selectFrom('practices').select('title').where('id', '=', practice.id).executeTakeFirstOrThrow()).title;
      const mine = { authorId: me.user.id, branchId: branch.id };
      // July is summer time in Warsaw (UTC+2): 07:15Z is 09:15 at the desk.
      await insertTestInteraction(t.db, {
        ...mine,
        occurredAt: '2026-07-06T07:15:00.000Z',
        channel: 'desk',
        needs: ['loan'],
        attitude: 'friendly',
        effort: 1,
        outcome: 'resolved',
        practiceIds: [practice.id],
        note: '=SUMA(A1)',
      });
      await insertTestInteraction(t.db, {
        ...mine,
        occurredAt: '2026-07-06T07:45:00.000Z',
        channel: 'phone',
        needs: ['loan', 'fees'],
        attitude: 'neutral',
        effort: 2,
        outcome: 'referred',
        note: 'Skierowano; "pilne"',
      });
      await insertTestInteraction(t.db, {
        ...mine,
        occurredAt: '2026-07-07T12:00:00.000Z',
        channel: 'desk',
        needs: ['information'],
        attitude: 'negative',
        effort: 4,
        outcome: 'follow_up',
        practiceIds: [practice.id],
      });
      await insertTestInteraction(t.db, {
        ...mine,
        occurredAt: '2026-07-12T21:30:00.000Z',
        channel: 'email',
        needs: ['digital'],
        attitude: 'friendly',
        effort: 6,
        outcome: 'unresolved',
      });
      // Just outside the week in local time, although inside it in UTC.
      await insertTestInteraction(t.db, { ...mine, occurredAt: '2026-07-12T22:30:00.000Z' });
      await insertTestInteraction(t.db, { ...mine, occurredAt: '2026-07-05T21:59:00.000Z' });
      await insertTestInteraction(t.db, {
        authorId: colleague.user.id,
        branchId: other.id,
        occurredAt: '2026-07-08T08:00:00.000Z',
        channel: 'chat',
        needs: ['space'],
      });
      // Winter time (UTC+1): 23:30Z on Thursday is half past midnight on Friday.
      await insertTestInteraction(t.db, { ...mine, occurredAt: '2026-01-15T23:30:00.000Z' });
    });
    afterAll(async () => t.close());

    describe('GET /api/interactions/stats', () => {
      it("counts a manager's branch for a week by every category, in local hours and weekdays", async () => {
        const response = await manager.request('GET', `/api/interactions/stats?${WEEK}`);
        expect(response.statusCode).toBe(200);
        const stats = response.json();
        expect(stats).toMatchObject({
          from: '2026-07-06',
          to: '2026-07-12',
          timeZone: 'Europe/Warsaw',
          scope: 'branches',
          total: 4,
          withoutPractice: 2,
        });
        expect(nonZero(stats.byChannel)).toEqual({ desk: 2, phone: 1, email: 1 });
        expect(stats.byChannel).toHaveLength(7);
        expect(nonZero(stats.byNeed)).toEqual({ loan: 2, fees: 1, information: 1, digital: 1 });
        expect(stats.byNeed).toHaveLength(11);
        expect(nonZero(stats.byAttitude)).toEqual({ friendly: 2, neutral: 1, negative: 1 });
        expect(stats.byOutcome).toEqual([
          { key: 'resolved', count: 1 },
          { key: 'referred', count: 1 },
          { key: 'follow_up', count: 1 },
          { key: 'unresolved', count: 1 },
        ]);
        expect(stats.byEffort).toEqual([1, 2, 3, 4, 5, 6].map((key) => ({ key, count: [1, 2, 4, 6].includes(key) ? 1 : 0 })));
        expect(stats.byHour).toHaveLength(24);
        expect(nonZero(stats.byHour)).toEqual({ 9: 2, 14: 1, 23: 1 });
        expect(stats.byWeekday).toHaveLength(7);
        expect(nonZero(stats.byWeekday)).toEqual({ 1: 2, 2: 1, 7: 1 });
        expect(stats.byBranch).toEqual([{ branchId: branch.id, name: branch.name, count: 4 }]);
      });

      it('counts everything for an admin, and one branch when asked', async () => {
        const all = (await admin.request('GET', `/api/interactions/stats?${WEEK}`)).json();
        expect(all).toMatchObject({ scope: 'all', total: 5 });
        expect(all.byBranch).toEqual([
          { branchId: branch.id, name: branch.name, count: 4 },
          { branchId: other.id, name: other.name, count: 1 },
        ]);
        const one = (await admin.request('GET', `/api/interactions/stats?${WEEK}&branchId=${other.id}`)).json();
        expect(one).toMatchObject({ total: 1, byChannel: expect.arrayContaining([{ key: 'chat', count: 1 }]) });
      });

      it('counts only their own entries for a librarian, and refuses a manager another branch', async () => {
        expect((await librarian.request('GET', `/api/interactions/stats?${WEEK}`)).json()).toMatchObject({ scope: 'own', total: 4 });
        const foreign = await manager.request('GET', `/api/interactions/stats?${WEEK}&branchId=${other.id}`);
        expect(foreign.statusCode).toBe(403);
        expect(foreign.json().code).toBe('branch_not_allowed');
      });

      it('puts a winter night contact on the right local day and hour', async () => {
        const stats = (await librarian.request('GET', '/api/interactions/stats?from=2026-01-16&to=2026-01-16')).json();
        expect(stats.total).toBe(1);
        expect(nonZero(stats.byHour)).toEqual({ 0: 1 });
        expect(nonZero(stats.byWeekday)).toEqual({ 5: 1 });
      });

      it('defaults to the last 30 days and refuses periods that are reversed or longer than a year', async () => {
        const recent = (await librarian.request('GET', '/api/interactions/stats')).json();
        expect(Date.parse(recent.to) - Date.parse(recent.from)).toBe(29 * 86_400_000);
        expect(recent.total).toBe(0);
        expect((await librarian.request('GET', '/api/interactions/stats?from=2026-07-12&to=2026-07-06')).statusCode).toBe(400);
        expect((await librarian.request('GET', '/api/interactions/stats?from=2025-01-01&to=2026-07-06')).statusCode).toBe(400);
        expect((await librarian.request('GET', '/api/interactions/stats?from=2026-02-30&to=2026-03-01')).statusCode).toBe(400);
      });
    });

    describe('GET /api/interactions/export.csv', () => {
      it('exports the period as CSV with a BOM, a header row, local times, oldest first, and no notes', async () => {
        const response = await manager.request('GET', `/api/interactions/export.csv?${WEEK}`);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(response.headers['content-disposition']).toBe('attachment; filename="kontakty-2026-07-06-2026-07-12.csv"');
        expect(response.body.startsWith('\uFEFF')).toBe(true);
        const lines = response.body.slice(1).split('\r\n');
        expect(lines.at(-1)).toBe('');
        expect(lines[0]).toBe(
          'id;occurred_at_utc;date;time;weekday;branch;channel;needs;attitude;effort;outcome;practices;return_suggestions',
        );
        expect(lines).toHaveLength(6);
        expect(lines[1]?.split(';').slice(1)).toEqual([
          '2026-07-06T07:15:00.000Z',
          '2026-07-06',
          '09:15',
          '1',
          '"Filia Praga',
          ' Północ"',
          'desk',
          'loan',
          'friendly',
          '1',
          'resolved',
          practiceTitle,
          '',
        ]);
        expect(lines[2]).toContain(';"Filia Praga; Północ";phone;fees|loan;neutral;2;referred;;');
        expect(lines[4]).toContain('2026-07-12;23:30;7;');
        expect(response.body).not.toContain('SUMA');
      });

      it('adds notes only when asked, defusing formulas and quoting, and uses commas when asked', async () => {
        const response = await manager.request('GET', `/api/interactions/export.csv?${WEEK}&notes=true&delimiter=comma`);
        const lines = response.body.slice(1).split('\r\n');
        expect(lines[0]?.endsWith(',return_suggestions,note')).toBe(true);
        expect(lines[1]?.endsWith(",'=SUMA(A1)")).toBe(true);
        expect(lines[2]).toContain(',Filia Praga; Północ,phone,');
        expect(lines[2]?.endsWith(',"Skierowano; ""pilne"""')).toBe(true);
        expect(lines[4]?.endsWith(',')).toBe(true);
      });

      it("exports only what the caller may see: a librarian's own entries", async () => {
        const lines = (await colleagueClient.request('GET', `/api/interactions/export.csv?${WEEK}`)).body.split('\r\n');
        expect(lines).toHaveLength(3);
        expect(lines[1]).toContain(';Filia Ursynów;chat;space;');
      });
    });
  });
}
