import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateReferralInput } from '../../shared/referrals.schema.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { seedDemoReferrals } from './referrals-demo.ts';

const UNKNOWN_ID = '0190a0b4-0000-7000-8000-000000000000';

function referralRow(t: TestApp, id: string) {
  return t.db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
}

async function create(client: TestClient, input: CreateReferralInput) {
  const response = await client.request('POST', '/api/referrals', input);
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

for (const dialect of DIALECTS) {
  describe(`referrals (${dialect})`, () => {
    let t: TestApp;
    let branchA: { id: string; name: string };
    let branchB: { id: string; name: string };
    let admin: TestClient;
    let managerA: TestClient;
    let managerAId: string;
    let librarianA: TestClient;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branchA = await createTestBranch(t.db, 'Filia Mokotów');
      branchB = await createTestBranch(t.db, 'Filia Wola');
      admin = (await signInAs(t.app, t.db, 'admin')).client;
      const manager = await signInAs(t.app, t.db, 'manager', [branchA.id]);
      managerA = manager.client;
      managerAId = manager.user.id;
      librarianA = (await signInAs(t.app, t.db, 'librarian', [branchA.id])).client;
    });
    afterAll(async () => t.close());

    describe('POST /api/referrals', () => {
      it('lets a manager add an entry for their branch, trimmed, with who changed it last', async () => {
        const response = await managerA.request('POST', '/api/referrals', {
          branchId: branchA.id,
          name: '  Ośrodek Pomocy Społecznej — demo ',
          category: 'social_welfare',
          address: 'ul. Przykładowa 1',
          hours: 'pon.–pt. 8–16',
          phone: '22 000 00 00',
          website: 'https://example.org/ops',
          needs: ['social', 'fees'],
          note: 'Wpis demonstracyjny.',
        });
        expect(response.statusCode).toBe(201);
        const body = response.json();
        expect(body).toMatchObject({
          branchId: branchA.id,
          name: 'Ośrodek Pomocy Społecznej — demo',
          needs: ['social', 'fees'],
          canEdit: true,
          updatedBy: { id: managerAId },
        });
        const row = await referralRow(t, body.id);
        expect(row).toMatchObject({ name: 'Ośrodek Pomocy Społecznej — demo', category: 'social_welfare', updated_by: managerAId });
        expect(JSON.parse(row?.needs ?? '')).toEqual(['social', 'fees']);
      });

      it('lets a manager add a library-wide entry, but not one for another branch', async () => {
        const wide = await managerA.request('POST', '/api/referrals', { name: 'Telefon zaufania (demo)', category: 'crisis_line' });
        expect(wide.statusCode).toBe(201);
        expect(wide.json().branchId).toBeNull();
        const before = await t.db.selectFrom('referrals').select('id').execute();
        const other = await managerA.request('POST', '/api/referrals', { branchId: branchB.id, name: 'Cudza filia', category: 'ngo' });
        expect(other.statusCode).toBe(403);
        expect(await t.db.selectFrom('referrals').select('id').execute()).toHaveLength(before.length);
      });

      it('refuses librarians and signed-out callers', async () => {
        const before = (await t.db.selectFrom('referrals').select('id').execute()).length;
        expect((await librarianA.request('POST', '/api/referrals', { name: 'X', category: 'ngo' })).statusCode).toBe(403);
        const anonymous = await t.app.inject({ method: 'POST', url: '/api/referrals', payload: { name: 'X', category: 'ngo' } });
        expect(anonymous.statusCode).toBe(401);
        expect((await t.db.selectFrom('referrals').select('id').execute()).length).toBe(before);
      });

      it('accepts only http and https websites, valid phones, known needs and branches', async () => {
        const before = (await t.db.selectFrom('referrals').select('id').execute()).length;
        const bad = await admin.request('POST', '/api/referrals', {
          name: 'Zły wpis',
          category: 'ngo',
          website: 'javascript:alert(1)',
          phone: 'zadzwoń',
          needs: ['loan', 'loan', 'pizza'],
        });
        expect(bad.statusCode).toBe(400);
        const fields = bad.json().errors.map((error: { field: string; code: string }) => `${error.field}:${error.code}`);
        expect(fields).toEqual(expect.arrayContaining(['website:invalid_website', 'phone:invalid_phone', 'needs.2:invalid_value']));
        for (const website of ['ftp://example.org', 'mailto:a@example.org', 'https://', 'example.org']) {
          const response = await admin.request('POST', '/api/referrals', { name: 'Strona', category: 'ngo', website });
          expect(response.statusCode, website).toBe(400);
        }
        const unknown = await admin.request('POST', '/api/referrals', { name: 'Nigdzie', category: 'ngo', branchId: UNKNOWN_ID });
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json()).toMatchObject({ code: 'unknown_branch', errors: [{ field: 'branchId' }] });
        expect((await t.db.selectFrom('referrals').select('id').execute()).length).toBe(before);
      });
    });

    describe('PATCH and DELETE /api/referrals/:id', () => {
      it('lets a manager edit and remove their branch entries and library-wide ones; admins edit all', async () => {
        const own = await create(managerA, { branchId: branchA.id, name: 'Punkt pomocy prawnej', category: 'legal_aid' });
        const edited = await managerA.request('PATCH', `/api/referrals/${own.id}`, { hours: 'wt. 10–14', needs: ['complaint'] });
        expect(edited.statusCode).toBe(200);
        expect(edited.json()).toMatchObject({ hours: 'wt. 10–14', needs: ['complaint'], name: 'Punkt pomocy prawnej' });
        expect(await referralRow(t, own.id)).toMatchObject({ hours: 'wt. 10–14', needs: '["complaint"]' });
        const wide = await create(admin, { name: 'Urząd miasta (demo)', category: 'city_office' });
        expect((await managerA.request('PATCH', `/api/referrals/${wide.id}`, { note: 'Wejście od podwórza' })).statusCode).toBe(200);
        const foreign = await create(admin, { branchId: branchB.id, name: 'Biblioteka sąsiednia', category: 'library' });
        expect((await admin.request('PATCH', `/api/referrals/${foreign.id}`, { phone: '112' })).statusCode).toBe(200);
        expect((await managerA.request('DELETE', `/api/referrals/${own.id}`)).statusCode).toBe(204);
        expect(await referralRow(t, own.id)).toBeUndefined();

        const audit = await t.db
          .selectFrom('audit_log')
          .select(['action', 'actor_id', 'details'])
          .where('target_id', '=', own.id)
          .orderBy('at')
          .orderBy('id')
          .execute();
        expect(audit.map((entry) => [entry.action, JSON.parse(entry.details)])).toEqual([
          ['referral.created', { name: 'Punkt pomocy prawnej' }],
          ['referral.updated', { name: 'Punkt pomocy prawnej', changed: ['hours', 'needs'] }],
          ['referral.deleted', { name: 'Punkt pomocy prawnej' }],
        ]);
        const readable = await admin.request('GET', '/api/audit?action=referral.deleted');
        expect(readable.json().items[0]).toMatchObject({ targetType: 'referral', targetId: own.id });
      });

      it('refuses changes outside the manager scope and by librarians, changing nothing', async () => {
        const foreign = await create(admin, { branchId: branchB.id, name: 'Urząd pracy (demo)', category: 'employment' });
        const own = await create(managerA, { branchId: branchA.id, name: 'Fundacja (demo)', category: 'ngo' });
        expect((await managerA.request('PATCH', `/api/referrals/${foreign.id}`, { note: 'Zmiana' })).statusCode).toBe(403);
        expect((await managerA.request('DELETE', `/api/referrals/${foreign.id}`)).statusCode).toBe(403);
        expect((await managerA.request('PATCH', `/api/referrals/${own.id}`, { branchId: branchB.id })).statusCode).toBe(403);
        expect((await librarianA.request('PATCH', `/api/referrals/${own.id}`, { note: 'Zmiana' })).statusCode).toBe(403);
        expect((await librarianA.request('DELETE', `/api/referrals/${own.id}`)).statusCode).toBe(403);
        expect((await admin.request('PATCH', `/api/referrals/${UNKNOWN_ID}`, { note: 'x' })).statusCode).toBe(404);
        expect(await referralRow(t, foreign.id)).toMatchObject({ note: '', branch_id: branchB.id });
        expect(await referralRow(t, own.id)).toMatchObject({ note: '', branch_id: branchA.id });
      });
    });

    describe('GET /api/referrals', () => {
      let ids: Record<string, string>;
      beforeAll(async () => {
        await t.db.deleteFrom('referrals').execute();
        const entries: CreateReferralInput[] = [
          { name: 'Miejski Ośrodek Pomocy Społecznej', category: 'social_welfare', needs: ['social'], branchId: branchA.id },
          { name: 'Punkt nieodpłatnej pomocy prawnej', category: 'legal_aid', needs: ['complaint'], note: 'Zapisy telefoniczne.' },
          { name: 'Centrum Wsparcia', category: 'crisis_line', needs: ['social'], note: 'Całodobowo, także święta.' },
          { name: 'Żoliborska Fundacja Łączności', category: 'ngo', needs: ['digital'], branchId: branchB.id },
        ];
        ids = {};
        for (const entry of entries) ids[entry.name] = (await create(admin, entry)).id;
      });

      const names = (response: { json(): { items: { name: string }[] } }) => response.json().items.map((item) => item.name);

      it('lists every entry in Polish alphabetical order for a librarian, read-only', async () => {
        const response = await librarianA.request('GET', '/api/referrals');
        expect(response.statusCode).toBe(200);
        expect(names(response)).toEqual([
          'Centrum Wsparcia',
          'Miejski Ośrodek Pomocy Społecznej',
          'Punkt nieodpłatnej pomocy prawnej',
          'Żoliborska Fundacja Łączności',
        ]);
        expect(response.json().total).toBe(4);
        expect(response.json().items.every((item: { canEdit: boolean }) => !item.canEdit)).toBe(true);
      });

      it.each([
        ['ośrodek', ['Miejski Ośrodek Pomocy Społecznej']],
        ['osrodek SPOLECZNEJ', ['Miejski Ośrodek Pomocy Społecznej']],
        ['ZOLIBORSKA lacznosci', ['Żoliborska Fundacja Łączności']],
        ['calodobowo', ['Centrum Wsparcia']],
        ['pomoc prawna', ['Punkt nieodpłatnej pomocy prawnej']],
        ['telefon zaufania', ['Centrum Wsparcia']],
        ['nic takiego', []],
      ])('finds "%s" ignoring case and diacritics (name, category, note)', async (q, expected) => {
        const response = await librarianA.request('GET', `/api/referrals?q=${encodeURIComponent(q)}`);
        expect(response.statusCode).toBe(200);
        expect(names(response)).toEqual(expected);
      });

      it('filters by need, category and branch', async () => {
        const social = await librarianA.request('GET', '/api/referrals?need=social');
        expect(names(social)).toEqual(['Centrum Wsparcia', 'Miejski Ośrodek Pomocy Społecznej']);
        const ngo = await librarianA.request('GET', '/api/referrals?category=ngo');
        expect(names(ngo)).toEqual(['Żoliborska Fundacja Łączności']);
        const library = await librarianA.request('GET', '/api/referrals?branch=library');
        expect(names(library)).toEqual(['Centrum Wsparcia', 'Punkt nieodpłatnej pomocy prawnej']);
        const mine = await librarianA.request('GET', '/api/referrals?branch=mine');
        expect(names(mine)).toEqual(['Centrum Wsparcia', 'Miejski Ośrodek Pomocy Społecznej', 'Punkt nieodpłatnej pomocy prawnej']);
        const b = await librarianA.request('GET', `/api/referrals?branch=${branchB.id}&need=digital`);
        expect(names(b)).toEqual(['Żoliborska Fundacja Łączności']);
        const bad = await librarianA.request('GET', '/api/referrals?need=pizza&branch=somewhere');
        expect(bad.statusCode).toBe(400);
      });

      it('tells a manager which entries they may edit, and reads one entry', async () => {
        const list = (await managerA.request('GET', '/api/referrals')).json().items;
        const editable = list.filter((item: { canEdit: boolean }) => item.canEdit).map((item: { name: string }) => item.name);
        expect(editable).toEqual(['Centrum Wsparcia', 'Miejski Ośrodek Pomocy Społecznej', 'Punkt nieodpłatnej pomocy prawnej']);
        const one = await librarianA.request('GET', `/api/referrals/${ids['Centrum Wsparcia']}`);
        expect(one.statusCode).toBe(200);
        expect(one.json()).toMatchObject({ name: 'Centrum Wsparcia', category: 'crisis_line', canEdit: false });
        expect((await librarianA.request('GET', `/api/referrals/${UNKNOWN_ID}`)).statusCode).toBe(404);
        expect((await t.app.inject({ method: 'GET', url: '/api/referrals' })).statusCode).toBe(401);
      });
    });

    describe('seedDemoReferrals', () => {
      it('adds generic demo entries for the library and the demo branches once, marked as demo', async () => {
        await t.db.deleteFrom('referrals').execute();
        const first = await seedDemoReferrals(t.db, [branchA.id, branchB.id]);
        expect(first.created).toBeGreaterThanOrEqual(8);
        const rows = await t.db.selectFrom('referrals').selectAll().execute();
        expect(rows).toHaveLength(first.created);
        expect(rows.every((row) => /demonstracyjn/.test(row.note))).toBe(true);
        expect(
          rows
            .filter((row) => row.phone !== '')
            .map((row) => row.phone)
            .sort(),
        ).toEqual(['112', '116 111', '116 123']);
        expect(rows.filter((row) => row.address !== '').every((row) => row.address.startsWith('ul. Przykładowa'))).toBe(true);
        expect(new Set(rows.map((row) => row.branch_id))).toEqual(new Set([null, branchA.id, branchB.id]));
        expect(await seedDemoReferrals(t.db, [branchA.id, branchB.id])).toEqual({ created: 0, kept: first.created });
        expect(await t.db.selectFrom('referrals').selectAll().execute()).toHaveLength(first.created);
      });
    });
  });
}
