import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { insertTestIncident } from './incident-fixtures.ts';
import { eraseIncidentNotesBefore } from './incidents.service.ts';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

async function tableCounts(t: TestApp) {
  const count = async (table: 'incidents' | 'incident_check_ins' | 'talk_requests') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { incidents: await count('incidents'), checkIns: await count('incident_check_ins'), talks: await count('talk_requests') };
}

interface Person {
  id: string;
  client: TestClient;
}

for (const dialect of DIALECTS) {
  describe(`difficult situations (${dialect})`, () => {
    let t: TestApp;
    let branchA: { id: string; name: string };
    let branchB: { id: string; name: string };
    let author: Person;
    let colleague: Person;
    let managerA: Person;
    let managerB: Person;
    let admin: Person;
    const person = async (role: 'admin' | 'manager' | 'librarian', branchIds: string[] = []): Promise<Person> => {
      const { user, client } = await signInAs(t.app, t.db, role, branchIds);
      return { id: user.id, client };
    };
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branchA = await createTestBranch(t.db, 'Filia Rembertów');
      branchB = await createTestBranch(t.db, 'Filia Wesoła');
      author = await person('librarian', [branchA.id]);
      colleague = await person('librarian', [branchA.id]);
      managerA = await person('manager', [branchA.id]);
      managerB = await person('manager', [branchB.id]);
      admin = await person('admin');
    });
    afterAll(async () => t.close());

    describe('POST /api/incidents', () => {
      it('stores the note with the private check-in and a request to talk, in the author’s branch', async () => {
        const response = await author.client.request('POST', '/api/incidents', {
          occurredAt: daysAgo(0.01),
          whatHappened: 'Czytelnik krzyczał przy ladzie o karę za przetrzymanie.',
          whatHelped: 'Spokojny ton, kolega obok.',
          checkIn: { tension: 4, reliefs: ['walk', 'talk_colleague', 'other'], reliefOther: 'Herbata', wantsTalk: true },
        });
        expect(response.statusCode).toBe(201);
        const { incident, warnings } = response.json();
        expect(warnings).toEqual([]);
        expect(incident).toMatchObject({
          branchId: branchA.id,
          branchName: 'Filia Rembertów',
          whatHappened: 'Czytelnik krzyczał przy ladzie o karę za przetrzymanie.',
          notesErased: false,
          checkIn: { tension: 4, reliefs: ['walk', 'talk_colleague', 'other'], reliefOther: 'Herbata', wantsTalk: true },
        });
        expect(incident.checkIn.talkRequest).toMatchObject({ branchId: branchA.id, doneAt: null });
        const row = await t.db.selectFrom('incidents').selectAll().where('id', '=', incident.id).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ author_id: author.id, branch_id: branchA.id, what_helped: 'Spokojny ton, kolega obok.' });
        const checkIn = await t.db
          .selectFrom('incident_check_ins')
          .selectAll()
          .where('incident_id', '=', incident.id)
          .executeTakeFirstOrThrow();
        expect(checkIn).toMatchObject({ author_id: author.id, tension: 4, wants_talk: 1 });
        const talk = await t.db.selectFrom('talk_requests').selectAll().where('check_in_id', '=', checkIn.id).executeTakeFirstOrThrow();
        expect(talk).toMatchObject({ requester_id: author.id, branch_id: branchA.id, done_at: null });
      });

      it.each([
        ['a PESEL in what happened', { whatHappened: 'Pan o numerze PESEL 44051401359 krzyczał.' }, 'whatHappened'],
        ['an e-mail address in what helped', { whatHelped: 'Odpisałam na anna.nowak@example.org' }, 'whatHelped'],
        [
          'an e-mail address in the check-in',
          { checkIn: { tension: 2, reliefOther: 'napisać do jan(at)example.org' } },
          'checkIn.reliefOther',
        ],
      ])('refuses %s with 400 personal_data_in_text and stores nothing', async (_, body, field) => {
        const before = await tableCounts(t);
        const response = await author.client.request('POST', '/api/incidents', body);
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ code: 'personal_data_in_text', errors: [{ field, code: 'personal_data_in_text' }] });
        expect(await tableCounts(t)).toEqual(before);
      });

      it('stores a note with a phone number but warns about it', async () => {
        const response = await author.client.request('POST', '/api/incidents', {
          whatHappened: 'Podał numer 601 234 567 do oddzwonienia.',
        });
        expect(response.statusCode).toBe(201);
        expect(response.json().warnings).toEqual([{ field: 'whatHappened', kinds: ['phone'] }]);
      });

      it('has no field for the reader’s identity and refuses long notes, future dates and foreign branches', async () => {
        const before = await tableCounts(t);
        const named = await author.client.request('POST', '/api/incidents', { whatHappened: 'x', readerName: 'Jan Kowalski' });
        expect(named.statusCode).toBe(400);
        expect(named.json().errors).toEqual([expect.objectContaining({ field: 'readerName', code: 'unrecognized_keys' })]);
        const long = await author.client.request('POST', '/api/incidents', { whatHappened: 'a'.repeat(2001) });
        expect(long.json().errors).toEqual([expect.objectContaining({ field: 'whatHappened', code: 'string_too_long' })]);
        const future = await author.client.request('POST', '/api/incidents', { occurredAt: new Date(Date.now() + DAY_MS).toISOString() });
        expect(future.json()).toMatchObject({ code: 'date_in_future', errors: [{ field: 'occurredAt' }] });
        expect((await author.client.request('POST', '/api/incidents', { branchId: branchB.id })).statusCode).toBe(403);
        const tense = await author.client.request('POST', '/api/incidents', { checkIn: { tension: 6 } });
        expect(tense.statusCode).toBe(400);
        expect(await tableCounts(t)).toEqual(before);
      });
    });

    describe('PATCH /api/incidents/:id', () => {
      const noteRow = (id: string) => t.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

      it('lets the author correct the note for 24 hours, checked for personal data like a new one', async () => {
        const created = (await author.client.request('POST', '/api/incidents', { whatHappened: 'Czytelnik krzyczał.' })).json().incident;
        expect(Date.parse(created.editableUntil) - Date.parse(created.createdAt)).toBe(DAY_MS);
        const corrected = await author.client.request('PATCH', `/api/incidents/${created.id}`, {
          whatHappened: '  Czytelnik krzyczał przy ladzie o karę.  ',
          whatHelped: 'Zaproponowałam rozmowę przy stoliku obok.',
        });
        expect(corrected.statusCode).toBe(200);
        expect(corrected.json()).toMatchObject({
          incident: { whatHappened: 'Czytelnik krzyczał przy ladzie o karę.', whatHelped: 'Zaproponowałam rozmowę przy stoliku obok.' },
          warnings: [],
        });
        expect(await noteRow(created.id)).toMatchObject({ what_happened: 'Czytelnik krzyczał przy ladzie o karę.' });

        const email = await author.client.request('PATCH', `/api/incidents/${created.id}`, { whatHelped: 'Napisał z jan@example.org' });
        expect(email.json()).toMatchObject({ code: 'personal_data_in_text', errors: [{ field: 'whatHelped' }] });
        expect(await noteRow(created.id)).toMatchObject({ what_helped: 'Zaproponowałam rozmowę przy stoliku obok.' });
        const future = await author.client.request('PATCH', `/api/incidents/${created.id}`, {
          occurredAt: new Date(Date.now() + DAY_MS).toISOString(),
        });
        expect(future.json().code).toBe('date_in_future');
        const wrongType = await author.client.request('PATCH', `/api/incidents/${created.id}`, { whatHelped: 5, readerName: 'Jan' });
        expect(wrongType.statusCode).toBe(400);
        expect(
          wrongType
            .json()
            .errors.map((error: { field: string }) => error.field)
            .sort(),
        ).toEqual(['readerName', 'whatHelped']);
        const tooLong = await author.client.request('PATCH', `/api/incidents/${created.id}`, { whatHappened: 'a'.repeat(2001) });
        expect(tooLong.json().errors).toEqual([expect.objectContaining({ field: 'whatHappened', code: 'string_too_long' })]);
        expect(await noteRow(created.id)).toMatchObject({ what_helped: 'Zaproponowałam rozmowę przy stoliku obok.' });
        expect((await colleague.client.request('PATCH', `/api/incidents/${created.id}`, { whatHelped: 'x' })).statusCode).toBe(404);
      });

      it('keeps a note final after 24 hours and once its text was erased', async () => {
        const old = await insertTestIncident(t.db, {
          authorId: author.id,
          branchId: branchA.id,
          at: new Date(Date.now() - DAY_MS - 60_000).toISOString(),
        });
        const late = await author.client.request('PATCH', `/api/incidents/${old.id}`, { whatHelped: 'Po czasie' });
        expect(late.statusCode).toBe(409);
        expect(late.json().code).toBe('edit_window_closed');
        expect((await noteRow(old.id)).what_helped).toBe('Spokojny ton i druga osoba obok.');
        const mine = (await author.client.request('GET', '/api/incidents/mine')).json();
        expect(mine.incidents.find((incident: { id: string }) => incident.id === old.id).editableUntil).toBeNull();

        const erased = await insertTestIncident(t.db, { authorId: author.id, branchId: branchA.id });
        await t.db
          .updateTable('incidents')
          .set({ what_happened: null, what_helped: null, notes_erased_at: new Date().toISOString() })
          .where('id', '=', erased.id)
          .execute();
        expect((await author.client.request('PATCH', `/api/incidents/${erased.id}`, { whatHelped: 'Od nowa' })).json().code).toBe(
          'edit_window_closed',
        );
        expect((await noteRow(erased.id)).what_helped).toBeNull();
      });
    });

    describe('privacy of notes and check-ins', () => {
      it('lets only the author read an incident note and a check-in, administrators included', async () => {
        const created = await author.client.request('POST', '/api/incidents', {
          whatHappened: 'Prywatna notatka',
          checkIn: { tension: 5 },
        });
        const incident = created.json().incident;
        const own = await author.client.request('GET', `/api/incidents/${incident.id}`);
        expect(own.json()).toMatchObject({ whatHappened: 'Prywatna notatka', checkIn: { tension: 5 } });
        const ownCheckIn = await author.client.request('GET', `/api/check-ins/${incident.checkIn.id}`);
        expect(ownCheckIn.json()).toMatchObject({ tension: 5, incidentId: incident.id });
        for (const reader of [colleague, managerA, admin]) {
          const note = await reader.client.request('GET', `/api/incidents/${incident.id}`);
          expect(note.statusCode).toBe(404);
          expect(note.body).not.toContain('Prywatna');
          const checkIn = await reader.client.request('GET', `/api/check-ins/${incident.checkIn.id}`);
          expect(checkIn.statusCode).toBe(404);
          expect(checkIn.body).not.toContain('tension');
        }
      });

      it('lists my own notes and check-ins only', async () => {
        const standalone = await colleague.client.request('POST', '/api/check-ins', { tension: 2, reliefs: ['breathing'] });
        expect(standalone.statusCode).toBe(201);
        expect(standalone.json().checkIn).toMatchObject({ tension: 2, incidentId: null, talkRequest: null });
        const mine = (await colleague.client.request('GET', '/api/incidents/mine')).json();
        expect(mine.incidents).toEqual([]);
        expect(mine.checkIns.map((c: { id: string }) => c.id)).toEqual([standalone.json().checkIn.id]);
        const authors = (await author.client.request('GET', '/api/incidents/mine')).json();
        expect(authors.incidents.length).toBeGreaterThanOrEqual(3);
        expect(authors.checkIns).toEqual([]);
      });
    });

    describe('what managers see', () => {
      it('gives managers counts per branch of their own branches, never notes or tension', async () => {
        await insertTestIncident(t.db, { authorId: colleague.id, branchId: branchA.id, at: daysAgo(40) });
        await insertTestIncident(t.db, { authorId: managerB.id, branchId: branchB.id });
        const response = await managerA.client.request('GET', '/api/incidents/counts');
        expect(response.statusCode).toBe(200);
        const body = response.json();
        const recent = Number(
          (
            await t.db
              .selectFrom('incidents')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('branch_id', '=', branchA.id)
              .where('occurred_at', '>=', daysAgo(30))
              .executeTakeFirstOrThrow()
          ).n,
        );
        expect(body.branches).toEqual([
          { branchId: branchA.id, branchName: 'Filia Rembertów', incidents: recent, alerts: 0, talkRequests: 1 },
        ]);
        expect(JSON.stringify(body)).not.toMatch(/tension|whatHappened|Prywatna/);
        const longer = await managerA.client.request('GET', `/api/incidents/counts?from=${daysAgo(45).slice(0, 10)}`);
        expect(longer.json().branches[0].incidents).toBe(recent + 1);
        const all = await admin.client.request('GET', '/api/incidents/counts');
        expect(all.json().branches.map((b: { branchId: string }) => b.branchId)).toEqual(expect.arrayContaining([branchA.id, branchB.id]));
        expect((await author.client.request('GET', '/api/incidents/counts')).statusCode).toBe(403);
        expect((await managerA.client.request('GET', '/api/incidents/counts?from=2026-02-30')).statusCode).toBe(400);
      });

      it('shows a request to talk to the managers of that branch only: who asked and when', async () => {
        const list = await managerA.client.request('GET', '/api/talk-requests');
        expect(list.statusCode).toBe(200);
        const [request] = list.json().items;
        expect(list.json().total).toBe(1);
        expect(Object.keys(request).sort()).toEqual(['branchId', 'branchName', 'createdAt', 'doneAt', 'doneBy', 'id', 'requester']);
        expect(request).toMatchObject({ requester: { id: author.id }, branchId: branchA.id, doneAt: null });
        expect((await managerB.client.request('GET', '/api/talk-requests')).json().items).toEqual([]);
        expect((await admin.client.request('GET', '/api/talk-requests')).json().items).toEqual([]);
        expect((await colleague.client.request('GET', '/api/talk-requests')).statusCode).toBe(403);
        expect((await managerB.client.request('POST', `/api/talk-requests/${request.id}/done`)).statusCode).toBe(404);
        const done = await managerA.client.request('POST', `/api/talk-requests/${request.id}/done`);
        expect(done.statusCode).toBe(200);
        expect(done.json()).toMatchObject({ doneBy: { id: managerA.id } });
        const row = await t.db.selectFrom('talk_requests').selectAll().where('id', '=', request.id).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ done_by: managerA.id });
        expect((await managerA.client.request('GET', '/api/talk-requests')).json().items).toEqual([]);
        expect((await managerA.client.request('GET', '/api/talk-requests?state=done')).json().items).toHaveLength(1);
        const mine = (await author.client.request('GET', '/api/incidents/mine')).json();
        const withTalk = mine.incidents.find((i: { checkIn: { talkRequest: unknown } | null }) => i.checkIn?.talkRequest);
        expect(withTalk.checkIn.talkRequest.doneAt).toBe(done.json().doneAt);
      });

      it('sends requests from a branch without a manager to the administrators', async () => {
        const lonely = await createTestBranch(t.db, 'Filia bez kierownika');
        const librarian = await person('librarian', [lonely.id]);
        const sent = await librarian.client.request('POST', '/api/check-ins', { tension: 3, wantsTalk: true });
        expect(sent.json().checkIn.talkRequest).toMatchObject({ branchId: lonely.id });
        const items = (await admin.client.request('GET', '/api/talk-requests')).json().items;
        expect(items).toEqual([expect.objectContaining({ requester: expect.objectContaining({ id: librarian.id }), branchId: lonely.id })]);
        expect((await managerA.client.request('GET', '/api/talk-requests')).json().items).toEqual([]);
      });
    });

    describe('eraseIncidentNotesBefore', () => {
      it('erases the free text written before the cutoff and keeps every count', async () => {
        const old = await insertTestIncident(t.db, { authorId: author.id, branchId: branchA.id, at: daysAgo(100) });
        const recent = await insertTestIncident(t.db, { authorId: author.id, branchId: branchA.id, at: daysAgo(1) });
        await t.db
          .insertInto('incident_alerts')
          .values({
            id: old.id,
            branch_id: branchA.id,
            sender_id: author.id,
            message: 'Stara prośba',
            notified: 1,
            created_at: daysAgo(100),
          })
          .execute();
        await t.db
          .insertInto('incident_check_ins')
          .values({
            id: recent.id,
            author_id: author.id,
            incident_id: old.id,
            tension: 3,
            reliefs: '["other"]',
            relief_other: 'Spacer z psem',
            wants_talk: 0,
            created_at: daysAgo(100),
          })
          .execute();
        const countsBefore = (await admin.client.request('GET', `/api/incidents/counts?from=${daysAgo(120).slice(0, 10)}`)).json();
        const erased = await eraseIncidentNotesBefore(t.db, new Date(Date.now() - 90 * DAY_MS));
        expect(erased).toEqual({ incidents: 1, alerts: 1, checkIns: 1 });
        const rows = await t.db.selectFrom('incidents').selectAll().where('id', 'in', [old.id, recent.id]).orderBy('occurred_at').execute();
        expect(rows.map((row) => [row.what_happened, row.what_helped, row.notes_erased_at !== null])).toEqual([
          [null, null, true],
          ['Czytelnik podniósł głos przy ladzie.', 'Spokojny ton i druga osoba obok.', false],
        ]);
        const alert = await t.db.selectFrom('incident_alerts').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow();
        expect(alert).toMatchObject({ message: null, notified: 1 });
        const checkIn = await t.db.selectFrom('incident_check_ins').selectAll().where('id', '=', recent.id).executeTakeFirstOrThrow();
        expect(checkIn).toMatchObject({ relief_other: null, tension: 3 });
        const countsAfter = (await admin.client.request('GET', `/api/incidents/counts?from=${daysAgo(120).slice(0, 10)}`)).json();
        expect(countsAfter).toEqual(countsBefore);
        const own = (await author.client.request('GET', `/api/incidents/${old.id}`)).json();
        expect(own).toMatchObject({ whatHappened: '', whatHelped: '', notesErased: true });
        expect(await eraseIncidentNotesBefore(t.db, new Date(Date.now() - 90 * DAY_MS))).toEqual({ incidents: 0, alerts: 0, checkIns: 0 });
      });
    });

    describe('DELETE /api/incidents/:id/notes', () => {
      const noteRow = (id: string) => t.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

      it('lets the author erase the text of a note and of its check-in at any time; the incident still counts', async () => {
        const created = await author.client.request('POST', '/api/incidents', {
          whatHappened: 'Czytelniczka płakała przy ladzie.',
          whatHelped: 'Chwila ciszy na zapleczu.',
          checkIn: { tension: 4, reliefs: ['other'], reliefOther: 'Spacer wokół biblioteki', wantsTalk: true },
        });
        const { incident } = created.json();
        const period = `from=${daysAgo(2).slice(0, 10)}`;
        const countsBefore = (await managerA.client.request('GET', `/api/incidents/counts?${period}`)).json();

        for (const stranger of [colleague, managerA, admin]) {
          expect((await stranger.client.request('DELETE', `/api/incidents/${incident.id}/notes`)).statusCode).toBe(404);
        }
        expect((await noteRow(incident.id)).what_happened).toBe('Czytelniczka płakała przy ladzie.');

        const response = await author.client.request('DELETE', `/api/incidents/${incident.id}/notes`);
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({
          id: incident.id,
          whatHappened: '',
          whatHelped: '',
          notesErased: true,
          editableUntil: null,
          checkIn: { tension: 4, reliefs: ['other'], reliefOther: '', wantsTalk: true },
        });
        const row = await noteRow(incident.id);
        expect(row).toMatchObject({ what_happened: null, what_helped: null });
        expect(row.notes_erased_at).not.toBeNull();
        const checkIn = await t.db
          .selectFrom('incident_check_ins')
          .selectAll()
          .where('incident_id', '=', incident.id)
          .executeTakeFirstOrThrow();
        expect(checkIn.relief_other).toBeNull();
        expect((await managerA.client.request('GET', `/api/incidents/counts?${period}`)).json()).toEqual(countsBefore);

        const again = await author.client.request('DELETE', `/api/incidents/${incident.id}/notes`);
        expect(again.statusCode).toBe(200);
        expect(again.json()).toMatchObject({ notesErased: true, whatHappened: '' });
        expect((await noteRow(incident.id)).notes_erased_at).toBe(row.notes_erased_at);
        expect((await author.client.request('DELETE', '/api/incidents/not-an-id/notes')).statusCode).toBe(400);
      });

      it('lets the author erase their own words in a check-in; the tension and reliefs stay', async () => {
        const created = await author.client.request('POST', '/api/check-ins', {
          tension: 3,
          reliefs: ['walk', 'other'],
          reliefOther: 'Telefon do siostry',
        });
        const { checkIn } = created.json();
        const reliefOf = async () =>
          (await t.db.selectFrom('incident_check_ins').selectAll().where('id', '=', checkIn.id).executeTakeFirstOrThrow()).relief_other;

        for (const stranger of [colleague, managerA, admin]) {
          expect((await stranger.client.request('DELETE', `/api/check-ins/${checkIn.id}/note`)).statusCode).toBe(404);
        }
        expect(await reliefOf()).toBe('Telefon do siostry');

        const response = await author.client.request('DELETE', `/api/check-ins/${checkIn.id}/note`);
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ id: checkIn.id, tension: 3, reliefs: ['walk', 'other'], reliefOther: '' });
        expect(await reliefOf()).toBeNull();
      });
    });
  });
}
