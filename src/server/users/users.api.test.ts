import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/test-db.ts';
import {
  anonymousClient,
  buildTestApp,
  createTestBranch,
  createTestUser,
  signIn,
  signInAs,
  type TestApp,
  type TestClient,
} from '../test/test-app.ts';

const NEW_PASSWORD = 'Cicha-Czytelnia-Nocą-7';

function auditRows(t: TestApp, targetId: string, action: string) {
  return t.db.selectFrom('audit_log').selectAll().where('target_id', '=', targetId).where('action', '=', action).execute();
}

function rawPost(t: TestApp, client: TestClient, url: string, payload: string, contentType: string) {
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': contentType },
  });
}

for (const dialect of DIALECTS) {
  describe(`users (${dialect})`, () => {
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

    describe('POST /api/users with a one-time password', () => {
      it('creates the account, records it, and forces a password change before anything else', async () => {
        const response = await admin.request('POST', '/api/users', {
          email: ' Nowa.Admin@Biblioteka.test ',
          name: 'Nowa Admin',
          role: 'admin',
        });
        expect(response.statusCode).toBe(201);
        const body = response.json();
        expect(body.user).toMatchObject({ email: 'nowa.admin@biblioteka.test', role: 'admin', mustChangePassword: true, active: true });
        expect(body.oneTimePassword).toEqual(expect.any(String));
        expect(body.invitationPath).toBeUndefined();
        const row = await t.db.selectFrom('users').selectAll().where('id', '=', body.user.id).executeTakeFirstOrThrow();
        expect(row.must_change_password).toBe(1);
        expect(row.password_hash).not.toContain(body.oneTimePassword);
        const audit = await auditRows(t, body.user.id, 'user.created');
        expect(audit).toHaveLength(1);
        expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ role: 'admin', credential: 'one_time_password' });

        const newcomer = await signIn(t.app, 'nowa.admin@biblioteka.test', body.oneTimePassword);
        for (const [method, url] of [
          ['GET', '/api/users'],
          ['GET', '/api/branches'],
          ['GET', '/api/audit'],
        ] as const) {
          const refused = await newcomer.request(method, url);
          expect(refused.statusCode).toBe(403);
          expect(refused.json().code).toBe('password_change_required');
        }
        expect((await newcomer.request('GET', '/api/auth/session')).statusCode).toBe(200);
        const changed = await newcomer.request('POST', '/api/auth/password', {
          currentPassword: body.oneTimePassword,
          newPassword: NEW_PASSWORD,
        });
        expect(changed.statusCode).toBe(200);
        expect(changed.json().user.mustChangePassword).toBe(false);

        const settled = await signIn(t.app, 'nowa.admin@biblioteka.test', NEW_PASSWORD);
        expect((await settled.request('GET', '/api/users')).statusCode).toBe(200);
      });
    });

    describe('POST /api/users with an invitation', () => {
      it('gives a link that sets the password once and then stops working', async () => {
        const branch = await createTestBranch(t.db);
        const response = await admin.request('POST', '/api/users', {
          email: 'zaproszona@biblioteka.test',
          name: 'Zaproszona Kierowniczka',
          role: 'manager',
          branchIds: [branch.id],
          credential: 'invitation',
        });
        expect(response.statusCode).toBe(201);
        const body = response.json();
        expect(body.oneTimePassword).toBeUndefined();
        expect(body.invitationPath).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);
        expect(body.user).toMatchObject({ role: 'manager', branchIds: [branch.id], invitationPending: true });
        const token = String(body.invitationPath).split('/').pop() ?? '';
        const row = await t.db.selectFrom('users').selectAll().where('id', '=', body.user.id).executeTakeFirstOrThrow();
        expect(row.password_hash).toBeNull();
        expect(row.invitation_hash).not.toBe(token);

        const accepted = await anonymousClient(t.app).request('POST', '/api/auth/invitation', { token, newPassword: NEW_PASSWORD });
        expect(accepted.statusCode).toBe(200);
        expect(accepted.json().user).toMatchObject({
          email: 'zaproszona@biblioteka.test',
          invitationPending: false,
          mustChangePassword: false,
        });
        const manager = await signIn(t.app, 'zaproszona@biblioteka.test', NEW_PASSWORD);
        expect((await manager.request('GET', '/api/users')).statusCode).toBe(200);

        const again = await anonymousClient(t.app).request('POST', '/api/auth/invitation', { token, newPassword: 'Inne-Dobre-Haslo-42' });
        expect(again.statusCode).toBe(400);
        expect(again.json().code).toBe('invitation_invalid');
        await signIn(t.app, 'zaproszona@biblioteka.test', NEW_PASSWORD);
      });

      it('refuses an expired invitation', async () => {
        const response = await admin.request('POST', '/api/users', {
          email: 'spozniona@biblioteka.test',
          name: 'Spóźniona',
          role: 'librarian',
          credential: 'invitation',
        });
        const { user, invitationPath } = response.json();
        await t.db
          .updateTable('users')
          .set({ invitation_expires_at: new Date(Date.now() - 60_000).toISOString() })
          .where('id', '=', user.id)
          .execute();
        const token = String(invitationPath).split('/').pop() ?? '';
        const accepted = await anonymousClient(t.app).request('POST', '/api/auth/invitation', { token, newPassword: NEW_PASSWORD });
        expect(accepted.statusCode).toBe(400);
        expect(accepted.json().code).toBe('invitation_invalid');
        const row = await t.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
        expect(row.password_hash).toBeNull();
      });
    });

    describe('POST /api/users refusals', () => {
      it('refuses an e-mail that is already taken, whatever its case', async () => {
        const existing = await createTestUser(t.db);
        const response = await admin.request('POST', '/api/users', {
          email: existing.email.toUpperCase(),
          name: 'Druga',
          role: 'librarian',
        });
        expect(response.statusCode).toBe(409);
        expect(response.json()).toMatchObject({ code: 'email_taken', errors: [{ field: 'email', code: 'email_taken' }] });
        const rows = await t.db.selectFrom('users').select('id').where('email', '=', existing.email).execute();
        expect(rows).toHaveLength(1);
      });

      it('refuses a manager without a branch and an unknown branch, creating nothing', async () => {
        const noBranch = await admin.request('POST', '/api/users', { email: 'kier@biblioteka.test', name: 'Kier', role: 'manager' });
        expect(noBranch.statusCode).toBe(400);
        expect(noBranch.json()).toMatchObject({ code: 'manager_needs_branch', errors: [{ field: 'branchIds' }] });
        const unknown = await admin.request('POST', '/api/users', {
          email: 'kier@biblioteka.test',
          name: 'Kier',
          role: 'librarian',
          branchIds: ['0190a0b4-0000-7000-8000-000000000000'],
        });
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json()).toMatchObject({ code: 'unknown_branch', errors: [{ field: 'branchIds' }] });
        expect(await t.db.selectFrom('users').select('id').where('email', '=', 'kier@biblioteka.test').execute()).toHaveLength(0);
      });

      it('names every invalid and unknown field', async () => {
        const response = await admin.request('POST', '/api/users', {
          email: 'nie-email',
          name: '   ',
          role: 'director',
          branchIds: ['not-a-uuid'],
          isAdmin: true,
        });
        expect(response.statusCode).toBe(400);
        expect(response.json().code).toBe('validation_failed');
        const fields = response.json().errors.map((e: { field: string }) => e.field);
        expect(fields).toEqual(expect.arrayContaining(['email', 'name', 'role', 'branchIds.0', 'isAdmin']));
      });

      it('answers malformed JSON, an oversized body and a wrong content type with problems, never 500', async () => {
        const malformed = await rawPost(t, admin, '/api/users', '{"email": "a@b.pl",', 'application/json');
        expect(malformed.statusCode).toBe(400);
        expect(malformed.json().code).toBe('malformed_json');
        const huge = await admin.request('POST', '/api/users', { email: 'a@b.pl', name: 'x'.repeat(1_100_000), role: 'librarian' });
        expect(huge.statusCode).toBe(413);
        expect(huge.json().code).toBe('payload_too_large');
        const form = await rawPost(t, admin, '/api/users', 'email=a@b.pl', 'application/x-www-form-urlencoded');
        expect(form.statusCode).toBe(415);
        expect(form.json().code).toBe('unsupported_media_type');
        const text = await rawPost(t, admin, '/api/users', 'hello', 'text/plain');
        expect(text.statusCode).toBe(415);
        for (const payload of ['null', '[]', '"text"', '42', '{"email":{"$ne":1}}']) {
          const response = await rawPost(t, admin, '/api/users', payload, 'application/json');
          expect(response.statusCode, payload).toBe(400);
          expect(response.headers['content-type']).toContain('application/problem+json');
        }
      });
    });

    describe('GET /api/users', () => {
      it('filters by text, role and status', async () => {
        await createTestUser(t.db, { name: 'Zofia Wyszukiwalna', role: 'librarian' });
        await createTestUser(t.db, { name: 'Zenon Wyszukiwalny', role: 'librarian', active: false });
        const byText = (await admin.request('GET', '/api/users?q=wyszukiwaln')).json();
        expect(byText.map((u: { name: string }) => u.name)).toEqual(['Zenon Wyszukiwalny', 'Zofia Wyszukiwalna']);
        const active = (await admin.request('GET', '/api/users?q=wyszukiwaln&active=true')).json();
        expect(active.map((u: { name: string }) => u.name)).toEqual(['Zofia Wyszukiwalna']);
        await createTestUser(t.db, { name: 'Żaneta Łąkowska' });
        const polish = (await admin.request('GET', `/api/users?q=${encodeURIComponent('ŁĄK')}`)).json();
        expect(polish.map((u: { name: string }) => u.name)).toEqual(['Żaneta Łąkowska']);
        const admins = (await admin.request('GET', '/api/users?role=admin')).json();
        expect(admins.every((u: { role: string }) => u.role === 'admin')).toBe(true);
        expect(admins.some((u: { id: string }) => u.id === adminId)).toBe(true);
      });

      it('refuses unknown and invalid query parameters', async () => {
        const response = await admin.request('GET', '/api/users?role=boss&sort=name');
        expect(response.statusCode).toBe(400);
        const fields = response.json().errors.map((e: { field: string }) => e.field);
        expect(fields).toEqual(expect.arrayContaining(['querystring.role', 'querystring.sort']));
      });
    });

    describe('GET /api/users/:id', () => {
      it('answers a bad id with 400 and a field error, an unknown one with 404', async () => {
        const bad = await admin.request('GET', '/api/users/123');
        expect(bad.statusCode).toBe(400);
        expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'params.id', code: 'invalid_format_uuid' })]);
        const unknown = await admin.request('GET', '/api/users/0190a0b4-0000-7000-8000-000000000000');
        expect(unknown.statusCode).toBe(404);
        expect(unknown.json().code).toBe('not_found');
      });

      it('lets a librarian read their own account only', async () => {
        const { user, client } = await signInAs(t.app, t.db, 'librarian');
        expect((await client.request('GET', `/api/users/${user.id}`)).statusCode).toBe(200);
        expect((await client.request('GET', `/api/users/${adminId}`)).statusCode).toBe(403);
      });
    });
  });
}
