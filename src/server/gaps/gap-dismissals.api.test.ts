import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapGroup } from '../../shared/gaps.schema.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { gaps, groupWith, logContact, search } from './gap-fixtures.ts';

type Person = { user: { id: string }; client: TestClient };

async function dismiss(client: TestClient, group: GapGroup | undefined, branchId?: string) {
  if (!group) throw new Error('no such group');
  return client.request('POST', '/api/gaps/dismissals', {
    match: group.match,
    lastSeenAt: group.lastSeenAt,
    ...(branchId === undefined ? {} : { branchId }),
  });
}

for (const dialect of DIALECTS) {
  describe(`POST /api/gaps/dismissals (${dialect})`, () => {
    let t: TestApp;
    let branchA: string;
    let branchB: string;
    let librarianA: Person;
    let librarianB: Person;
    let managerA: Person;
    let managerB: Person;
    let admin: Person;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branchA = (await createTestBranch(t.db)).id;
      branchB = (await createTestBranch(t.db)).id;
      librarianA = await signInAs(t.app, t.db, 'librarian', [branchA]);
      librarianB = await signInAs(t.app, t.db, 'librarian', [branchB]);
      managerA = await signInAs(t.app, t.db, 'manager', [branchA]);
      managerB = await signInAs(t.app, t.db, 'manager', [branchB]);
      admin = await signInAs(t.app, t.db, 'admin');
    });
    afterAll(async () => t.close());

    it('hides a handled wording until new occurrences arrive, and then shows only those', async () => {
      await search(librarianA.client, 'ładowarka do telefonu');
      await search(librarianA.client, 'ladowarki do telefonow');
      const group = groupWith((await gaps(managerA.client)).groups, 'ladowarka');
      expect(group?.count).toBe(2);
      const response = await dismiss(managerA.client, group);
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        match: group?.match,
        upTo: group?.lastSeenAt,
        branchIds: [branchA],
        dismissedBy: { id: managerA.user.id },
      });
      const row = await t.db.selectFrom('gap_dismissals').selectAll().where('id', '=', response.json().id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ kind: 'wording', dismissed_by: managerA.user.id, branch_ids: JSON.stringify([branchA]) });
      expect(row.match_key.split(' ')).toContain('ladowarka');
      expect(groupWith((await gaps(managerA.client)).groups, 'ladowarka')).toBeUndefined();

      await search(librarianA.client, 'Ładowarka do telefonu komórkowego');
      const back = groupWith((await gaps(managerA.client)).groups, 'ladowarka');
      expect(back).toMatchObject({ count: 1, examples: [{ text: 'Ładowarka do telefonu komórkowego', count: 1 }] });
    });

    it("does not hide another branch's occurrences, while an administrator's dismissal covers the whole library", async () => {
      await search(librarianA.client, 'nauka gry na gitarze');
      await search(librarianB.client, 'nauka gry na gitarze');
      const forA = groupWith((await gaps(managerA.client)).groups, 'gitara');
      expect((await dismiss(managerA.client, forA)).statusCode).toBe(201);
      expect(groupWith((await gaps(managerB.client)).groups, 'gitara')?.count).toBe(1);
      expect(groupWith((await gaps(admin.client)).groups, 'gitara')?.count).toBe(1);

      const forAdmin = groupWith((await gaps(admin.client)).groups, 'gitara');
      const response = await dismiss(admin.client, forAdmin);
      expect(response.statusCode).toBe(201);
      expect(response.json().branchIds).toBeNull();
      expect(groupWith((await gaps(managerB.client)).groups, 'gitara')).toBeUndefined();
      expect(groupWith((await gaps(admin.client)).groups, 'gitara')).toBeUndefined();
    });

    it('dismisses a group of contacts with no practice by its needs and channel', async () => {
      await logContact(librarianA.client, branchA, { needs: ['digital'], channel: 'chat' });
      await logContact(librarianA.client, branchA, { needs: ['digital', 'loan'], channel: 'chat' });
      const { groups } = await gaps(managerA.client);
      const digital = groups.find((group) => group.id === 'contact:digital|chat');
      const response = await dismiss(managerA.client, digital, branchA);
      expect(response.statusCode).toBe(201);
      expect(response.json().match).toEqual({ kind: 'contact', needs: ['digital'], channel: 'chat' });
      const after = (await gaps(managerA.client)).groups;
      expect(after.find((group) => group.id === 'contact:digital|chat')).toBeUndefined();
      expect(after.find((group) => group.id === 'contact:digital,loan|chat')?.count).toBe(1);
      await logContact(librarianA.client, branchA, { needs: ['digital'], channel: 'chat' });
      expect((await gaps(managerA.client)).groups.find((group) => group.id === 'contact:digital|chat')?.count).toBe(1);
    });

    it('never hides what comes after now, even when told a later time', async () => {
      await search(librarianA.client, 'wymiana żarówki w lampie');
      const group = groupWith((await gaps(managerA.client)).groups, 'zarowka');
      if (!group) throw new Error('no group');
      const future = new Date(Date.now() + 86_400_000).toISOString();
      const response = await dismiss(managerA.client, { ...group, lastSeenAt: future });
      expect(response.statusCode).toBe(201);
      expect(Date.parse(response.json().upTo)).toBeLessThanOrEqual(Date.now());
      await search(librarianA.client, 'wymiana żarówki');
      expect(groupWith((await gaps(managerA.client)).groups, 'zarowka')?.count).toBe(1);
    });

    it('refuses librarians, foreign or unknown branches and malformed matches', async () => {
      const body = { match: { kind: 'wording', words: [['kaucja']] }, lastSeenAt: new Date().toISOString() };
      expect((await librarianA.client.request('POST', '/api/gaps/dismissals', body)).statusCode).toBe(403);
      const foreign = await managerA.client.request('POST', '/api/gaps/dismissals', { ...body, branchId: branchB });
      expect(foreign.statusCode).toBe(403);
      const unknown = await admin.client.request('POST', '/api/gaps/dismissals', {
        ...body,
        branchId: '0190a0b4-0000-7000-8000-000000000000',
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json()).toMatchObject({ code: 'unknown_branch', errors: [{ field: 'branchId' }] });
      for (const match of [
        { kind: 'wording', words: [] },
        { kind: 'wording', words: [[]] },
        { kind: 'wording', words: [['Kaucja!']] },
        { kind: 'wording', tokens: ['kaucja'] },
        { kind: 'contact', needs: ['fees', 'fees'], channel: 'desk' },
        { kind: 'contact', needs: ['fees'], channel: 'pigeon' },
        { kind: 'topic', tokens: ['kaucja'] },
      ]) {
        const response = await managerA.client.request('POST', '/api/gaps/dismissals', { ...body, match });
        expect(response.statusCode, JSON.stringify(match)).toBe(400);
        expect(response.json().code).toBe('validation_failed');
      }
      const rows = await t.db.selectFrom('gap_dismissals').select('match_key').execute();
      expect(rows.map((row) => row.match_key)).not.toContain('kaucja');
    });
  });
}
