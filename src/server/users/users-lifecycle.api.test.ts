import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/test-db.ts';
import {
  anonymousClient,
  buildTestApp,
  createTestBranch,
  createTestUser,
  signIn,
  signInAs,
  TEST_PASSWORD,
  type TestApp,
  type TestClient,
} from '../test/test-app.ts';

const UNKNOWN_ID = '0190a0b4-0000-7000-8000-000000000000';

function auditDetails(t: TestApp, targetId: string, action: string) {
  return t.db
    .selectFrom('audit_log')
    .select(['details', 'actor_id'])
    .where('target_id', '=', targetId)
    .where('action', '=', action)
    .execute()
    .then((rows) => rows.map((row) => ({ actorId: row.actor_id, details: JSON.parse(row.details) })));
}

function sessionCount(t: TestApp, userId: string) {
  return t.db
    .selectFrom('sessions')
    .select('id_hash')
    .where('user_id', '=', userId)
    .execute()
    .then((rows) => rows.length);
}

for (const dialect of DIALECTS) {
  describe(`user changes (${dialect})`, () => {
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

    describe('PATCH /api/users/:id', () => {
      it('changes the role, records it and signs the user out everywhere', async () => {
        const branch = await createTestBranch(t.db);
        const user = await createTestUser(t.db, { role: 'librarian' });
        const their = await signIn(t.app, user.email);
        const response = await admin.request('PATCH', `/api/users/${user.id}`, { role: 'manager', branchIds: [branch.id] });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ role: 'manager', branchIds: [branch.id] });
        expect(await auditDetails(t, user.id, 'user.role_changed')).toEqual([
          { actorId: adminId, details: { from: 'librarian', to: 'manager' } },
        ]);
        expect(await auditDetails(t, user.id, 'user.branches_changed')).toEqual([
          { actorId: adminId, details: { from: [], to: [branch.id] } },
        ]);
        expect((await their.request('GET', '/api/auth/session')).statusCode).toBe(401);
        expect(await sessionCount(t, user.id)).toBe(0);
      });

      it('changes branches and name, recording each change once', async () => {
        const [first, second] = [await createTestBranch(t.db), await createTestBranch(t.db)];
        const user = await createTestUser(t.db, { role: 'manager', branchIds: [first.id] });
        const response = await admin.request('PATCH', `/api/users/${user.id}`, { branchIds: [second.id, second.id], name: 'Nowe Imię' });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ name: 'Nowe Imię', branchIds: [second.id], role: 'manager' });
        const rows = await t.db.selectFrom('user_branches').select('branch_id').where('user_id', '=', user.id).execute();
        expect(rows.map((row) => row.branch_id)).toEqual([second.id]);
        expect(await auditDetails(t, user.id, 'user.branches_changed')).toEqual([
          { actorId: adminId, details: { from: [first.id], to: [second.id] } },
        ]);
        expect(await auditDetails(t, user.id, 'user.updated')).toHaveLength(1);
        expect(await auditDetails(t, user.id, 'user.role_changed')).toHaveLength(0);
      });

      it('refuses to leave a manager without a branch and to use an unknown branch', async () => {
        const branch = await createTestBranch(t.db);
        const user = await createTestUser(t.db, { role: 'manager', branchIds: [branch.id] });
        const empty = await admin.request('PATCH', `/api/users/${user.id}`, { branchIds: [] });
        expect(empty.statusCode).toBe(400);
        expect(empty.json().code).toBe('manager_needs_branch');
        const unknown = await admin.request('PATCH', `/api/users/${user.id}`, { branchIds: [UNKNOWN_ID] });
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json().code).toBe('unknown_branch');
        const rows = await t.db.selectFrom('user_branches').select('branch_id').where('user_id', '=', user.id).execute();
        expect(rows.map((row) => row.branch_id)).toEqual([branch.id]);
      });

      it('does not let an admin demote themselves', async () => {
        const response = await admin.request('PATCH', `/api/users/${adminId}`, { role: 'librarian' });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ code: 'cannot_demote_self', errors: [{ field: 'role' }] });
        const row = await t.db.selectFrom('users').select('role').where('id', '=', adminId).executeTakeFirstOrThrow();
        expect(row.role).toBe('admin');
      });

      it('answers bad ids, unknown ids and unknown fields', async () => {
        expect((await admin.request('PATCH', '/api/users/abc', { name: 'X' })).statusCode).toBe(400);
        expect((await admin.request('PATCH', `/api/users/${UNKNOWN_ID}`, { name: 'X' })).statusCode).toBe(404);
        const user = await createTestUser(t.db);
        const extra = await admin.request('PATCH', `/api/users/${user.id}`, { email: 'inny@biblioteka.test', active: false });
        expect(extra.statusCode).toBe(400);
        expect(
          extra
            .json()
            .errors.map((e: { field: string }) => e.field)
            .sort(),
        ).toEqual(['active', 'email']);
        const row = await t.db.selectFrom('users').select(['email', 'active']).where('id', '=', user.id).executeTakeFirstOrThrow();
        expect(row).toEqual({ email: user.email, active: 1 });
      });
    });

    describe('POST /api/users/:id/deactivate and /reactivate', () => {
      it('revokes sessions, blocks sign-in and keeps the account and its history', async () => {
        const user = await createTestUser(t.db);
        const their = await signIn(t.app, user.email);
        const response = await admin.request('POST', `/api/users/${user.id}/deactivate`);
        expect(response.statusCode).toBe(200);
        expect(response.json().active).toBe(false);
        expect(await sessionCount(t, user.id)).toBe(0);
        expect((await their.request('GET', '/api/auth/session')).statusCode).toBe(401);
        const refused = await anonymousClient(t.app).request('POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
        expect(refused.statusCode).toBe(403);
        expect(refused.json().code).toBe('account_inactive');
        const row = await t.db.selectFrom('users').select(['active', 'email']).where('id', '=', user.id).executeTakeFirstOrThrow();
        expect(row).toEqual({ active: 0, email: user.email });
        const history = await t.db.selectFrom('audit_log').select('action').where('actor_id', '=', user.id).execute();
        expect(history.map((h) => h.action)).toContain('auth.sign_in');
        expect(await auditDetails(t, user.id, 'user.deactivated')).toEqual([{ actorId: adminId, details: { email: user.email } }]);

        const reactivated = await admin.request('POST', `/api/users/${user.id}/reactivate`);
        expect(reactivated.statusCode).toBe(200);
        expect(reactivated.json().active).toBe(true);
        await signIn(t.app, user.email);
        expect(await auditDetails(t, user.id, 'user.reactivated')).toHaveLength(1);
      });

      it('does not let an admin deactivate themselves', async () => {
        const response = await admin.request('POST', `/api/users/${adminId}/deactivate`);
        expect(response.statusCode).toBe(400);
        expect(response.json().code).toBe('cannot_deactivate_self');
        expect((await admin.request('GET', '/api/auth/session')).statusCode).toBe(200);
      });

      it('makes a pending invitation of a deactivated account unusable', async () => {
        const created = (
          await admin.request('POST', '/api/users', {
            email: 'odwolana@biblioteka.test',
            name: 'O',
            role: 'librarian',
            credential: 'invitation',
          })
        ).json();
        await admin.request('POST', `/api/users/${created.user.id}/deactivate`);
        const token = String(created.invitationPath).split('/').pop() ?? '';
        const accepted = await anonymousClient(t.app).request('POST', '/api/auth/invitation', {
          token,
          newPassword: 'Bardzo-Dobre-Haslo-9',
        });
        expect(accepted.statusCode).toBe(400);
      });

      it('answers a bad id with 400 and an unknown one with 404', async () => {
        expect((await admin.request('POST', '/api/users/xyz/deactivate')).statusCode).toBe(400);
        expect((await admin.request('POST', `/api/users/${UNKNOWN_ID}/reactivate`)).statusCode).toBe(404);
      });
    });

    describe('POST /api/users/:id/credential', () => {
      it('issues a new one-time password that replaces the old one and ends sessions', async () => {
        const user = await createTestUser(t.db);
        const their = await signIn(t.app, user.email);
        const response = await admin.request('POST', `/api/users/${user.id}/credential`, { credential: 'one_time_password' });
        expect(response.statusCode).toBe(200);
        const { oneTimePassword } = response.json();
        expect(response.json().user.mustChangePassword).toBe(true);
        expect((await their.request('GET', '/api/auth/session')).statusCode).toBe(401);
        const old = await anonymousClient(t.app).request('POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
        expect(old.statusCode).toBe(401);
        const fresh = await signIn(t.app, user.email, oneTimePassword);
        expect((await fresh.request('GET', '/api/branches')).json().code).toBe('password_change_required');
        expect(await auditDetails(t, user.id, 'user.credential_reset')).toEqual([
          { actorId: adminId, details: { credential: 'one_time_password' } },
        ]);
      });

      it('issues a new invitation link and clears the password', async () => {
        const user = await createTestUser(t.db);
        const response = await admin.request('POST', `/api/users/${user.id}/credential`, { credential: 'invitation' });
        expect(response.statusCode).toBe(200);
        expect(response.json().user.invitationPending).toBe(true);
        const row = await t.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
        expect(row.password_hash).toBeNull();
        const token = String(response.json().invitationPath).split('/').pop() ?? '';
        const accepted = await anonymousClient(t.app).request('POST', '/api/auth/invitation', {
          token,
          newPassword: 'Bardzo-Dobre-Haslo-9',
        });
        expect(accepted.statusCode).toBe(200);
      });

      it('refuses an unknown kind of credential', async () => {
        const user = await createTestUser(t.db);
        const response = await admin.request('POST', `/api/users/${user.id}/credential`, { credential: 'sms' });
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0].field).toBe('credential');
      });
    });
  });
}
