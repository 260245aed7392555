import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/test-db.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';

const UNKNOWN_ID = '0190a0b4-0000-7000-8000-000000000000';

function branchRows(t: TestApp) {
  return t.db.selectFrom('branches').selectAll().execute();
}

function fieldsOf(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((error) => error.field).sort();
}

for (const dialect of DIALECTS) {
  describe(`branches (${dialect})`, () => {
    let t: TestApp;
    let admin: TestClient;
    let adminId: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const signedIn = await signInAs(t.app, t.db, 'admin');
      admin = signedIn.client;
      adminId = signedIn.user.id;
    });
    afterAll(async () => t.close());

    describe('POST /api/branches', () => {
      it('creates a branch with trimmed fields and records it', async () => {
        const response = await admin.request('POST', '/api/branches', {
          name: '  Filia nr 7 — Śródmieście ',
          address: 'ul. Marszałkowska 10, 00-001 Warszawa',
          phone: '+48 (22) 123-45-67',
        });
        expect(response.statusCode).toBe(201);
        const branch = response.json();
        expect(branch).toMatchObject({ name: 'Filia nr 7 — Śródmieście', phone: '+48 (22) 123-45-67' });
        const row = await t.db.selectFrom('branches').selectAll().where('id', '=', branch.id).executeTakeFirstOrThrow();
        expect(row.name).toBe('Filia nr 7 — Śródmieście');
        const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', branch.id).execute();
        expect(audit).toEqual([expect.objectContaining({ action: 'branch.created', actor_id: adminId })]);
        expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ name: 'Filia nr 7 — Śródmieście' });
      });

      it('accepts a branch with only a name', async () => {
        const response = await admin.request('POST', '/api/branches', { name: 'Punkt biblioteczny' });
        expect(response.statusCode).toBe(201);
        expect(response.json()).toMatchObject({ address: '', phone: '' });
      });

      it.each([
        ['the same name', 'Filia Żoliborz', 'Filia Żoliborz'],
        ['another case', 'Filia Bielany', 'FILIA BIELANY'],
        ['another case of a Polish letter', 'Filia Śródmieście Północne', 'filia śródmieście północne'],
      ])('refuses %s with 409', async (_, first, second) => {
        expect((await admin.request('POST', '/api/branches', { name: first })).statusCode).toBe(201);
        const before = (await branchRows(t)).length;
        const response = await admin.request('POST', '/api/branches', { name: second });
        expect(response.statusCode).toBe(409);
        expect(response.json()).toMatchObject({ code: 'branch_name_taken', errors: [{ field: 'name', code: 'branch_name_taken' }] });
        expect(await branchRows(t)).toHaveLength(before);
      });

      it('validates the phone, the name and unknown fields, writing nothing', async () => {
        const before = (await branchRows(t)).length;
        const phone = await admin.request('POST', '/api/branches', { name: 'Filia z telefonem', phone: 'zadzwoń' });
        expect(phone.statusCode).toBe(400);
        expect(phone.json().errors).toEqual([expect.objectContaining({ field: 'phone', code: 'invalid_phone' })]);
        const empty = await admin.request('POST', '/api/branches', { name: '   ', address: 'x'.repeat(301), manager: 'Jan' });
        expect(empty.statusCode).toBe(400);
        expect(fieldsOf(empty.json())).toEqual(['address', 'manager', 'name']);
        const wrongType = await admin.request('POST', '/api/branches', { name: ['Filia'] });
        expect(wrongType.statusCode).toBe(400);
        expect(wrongType.json().errors).toEqual([expect.objectContaining({ field: 'name', code: 'invalid_type' })]);
        const missing = await admin.request('POST', '/api/branches', { phone: '22 123 45 67' });
        expect(missing.json().errors).toEqual([{ field: 'name', code: 'required', message: 'To pole jest wymagane.' }]);
        expect(await branchRows(t)).toHaveLength(before);
      });

      it('answers malformed JSON, an oversized body and a wrong content type, never 500', async () => {
        const raw = (payload: string, contentType: string) =>
          t.app.inject({
            method: 'POST',
            url: '/api/branches',
            payload,
            headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': contentType },
          });
        const malformed = await raw("{name: 'Filia'}", 'application/json');
        expect(malformed.statusCode).toBe(400);
        expect(malformed.json().code).toBe('malformed_json');
        const huge = await admin.request('POST', '/api/branches', { name: 'Duża', address: 'a'.repeat(1_100_000) });
        expect(huge.statusCode).toBe(413);
        expect(huge.json()).toMatchObject({ code: 'payload_too_large', detail: 'Treść żądania przekracza dopuszczalny rozmiar 1 MiB.' });
        const xml = await raw('<branch/>', 'application/xml');
        expect(xml.statusCode).toBe(415);
        expect(xml.json().code).toBe('unsupported_media_type');
        expect((await raw('', 'application/json')).statusCode).toBe(400);
      });
    });

    describe('PATCH /api/branches/:id', () => {
      it('edits fields and records which ones changed', async () => {
        const branch = await createTestBranch(t.db, 'Filia Ursus');
        const response = await admin.request('PATCH', `/api/branches/${branch.id}`, { phone: '22 000 00 00', address: 'ul. Nowa 2' });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ name: 'Filia Ursus', phone: '22 000 00 00', address: 'ul. Nowa 2' });
        const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', branch.id).execute();
        expect(audit.map((row) => row.action)).toEqual(['branch.updated']);
        expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ changed: ['address', 'phone'] });
      });

      it('refuses a name another branch has, but lets a branch change the case of its own', async () => {
        const taken = await createTestBranch(t.db, 'Filia Wola');
        const branch = await createTestBranch(t.db, 'Filia Ochota');
        const clash = await admin.request('PATCH', `/api/branches/${branch.id}`, { name: 'filia wola' });
        expect(clash.statusCode).toBe(409);
        expect(clash.json().code).toBe('branch_name_taken');
        const renamed = await admin.request('PATCH', `/api/branches/${branch.id}`, { name: 'FILIA OCHOTA' });
        expect(renamed.statusCode).toBe(200);
        const rows = await t.db.selectFrom('branches').select('name').where('id', 'in', [taken.id, branch.id]).orderBy('name').execute();
        expect(rows.map((row) => row.name)).toEqual(['FILIA OCHOTA', 'Filia Wola']);
      });

      it('answers bad ids, unknown ids, bad phones and unknown fields', async () => {
        const branch = await createTestBranch(t.db);
        const bad = await admin.request('PATCH', '/api/branches/42', { name: 'X' });
        expect(bad.statusCode).toBe(400);
        expect(fieldsOf(bad.json())).toEqual(['params.id']);
        expect((await admin.request('PATCH', `/api/branches/${UNKNOWN_ID}`, { name: 'X' })).statusCode).toBe(404);
        const phone = await admin.request('PATCH', `/api/branches/${branch.id}`, { phone: '22#123' });
        expect(phone.statusCode).toBe(400);
        expect(fieldsOf(phone.json())).toEqual(['phone']);
        const extra = await admin.request('PATCH', `/api/branches/${branch.id}`, { id: UNKNOWN_ID });
        expect(extra.statusCode).toBe(400);
        expect(fieldsOf(extra.json())).toEqual(['id']);
        const row = await t.db.selectFrom('branches').selectAll().where('id', '=', branch.id).executeTakeFirstOrThrow();
        expect(row.phone).toBe('22 123 45 67');
      });
    });

    describe('GET /api/branches', () => {
      it('lists branches by name for every role and reads one', async () => {
        const branch = await createTestBranch(t.db, 'Aaa pierwsza filia');
        const { client } = await signInAs(t.app, t.db, 'librarian');
        const list = await client.request('GET', '/api/branches');
        expect(list.statusCode).toBe(200);
        const names = list.json().map((b: { name: string }) => b.name);
        expect(names[0]).toBe('Aaa pierwsza filia');
        expect(names).toHaveLength((await branchRows(t)).length);
        const one = await client.request('GET', `/api/branches/${branch.id}`);
        expect(one.json()).toMatchObject({ id: branch.id, name: 'Aaa pierwsza filia' });
        expect((await client.request('GET', `/api/branches/${UNKNOWN_ID}`)).statusCode).toBe(404);
        expect((await client.request('GET', '/api/branches/nope')).statusCode).toBe(400);
      });

      it('does not let a librarian or manager change branches', async () => {
        const branch = await createTestBranch(t.db);
        for (const role of ['librarian', 'manager'] as const) {
          const { client } = await signInAs(t.app, t.db, role, [branch.id]);
          expect((await client.request('POST', '/api/branches', { name: `Filia ${role}` })).statusCode).toBe(403);
          expect((await client.request('PATCH', `/api/branches/${branch.id}`, { name: 'Zmieniona' })).statusCode).toBe(403);
        }
        const row = await t.db.selectFrom('branches').select('name').where('id', '=', branch.id).executeTakeFirstOrThrow();
        expect(row.name).toBe(branch.name);
      });
    });
  });
}
