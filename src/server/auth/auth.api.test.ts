import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/test-db.ts';
import { anonymousClient, buildTestApp, createTestUser, signIn, type TestApp, TEST_PASSWORD } from '../test/test-app.ts';

for (const dialect of DIALECTS) {
  describe(`auth (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { LOGIN_MAX_PER_ACCOUNT: '3', LOGIN_MAX_PER_IP: '10000' });
    });
    afterAll(async () => t.close());

    describe('POST /api/auth/login', () => {
      it('signs in with the right password and sets a hardened session cookie', async () => {
        const user = await createTestUser(t.db);
        const response = await anonymousClient(t.app).request('POST', '/api/auth/login', {
          email: user.email.toUpperCase(),
          password: TEST_PASSWORD,
        });
        expect(response.statusCode).toBe(200);
        expect(response.json().user.email).toBe(user.email);
        const cookie = response.cookies.find((c) => c.name === 'relacja_session');
        expect(cookie?.httpOnly).toBe(true);
        expect(cookie?.sameSite).toBe('Lax');
        expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
        const stored = await t.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
        expect(stored).toHaveLength(1);
        expect(stored[0]?.id_hash).not.toBe(cookie?.value);
      });

      it('refuses a wrong password with a Polish problem and records it in the audit log', async () => {
        const user = await createTestUser(t.db);
        const response = await anonymousClient(t.app).request('POST', '/api/auth/login', { email: user.email, password: 'zle-haslo-123' });
        expect(response.statusCode).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ code: 'invalid_credentials', title: 'Nieprawidłowy e-mail lub hasło', status: 401 });
        const audit = await t.db
          .selectFrom('audit_log')
          .selectAll()
          .where('action', '=', 'auth.sign_in_failed')
          .where('actor_id', '=', user.id)
          .execute();
        expect(audit).toHaveLength(1);
      });

      it('answers in English when the browser prefers it', async () => {
        const response = await anonymousClient(t.app).request(
          'POST',
          '/api/auth/login',
          { email: 'nobody@example.org', password: 'whatever-123' },
          { 'accept-language': 'en-GB,en;q=0.9' },
        );
        expect(response.json().title).toBe('Wrong e-mail or password');
      });

      it('limits attempts per account with 429 and Retry-After', async () => {
        const user = await createTestUser(t.db);
        const client = anonymousClient(t.app);
        for (let i = 0; i < 3; i++) {
          expect((await client.request('POST', '/api/auth/login', { email: user.email, password: 'wrong-password-1' })).statusCode).toBe(
            401,
          );
        }
        const limited = await client.request('POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
        expect(limited.statusCode).toBe(429);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
        expect(limited.json().detail).toMatch(/Spróbuj ponownie za 15 minut/);
      });

      it('refuses a deactivated account', async () => {
        const user = await createTestUser(t.db, { active: false });
        const response = await anonymousClient(t.app).request('POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD });
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('account_inactive');
      });

      it('rotates the session id at sign-in', async () => {
        const user = await createTestUser(t.db);
        const first = await signIn(t.app, user.email);
        const second = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: user.email, password: TEST_PASSWORD },
          headers: { cookie: first.cookie, 'x-csrf-token': first.csrfToken },
        });
        expect(second.statusCode).toBe(200);
        expect((await first.request('GET', '/api/auth/session')).statusCode).toBe(401);
      });
    });

    describe('sessions and CSRF', () => {
      it('returns 401 problem when not signed in', async () => {
        const response = await anonymousClient(t.app).request('GET', '/api/auth/session');
        expect(response.statusCode).toBe(401);
        expect(response.json().code).toBe('unauthenticated');
      });

      it('refuses a state-changing request without the CSRF token', async () => {
        const user = await createTestUser(t.db);
        const client = await signIn(t.app, user.email);
        const response = await t.app.inject({
          method: 'PATCH',
          url: '/api/auth/preferences',
          payload: { locale: 'en' },
          headers: { cookie: client.cookie },
        });
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('csrf_failed');
        const row = await t.db.selectFrom('users').select('locale').where('id', '=', user.id).executeTakeFirstOrThrow();
        expect(row.locale).toBe('pl');
      });

      it('refuses a cross-site origin even before sign-in', async () => {
        const response = await anonymousClient(t.app).request(
          'POST',
          '/api/auth/login',
          { email: 'a@b.pl', password: 'x' },
          { origin: 'https://evil.example' },
        );
        expect(response.statusCode).toBe(403);
      });

      it('expires a session idle for longer than the timeout', async () => {
        const user = await createTestUser(t.db);
        const client = await signIn(t.app, user.email);
        const thirteenHoursAgo = new Date(Date.now() - 13 * 3_600_000).toISOString();
        await t.db.updateTable('sessions').set({ last_seen_at: thirteenHoursAgo }).where('user_id', '=', user.id).execute();
        expect((await client.request('GET', '/api/auth/session')).statusCode).toBe(401);
      });

      it('signs out and forgets the session', async () => {
        const user = await createTestUser(t.db);
        const client = await signIn(t.app, user.email);
        expect((await client.request('POST', '/api/auth/logout')).statusCode).toBe(204);
        expect((await client.request('GET', '/api/auth/session')).statusCode).toBe(401);
      });
    });

    describe('POST /api/auth/password', () => {
      it('changes the password and revokes every other session', async () => {
        const user = await createTestUser(t.db);
        const desk = await signIn(t.app, user.email);
        const phone = await signIn(t.app, user.email);
        const response = await desk.request('POST', '/api/auth/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'Nowe-Haslo-Czytelni-7',
        });
        expect(response.statusCode).toBe(200);
        expect((await phone.request('GET', '/api/auth/session')).statusCode).toBe(401);
        expect((await desk.request('GET', '/api/auth/session')).statusCode).toBe(401);
        await signIn(t.app, user.email, 'Nowe-Haslo-Czytelni-7');
      });

      it.each([
        ['krotkie', 'password_too_short'],
        ['qwertyuiop', 'password_too_common'],
        ['1234567890', 'password_too_common'],
      ])('refuses the new password %s', async (newPassword, code) => {
        const user = await createTestUser(t.db);
        const client = await signIn(t.app, user.email);
        const response = await client.request('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword });
        expect(response.statusCode).toBe(400);
        expect(response.json().code).toBe(code);
        expect(response.json().errors[0].field).toBe('newPassword');
        expect((await client.request('GET', '/api/auth/session')).statusCode).toBe(200);
      });

      it('refuses a wrong current password', async () => {
        const user = await createTestUser(t.db);
        const client = await signIn(t.app, user.email);
        const response = await client.request('POST', '/api/auth/password', {
          currentPassword: 'not-my-password',
          newPassword: 'Bardzo-Dobre-Haslo-9',
        });
        expect(response.json().code).toBe('wrong_current_password');
      });
    });

    describe('PATCH /api/auth/preferences', () => {
      it('remembers the language and answers in it from then on', async () => {
        const user = await createTestUser(t.db);
        const client = await signIn(t.app, user.email);
        expect((await client.request('PATCH', '/api/auth/preferences', { locale: 'en' })).json().user.locale).toBe('en');
        const problem = await client.request('GET', '/api/users/not-a-uuid');
        expect(problem.json().title).toBe('Some fields need correcting');
      });
    });
  });
}
