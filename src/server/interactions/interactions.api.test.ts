import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestPractice } from '../practices/practice-fixtures.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { contactInput, insertTestInteraction } from './interaction-fixtures.ts';
import { insertContactOnce } from './interactions.repository.ts';

const HOUR = 3_600_000;

/** A row as the service builds it, for calling the repository directly. */
function rowFor(input: ReturnType<typeof contactInput>, authorId: string) {
  const now = new Date().toISOString();
  return {
    id: uuidv7(),
    client_id: input.clientId,
    author_id: authorId,
    branch_id: input.branchId,
    channel: input.channel,
    attitude: input.attitude,
    effort: input.effort,
    outcome: input.outcome,
    return_suggestions: '[]',
    note: null,
    note_erased_at: null,
    occurred_at: now,
    created_at: now,
    updated_at: now,
  };
}

function rowsOf(t: TestApp, authorId: string) {
  return t.db.selectFrom('interactions').selectAll().where('author_id', '=', authorId).execute();
}

for (const dialect of DIALECTS) {
  describe(`interactions (${dialect})`, () => {
    let t: TestApp;
    let branchId: string;
    let otherBranchId: string;
    let librarian: TestClient;
    let librarianId: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branchId = (await createTestBranch(t.db, 'Filia Mokotów')).id;
      otherBranchId = (await createTestBranch(t.db, 'Filia Wola')).id;
      const signedIn = await signInAs(t.app, t.db, 'librarian', [branchId]);
      librarian = signedIn.client;
      librarianId = signedIn.user.id;
    });
    afterAll(async () => t.close());

    describe('POST /api/interactions', () => {
      it('logs a contact with needs, practices and return suggestions', async () => {
        const practice = await insertTestPractice(t.db, { status: 'published' });
        const { title } = await t.db.selectFrom('practices').select('title').where('id', '=', practice.id).executeTakeFirstOrThrow();
        const input = contactInput(branchId, {
          channel: 'phone',
          needs: ['loan', 'fees'],
          attitude: 'uncertain',
          effort: 3,
          outcome: 'follow_up',
          practiceIds: [practice.id],
          returnSuggestions: ['events', 'newsletter'],
          note: '  Oddzwonić po sprawdzeniu kary.  ',
        });
        const response = await librarian.request('POST', '/api/interactions', input);
        expect(response.statusCode).toBe(201);
        const body = response.json();
        expect(body).toMatchObject({
          clientId: input.clientId,
          author: { id: librarianId },
          branch: { id: branchId, name: 'Filia Mokotów' },
          channel: 'phone',
          needs: ['fees', 'loan'],
          attitude: 'uncertain',
          effort: 3,
          outcome: 'follow_up',
          practices: [{ id: practice.id, title }],
          returnSuggestions: ['events', 'newsletter'],
          note: 'Oddzwonić po sprawdzeniu kary.',
          noteErasedAt: null,
        });
        expect(Date.parse(body.editableUntil) - Date.parse(body.createdAt)).toBe(24 * HOUR);
        expect(Math.abs(Date.parse(body.occurredAt) - Date.now())).toBeLessThan(60_000);
        const needs = await t.db
          .selectFrom('interaction_needs')
          .select('need')
          .where('interaction_id', '=', body.id)
          .orderBy('need')
          .execute();
        expect(needs.map((row) => row.need)).toEqual(['fees', 'loan']);
        const practices = await t.db.selectFrom('interaction_practices').selectAll().where('interaction_id', '=', body.id).execute();
        expect(practices).toEqual([{ interaction_id: body.id, practice_id: practice.id }]);
      });

      it('answers a retry with the same client id with 200 and the stored entry, never a duplicate', async () => {
        const input = contactInput(branchId, { note: 'Pierwsza wersja' });
        const first = await librarian.request('POST', '/api/interactions', input);
        expect(first.statusCode).toBe(201);
        const retry = await librarian.request('POST', '/api/interactions', { ...input, note: 'Inna treść', outcome: 'unresolved' });
        expect(retry.statusCode).toBe(200);
        expect(retry.json()).toEqual(first.json());
        const stored = await t.db.selectFrom('interactions').selectAll().where('client_id', '=', input.clientId).execute();
        expect(stored).toHaveLength(1);
        expect(stored[0]?.note).toBe('Pierwsza wersja');
      });

      it('stores one entry when the same client id arrives many times at once', async () => {
        const input = contactInput(branchId, { needs: ['information', 'digital'] });
        const responses = await Promise.all(Array.from({ length: 8 }, () => librarian.request('POST', '/api/interactions', input)));
        const statuses = responses.map((response) => response.statusCode).sort();
        expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
        const ids = new Set(responses.map((response) => response.json().id));
        expect(ids.size).toBe(1);
        const stored = await t.db.selectFrom('interactions').select('id').where('client_id', '=', input.clientId).execute();
        expect(stored).toHaveLength(1);
        const needs = await t.db
          .selectFrom('interaction_needs')
          .select('need')
          .where('interaction_id', '=', [...ids][0] ?? '')
          .execute();
        expect(needs).toHaveLength(2);
      });

      it('stores every one of many contacts logged at once, each with its needs, and answers each after it is stored', async () => {
        const inputs = Array.from({ length: 24 }, (_, i) => contactInput(branchId, { needs: i % 2 ? ['loan', 'fees'] : ['events'] }));
        const responses = await Promise.all(inputs.map((input) => librarian.request('POST', '/api/interactions', input)));
        expect(responses.map((response) => response.statusCode)).toEqual(inputs.map(() => 201));
        const ids = responses.map((response) => response.json().id as string);
        const stored = await t.db.selectFrom('interactions').select(['id', 'client_id']).where('id', 'in', ids).execute();
        expect(new Set(stored.map((row) => row.client_id))).toEqual(new Set(inputs.map((input) => input.clientId)));
        const needs = await t.db.selectFrom('interaction_needs').select('interaction_id').where('interaction_id', 'in', ids).execute();
        expect(needs).toHaveLength(36);
      });

      it('stores a contact once when its client id comes several times in one group', async () => {
        const input = contactInput(branchId, { needs: ['loan', 'fees'] });
        const attempts = [0, 1, 2, 3, 4].map(() => rowFor(input, librarianId));
        const inserted = await Promise.all(attempts.map((row) => insertContactOnce(t.db, row, input.needs, [])));
        expect(inserted.filter(Boolean)).toHaveLength(1);
        const stored = await t.db.selectFrom('interactions').select('id').where('client_id', '=', input.clientId).execute();
        expect(stored).toHaveLength(1);
        const needs = await t.db
          .selectFrom('interaction_needs')
          .select('need')
          .where('interaction_id', '=', stored[0]?.id ?? '')
          .execute();
        expect(needs).toHaveLength(2);
      });

      it('keeps the other contacts arriving together when one of them cannot be stored', async () => {
        const good = [0, 1, 2, 3].map(() => contactInput(branchId));
        const bad = contactInput(branchId);
        // a practice deleted between the check and the insert: the database refuses the contact
        const outcomes = await Promise.allSettled([
          ...good.slice(0, 2).map((input) => insertContactOnce(t.db, rowFor(input, librarianId), input.needs, [])),
          insertContactOnce(t.db, rowFor(bad, librarianId), bad.needs, [uuidv7()]),
          ...good.slice(2).map((input) => insertContactOnce(t.db, rowFor(input, librarianId), input.needs, [])),
        ]);
        expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
        const stored = await t.db
          .selectFrom('interactions')
          .select('client_id')
          .where(
            'client_id',
            'in',
            [...good, bad].map((input) => input.clientId),
          )
          .execute();
        expect(new Set(stored.map((entry) => entry.client_id))).toEqual(new Set(good.map((input) => input.clientId)));
      });

      it('keeps client ids apart per author: another person may use the same one', async () => {
        const input = contactInput(branchId);
        const { client } = await signInAs(t.app, t.db, 'librarian', [branchId]);
        expect((await librarian.request('POST', '/api/interactions', input)).statusCode).toBe(201);
        expect((await client.request('POST', '/api/interactions', input)).statusCode).toBe(201);
        const stored = await t.db.selectFrom('interactions').select('id').where('client_id', '=', input.clientId).execute();
        expect(stored).toHaveLength(2);
      });

      it.each([
        ['a PESEL', 'Czytelnik podał PESEL 44051401359', ['pesel']],
        ['an e-mail address', 'odpisać na jan.kowalski@example.com', ['email']],
        ['a card number', 'karta nr 29000012345678 zablokowana', ['card_number']],
        ['both a PESEL and an e-mail', '44051401359 / jan [at] wp [dot] pl', ['pesel', 'email']],
      ])('refuses a note with %s and stores nothing', async (_label, note, kinds) => {
        const before = (await rowsOf(t, librarianId)).length;
        const response = await librarian.request('POST', '/api/interactions', contactInput(branchId, { note }));
        expect(response.statusCode).toBe(400);
        const body = response.json();
        expect(body).toMatchObject({ code: 'personal_data_in_text', kinds, errors: [{ field: 'note', code: 'personal_data_in_text' }] });
        expect(await rowsOf(t, librarianId)).toHaveLength(before);
      });

      it('accepts a phone number in a note (an institution to refer to), which the browser only warns about', async () => {
        const response = await librarian.request(
          'POST',
          '/api/interactions',
          contactInput(branchId, { note: 'Skierowano do OPS, tel. 22 123 45 67' }),
        );
        expect(response.statusCode).toBe(201);
        expect(response.json().note).toBe('Skierowano do OPS, tel. 22 123 45 67');
      });

      it('refuses a time in the future or older than 7 days, and accepts one from yesterday', async () => {
        const before = (await rowsOf(t, librarianId)).length;
        for (const occurredAt of [new Date(Date.now() + HOUR).toISOString(), new Date(Date.now() - 8 * 24 * HOUR).toISOString()]) {
          const response = await librarian.request('POST', '/api/interactions', contactInput(branchId, { occurredAt }));
          expect(response.statusCode).toBe(400);
          expect(response.json()).toMatchObject({ code: 'occurred_at_out_of_range', errors: [{ field: 'occurredAt' }] });
        }
        expect(await rowsOf(t, librarianId)).toHaveLength(before);
        const yesterday = new Date(Date.now() - 24 * HOUR).toISOString();
        const ok = await librarian.request('POST', '/api/interactions', contactInput(branchId, { occurredAt: yesterday }));
        expect(ok.statusCode).toBe(201);
        expect(ok.json().occurredAt).toBe(yesterday);
      });

      it('validates the fields: no need, effort out of the READ scale, unknown values, a long note', async () => {
        const response = await librarian.request('POST', '/api/interactions', {
          ...contactInput(branchId),
          needs: [],
          effort: 7,
          outcome: 'done',
          note: 'x'.repeat(501),
          reader: 'Jan',
        });
        expect(response.statusCode).toBe(400);
        const fields = response
          .json()
          .errors.map((error: { field: string }) => error.field)
          .sort();
        expect(fields).toEqual(['effort', 'needs', 'note', 'outcome', 'reader']);
        const missing = await librarian.request('POST', '/api/interactions', { branchId });
        expect(missing.statusCode).toBe(400);
        expect(missing.json().errors.map((e: { field: string }) => e.field)).toContain('clientId');
      });

      it("refuses an unknown branch, somebody else's branch and an unknown practice", async () => {
        const before = (await rowsOf(t, librarianId)).length;
        const unknown = await librarian.request('POST', '/api/interactions', contactInput(uuidv7()));
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json()).toMatchObject({ code: 'unknown_branch', errors: [{ field: 'branchId' }] });
        const foreign = await librarian.request('POST', '/api/interactions', contactInput(otherBranchId));
        expect(foreign.statusCode).toBe(403);
        expect(foreign.json()).toMatchObject({ code: 'branch_not_allowed', errors: [{ field: 'branchId' }] });
        const practice = await librarian.request('POST', '/api/interactions', contactInput(branchId, { practiceIds: [uuidv7()] }));
        expect(practice.statusCode).toBe(400);
        expect(practice.json()).toMatchObject({ code: 'unknown_practice', errors: [{ field: 'practiceIds' }] });
        expect(await rowsOf(t, librarianId)).toHaveLength(before);
      });

      it('lets an admin log a contact in any branch', async () => {
        const { client } = await signInAs(t.app, t.db, 'admin');
        expect((await client.request('POST', '/api/interactions', contactInput(otherBranchId))).statusCode).toBe(201);
      });
    });

    describe('PATCH and DELETE /api/interactions/:id', () => {
      it('lets the author correct an entry within 24 hours', async () => {
        const created = (await librarian.request('POST', '/api/interactions', contactInput(branchId, { note: 'Na razie' }))).json();
        const response = await librarian.request('PATCH', `/api/interactions/${created.id}`, {
          outcome: 'referred',
          needs: ['social'],
          note: '',
          returnSuggestions: ['follow_up'],
        });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({
          outcome: 'referred',
          needs: ['social'],
          note: null,
          returnSuggestions: ['follow_up'],
          effort: 2,
        });
        const row = await t.db.selectFrom('interactions').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ outcome: 'referred', note: null, return_suggestions: '["follow_up"]' });
      });

      it('refuses personal data in a corrected note and changes nothing', async () => {
        const created = (await librarian.request('POST', '/api/interactions', contactInput(branchId, { note: 'Bez danych' }))).json();
        const response = await librarian.request('PATCH', `/api/interactions/${created.id}`, { note: 'mail: anna@onet.pl' });
        expect(response.statusCode).toBe(400);
        expect(response.json().code).toBe('personal_data_in_text');
        const row = await t.db.selectFrom('interactions').select('note').where('id', '=', created.id).executeTakeFirstOrThrow();
        expect(row.note).toBe('Bez danych');
      });

      it('closes the entry after 24 hours: 409 edit_window_closed for both correcting and deleting', async () => {
        const created = (await librarian.request('POST', '/api/interactions', contactInput(branchId))).json();
        const past = new Date(Date.now() - 24 * HOUR - 60_000).toISOString();
        await t.db.updateTable('interactions').set({ created_at: past }).where('id', '=', created.id).execute();
        const patch = await librarian.request('PATCH', `/api/interactions/${created.id}`, { outcome: 'unresolved' });
        expect(patch.statusCode).toBe(409);
        expect(patch.json().code).toBe('edit_window_closed');
        const del = await librarian.request('DELETE', `/api/interactions/${created.id}`);
        expect(del.statusCode).toBe(409);
        const row = await t.db.selectFrom('interactions').select('outcome').where('id', '=', created.id).executeTakeFirstOrThrow();
        expect(row.outcome).toBe('resolved');
      });

      it('deletes an own entry with its needs and practices', async () => {
        const practice = await insertTestPractice(t.db, { status: 'published' });
        const created = (
          await librarian.request('POST', '/api/interactions', contactInput(branchId, { practiceIds: [practice.id] }))
        ).json();
        const response = await librarian.request('DELETE', `/api/interactions/${created.id}`);
        expect(response.statusCode).toBe(204);
        expect(await t.db.selectFrom('interactions').select('id').where('id', '=', created.id).execute()).toEqual([]);
        expect(await t.db.selectFrom('interaction_needs').selectAll().where('interaction_id', '=', created.id).execute()).toEqual([]);
        expect(await t.db.selectFrom('interaction_practices').selectAll().where('interaction_id', '=', created.id).execute()).toEqual([]);
        expect((await librarian.request('DELETE', `/api/interactions/${created.id}`)).statusCode).toBe(404);
      });

      it("does not let a manager correct a librarian's entry they can see, nor a colleague find it", async () => {
        const id = await insertTestInteraction(t.db, { authorId: librarianId, branchId });
        const { client: manager } = await signInAs(t.app, t.db, 'manager', [branchId]);
        expect((await manager.request('PATCH', `/api/interactions/${id}`, { effort: 6 })).statusCode).toBe(403);
        const { client: colleague } = await signInAs(t.app, t.db, 'librarian', [branchId]);
        expect((await colleague.request('DELETE', `/api/interactions/${id}`)).statusCode).toBe(404);
        const row = await t.db.selectFrom('interactions').select('effort').where('id', '=', id).executeTakeFirstOrThrow();
        expect(row.effort).toBe(1);
      });
    });

    describe('GET /api/interactions', () => {
      it('shows librarians their own, managers their branches and admins everything', async () => {
        const branch = (await createTestBranch(t.db)).id;
        const elsewhere = (await createTestBranch(t.db)).id;
        const { client: me, user } = await signInAs(t.app, t.db, 'librarian', [branch]);
        const colleague = await signInAs(t.app, t.db, 'librarian', [branch]);
        const mine = await insertTestInteraction(t.db, { authorId: user.id, branchId: branch });
        const theirs = await insertTestInteraction(t.db, { authorId: colleague.user.id, branchId: branch });
        const far = await insertTestInteraction(t.db, { authorId: colleague.user.id, branchId: elsewhere });
        const { client: manager, user: managerUser } = await signInAs(t.app, t.db, 'manager', [branch]);
        const managersOwn = await insertTestInteraction(t.db, { authorId: managerUser.id, branchId: elsewhere });
        const { client: admin } = await signInAs(t.app, t.db, 'admin');
        const ids = async (client: TestClient, query = '') =>
          (await client.request('GET', `/api/interactions?limit=100${query}`)).json().items.map((item: { id: string }) => item.id);
        expect(await ids(me)).toEqual([mine]);
        expect((await ids(manager)).sort()).toEqual([mine, theirs, managersOwn].sort());
        expect(await ids(manager, '&mine=true')).toEqual([managersOwn]);
        expect(await ids(admin, `&branchId=${elsewhere}`)).toEqual(expect.arrayContaining([far, managersOwn]));
      });

      it('filters by period (library days), branch and channel, newest first, with pages', async () => {
        const branch = (await createTestBranch(t.db)).id;
        const { client, user } = await signInAs(t.app, t.db, 'librarian', [branch]);
        const at = (iso: string, channel: 'desk' | 'phone' = 'desk') =>
          insertTestInteraction(t.db, { authorId: user.id, branchId: branch, occurredAt: iso, channel });
        await at('2026-03-09T22:59:00.000Z');
        const afterMidnight = await at('2026-03-09T23:30:00.000Z');
        const morning = await at('2026-03-10T08:00:00.000Z', 'phone');
        const evening = await at('2026-03-10T22:59:59.000Z');
        await at('2026-03-10T23:00:00.000Z');
        const day = await client.request('GET', '/api/interactions?from=2026-03-10&to=2026-03-10');
        expect(day.json().items.map((item: { id: string }) => item.id)).toEqual([evening, morning, afterMidnight]);
        const phone = await client.request('GET', '/api/interactions?from=2026-03-10&to=2026-03-10&channel=phone');
        expect(phone.json()).toMatchObject({ total: 1, items: [{ id: morning }] });
        const page = await client.request('GET', '/api/interactions?limit=2&offset=2');
        expect(page.json()).toMatchObject({ total: 5, limit: 2, offset: 2, items: [{ id: morning }, { id: afterMidnight }] });
        const reversed = await client.request('GET', '/api/interactions?from=2026-03-11&to=2026-03-10');
        expect(reversed.statusCode).toBe(400);
      });
    });

    describe('GET and PUT /api/interactions/defaults', () => {
      it('starts from the first own branch at the desk, then remembers what the user sets', async () => {
        const { client, user } = await signInAs(t.app, t.db, 'librarian', [branchId]);
        expect((await client.request('GET', '/api/interactions/defaults')).json()).toEqual({ branchId, channel: 'desk' });
        const saved = await client.request('PUT', '/api/interactions/defaults', { branchId, channel: 'chat' });
        expect(saved.statusCode).toBe(200);
        expect(saved.json()).toEqual({ branchId, channel: 'chat' });
        expect((await client.request('GET', '/api/interactions/defaults')).json()).toEqual({ branchId, channel: 'chat' });
        const row = await t.db.selectFrom('user_preferences').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ branch_id: branchId, channel: 'chat' });
        const foreign = await client.request('PUT', '/api/interactions/defaults', { branchId: otherBranchId, channel: 'desk' });
        expect(foreign.statusCode).toBe(403);
        const bad = await client.request('PUT', '/api/interactions/defaults', { branchId, channel: 'pigeon' });
        expect(bad.statusCode).toBe(400);
        expect((await client.request('GET', '/api/interactions/defaults')).json()).toEqual({ branchId, channel: 'chat' });
      });
    });
  });
}
