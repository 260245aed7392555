import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';

const UNKNOWN_ID = '0190a0b4-0000-7000-8000-000000000000';

function contactRows(t: TestApp, branchId: string) {
  return t.db.selectFrom('branch_safety_contacts').selectAll().where('branch_id', '=', branchId).orderBy('position').execute();
}

for (const dialect of DIALECTS) {
  describe(`branch safety contacts (${dialect})`, () => {
    let t: TestApp;
    let branch: { id: string; name: string };
    let other: { id: string; name: string };
    let manager: TestClient;
    let managerId: string;
    let librarian: TestClient;
    let admin: TestClient;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branch = await createTestBranch(t.db, 'Filia Targówek');
      other = await createTestBranch(t.db, 'Filia Białołęka');
      const signedIn = await signInAs(t.app, t.db, 'manager', [branch.id]);
      manager = signedIn.client;
      managerId = signedIn.user.id;
      librarian = (await signInAs(t.app, t.db, 'librarian', [branch.id])).client;
      admin = (await signInAs(t.app, t.db, 'admin')).client;
    });
    afterAll(async () => t.close());

    it('shows 112 until the branch configures its own contacts', async () => {
      const response = await librarian.request('GET', `/api/branches/${branch.id}/safety-contacts`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        branchId: branch.id,
        branchName: 'Filia Targówek',
        configured: false,
        contacts: [{ kind: 'police', label: '', phone: '112', note: '' }],
        updatedAt: null,
        updatedBy: null,
        canEdit: false,
      });
    });

    it('lets the branch manager replace the list, kept in order with who saved it', async () => {
      const contacts = [
        { kind: 'security', label: 'Ochrona budynku', phone: '22 000 00 01', note: 'Dyżur 8–20' },
        { kind: 'manager_on_duty', phone: '+48 600 000 000' },
        { kind: 'police', phone: '112' },
        { kind: 'other', label: 'Straż Miejska', phone: '986' },
      ];
      const response = await manager.request('PUT', `/api/branches/${branch.id}/safety-contacts`, { contacts });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ configured: true, canEdit: true, updatedBy: { id: managerId } });
      expect(response.json().contacts.map((c: { kind: string }) => c.kind)).toEqual(['security', 'manager_on_duty', 'police', 'other']);
      const rows = await contactRows(t, branch.id);
      expect(rows.map((row) => [row.position, row.kind, row.label, row.phone])).toEqual([
        [0, 'security', 'Ochrona budynku', '22 000 00 01'],
        [1, 'manager_on_duty', '', '+48 600 000 000'],
        [2, 'police', '', '112'],
        [3, 'other', 'Straż Miejska', '986'],
      ]);
      const shorter = await manager.request('PUT', `/api/branches/${branch.id}/safety-contacts`, { contacts: [contacts[0]] });
      expect(shorter.json().contacts).toHaveLength(1);
      expect(await contactRows(t, branch.id)).toHaveLength(1);
      const read = await librarian.request('GET', `/api/branches/${branch.id}/safety-contacts`);
      expect(read.json()).toMatchObject({ configured: true, contacts: [{ label: 'Ochrona budynku' }] });
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id', 'details'])
        .where('target_id', '=', branch.id)
        .where('action', '=', 'branch.safety_contacts_changed')
        .orderBy('at')
        .orderBy('id')
        .execute();
      expect(audit.map((entry) => [entry.actor_id, JSON.parse(entry.details)])).toEqual([
        [managerId, { contacts: 4 }],
        [managerId, { contacts: 1 }],
      ]);
    });

    it('brings back the 112 default when the list is emptied', async () => {
      await admin.request('PUT', `/api/branches/${other.id}/safety-contacts`, { contacts: [{ kind: 'security', phone: '997' }] });
      const emptied = await admin.request('PUT', `/api/branches/${other.id}/safety-contacts`, { contacts: [] });
      expect(emptied.statusCode).toBe(200);
      expect(emptied.json()).toMatchObject({ configured: false, contacts: [{ kind: 'police', phone: '112' }] });
      expect(await contactRows(t, other.id)).toEqual([]);
    });

    it('refuses librarians and managers of other branches, changing nothing', async () => {
      const before = await contactRows(t, branch.id);
      const body = { contacts: [{ kind: 'police', phone: '112' }] };
      expect((await librarian.request('PUT', `/api/branches/${branch.id}/safety-contacts`, body)).statusCode).toBe(403);
      expect((await manager.request('PUT', `/api/branches/${other.id}/safety-contacts`, body)).statusCode).toBe(403);
      expect((await admin.request('PUT', `/api/branches/${UNKNOWN_ID}/safety-contacts`, body)).statusCode).toBe(404);
      expect((await manager.request('GET', `/api/branches/${other.id}/safety-contacts`)).json().canEdit).toBe(false);
      expect(await contactRows(t, branch.id)).toEqual(before);
    });

    it('validates phones, labels of other contacts, kinds and the list length', async () => {
      const before = await contactRows(t, branch.id);
      const response = await manager.request('PUT', `/api/branches/${branch.id}/safety-contacts`, {
        contacts: [
          { kind: 'security', phone: 'dzwoń' },
          { kind: 'other', phone: '986' },
          { kind: 'firefighters', phone: '998' },
          { kind: 'police', phone: '  ' },
        ],
      });
      expect(response.statusCode).toBe(400);
      const errors = response.json().errors.map((error: { field: string; code: string }) => `${error.field}:${error.code}`);
      expect(errors).toEqual(
        expect.arrayContaining([
          'contacts.0.phone:invalid_phone',
          'contacts.1.label:label_required',
          'contacts.2.kind:invalid_value',
          'contacts.3.phone:required',
        ]),
      );
      const many = Array.from({ length: 21 }, () => ({ kind: 'police', phone: '112' }));
      expect((await manager.request('PUT', `/api/branches/${branch.id}/safety-contacts`, { contacts: many })).statusCode).toBe(400);
      expect(await contactRows(t, branch.id)).toEqual(before);
    });
  });
}
