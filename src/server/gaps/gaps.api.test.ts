import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../shared/library-time.ts';
import { createPublished } from '../practices/practice-fixtures.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { gaps, groupWith, logContact, notHelpful, search } from './gap-fixtures.ts';

type Person = { user: { id: string }; client: TestClient };

for (const dialect of DIALECTS) {
  describe(`GET /api/gaps (${dialect})`, () => {
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

    it('groups inflected and diacritic-less wordings of searches with no result, counted, with examples', async () => {
      for (const q of ['zgubiony parasol', 'zgubionego parasola', 'Zgubiony parasol', 'zgubionym parasolu w czytelni']) {
        expect((await search(librarianA.client, q)).total).toBe(0);
      }
      await search(librarianA.client, 'wypożyczenie gry planszowej');
      await search(librarianA.client, 'wypozyczenie gier planszowych');
      const stored = await t.db.selectFrom('search_queries').select(['query', 'result_count']).execute();
      expect(stored.filter((row) => row.query.toLowerCase().includes('parasol'))).toHaveLength(4);

      const { groups } = await gaps(managerA.client, '?sort=frequent');
      const umbrella = groupWith(groups, 'parasol');
      expect(umbrella).toMatchObject({
        kind: 'wording',
        count: 4,
        sources: { no_results: 4, not_opened: 0, not_helpful: 0, no_practice: 0 },
        match: { kind: 'wording', words: [['parasol'], ['zgubic']] },
        needs: [],
        channel: null,
      });
      expect(umbrella?.label.toLowerCase()).toBe('zgubiony parasol');
      expect(umbrella?.examples[0]).toMatchObject({ text: expect.stringMatching(/^zgubiony parasol$/i), count: 2, source: 'no_results' });
      expect(umbrella?.examples.map((example) => example.text)).toContain('zgubionym parasolu w czytelni');
      const games = groupWith(groups, 'planszowy');
      expect(games).toMatchObject({ count: 2, sources: { no_results: 2 } });
      const ids = groups.map((group) => group.id);
      expect(ids.indexOf(umbrella?.id ?? '')).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(umbrella?.id ?? '')).toBeLessThan(ids.indexOf(games?.id ?? ''));
    });

    it('stores queries without personal data and groups them by what is left', async () => {
      await search(librarianA.client, 'rezerwacja sali konferencyjnej dla 44051401359');
      await search(librarianA.client, 'rezerwacja sali konferencyjnej');
      const stored = await t.db.selectFrom('search_queries').select('query').execute();
      expect(stored.some((row) => row.query.includes('44051401359'))).toBe(false);
      const room = groupWith((await gaps(managerA.client)).groups, 'konferencyjny');
      expect(room?.count).toBe(2);
      expect(JSON.stringify(room)).not.toContain('44051401359');
      expect(JSON.stringify(room)).not.toContain('[pesel]');
    });

    it('counts a search whose results nobody opened until one is opened', async () => {
      const practice = await createPublished(managerA.client, { title: 'Czytelnik pyta o drukowanie z pendrive', tags: ['drukarka'] });
      const found = await search(librarianA.client, 'drukowanie z pendrive');
      expect(found.total).toBeGreaterThan(0);
      const before = groupWith((await gaps(managerA.client)).groups, 'pendrive');
      expect(before?.sources).toMatchObject({ not_opened: 1, no_results: 0 });
      const opened = await librarianA.client.request('POST', `/api/search/queries/${found.queryId}/opened`, { practiceId: practice.id });
      expect(opened.statusCode).toBeLessThan(300);
      expect(groupWith((await gaps(managerA.client)).groups, 'pendrive')).toBeUndefined();
    });

    it('collects "Nie pomogło" answers by their comment, or by the practice title without one', async () => {
      const practice = await createPublished(managerA.client, { title: 'Czytelnik pyta o godziny otwarcia w niedzielę' });
      await notHelpful(librarianA.client, practice.id);
      await notHelpful(librarianA.client, practice.id);
      await notHelpful(librarianA.client, practice.id, 'Zabrakło numeru do punktu nieodpłatnej pomocy prawnej');
      const helpful = await librarianA.client.request('POST', `/api/practices/${practice.id}/feedback`, { helpful: true });
      expect(helpful.statusCode).toBe(201);
      const { groups } = await gaps(managerA.client);
      const hours = groupWith(groups, 'niedziela');
      expect(hours).toMatchObject({ count: 2, sources: { not_helpful: 2 }, label: practice.title });
      expect(hours?.practices).toEqual([{ id: practice.id, slug: practice.slug, title: practice.title }]);
      expect(hours?.examples[0]).toMatchObject({ source: 'not_helpful', count: 2, practice: { id: practice.id } });
      const legal = groupWith(groups, 'prawny');
      expect(legal).toMatchObject({ count: 1, label: 'Zabrakło numeru do punktu nieodpłatnej pomocy prawnej' });
    });

    it('groups contacts with no practice used by needs and channel; a contact with a practice is no gap', async () => {
      const practice = await createPublished(managerA.client);
      await logContact(librarianA.client, branchA, { needs: ['fees', 'account'], channel: 'phone', note: 'Pytanie o umorzenie opłaty' });
      await logContact(librarianA.client, branchA, { needs: ['account', 'fees'], channel: 'phone' });
      await logContact(librarianA.client, branchA, { needs: ['fees'], channel: 'desk' });
      await logContact(librarianA.client, branchA, { needs: ['fees', 'account'], channel: 'phone', practiceIds: [practice.id] });
      const { groups } = await gaps(managerA.client);
      const phone = groups.find((group) => group.id === 'contact:account,fees|phone');
      expect(phone).toMatchObject({
        kind: 'contact',
        label: '',
        count: 2,
        needs: ['account', 'fees'],
        channel: 'phone',
        sources: { no_practice: 2 },
        match: { kind: 'contact', needs: ['account', 'fees'], channel: 'phone' },
      });
      expect(phone?.examples).toEqual([expect.objectContaining({ text: 'Pytanie o umorzenie opłaty', source: 'no_practice', count: 1 })]);
      expect(groups.find((group) => group.id === 'contact:fees|desk')?.count).toBe(1);
    });

    it('keeps managers to their branches; an administrator sees all, or one branch', async () => {
      await search(librarianB.client, 'zgubiony parasol');
      await search(librarianB.client, 'kurs szydełkowania dla seniorów');
      await logContact(librarianB.client, branchB, { needs: ['events'], channel: 'social' });
      const forB = (await gaps(managerB.client)).groups;
      expect(groupWith(forB, 'parasol')?.count).toBe(1);
      expect(groupWith(forB, 'szydelkowac') ?? groupWith(forB, 'szydelkowanie')).toBeDefined();
      expect(groupWith(forB, 'planszowy')).toBeUndefined();
      expect(forB.find((group) => group.id === 'contact:events|social')?.count).toBe(1);
      const forA = (await gaps(managerA.client)).groups;
      expect(groupWith(forA, 'parasol')?.count).toBe(4);
      expect(forA.find((group) => group.id === 'contact:events|social')).toBeUndefined();
      expect(groupWith((await gaps(admin.client)).groups, 'parasol')?.count).toBe(5);
      expect(groupWith((await gaps(admin.client, `?branchId=${branchB}`)).groups, 'parasol')?.count).toBe(1);
      const foreign = await managerA.client.request('GET', `/api/gaps?branchId=${branchB}`);
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json()).toMatchObject({ code: 'forbidden', errors: [{ field: 'branchId' }] });
      expect((await librarianA.client.request('GET', '/api/gaps')).statusCode).toBe(403);
    });

    it('sorts newest first or most frequent first, and limits the list', async () => {
      await search(librarianA.client, 'automat do kawy w holu');
      const recent = await gaps(managerA.client, '?sort=recent');
      expect(groupWith(recent.groups.slice(0, 1), 'automat')?.count).toBe(1);
      const times = recent.groups.map((group) => Date.parse(group.lastSeenAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const frequent = await gaps(managerA.client, '?sort=frequent&limit=2');
      expect(frequent.groups).toHaveLength(2);
      expect(frequent.total).toBe(recent.total);
      expect(frequent.groups[0]?.count).toBe(Math.max(...recent.groups.map((group) => group.count)));
    });

    it('covers a period of local days and refuses a period that ends before it starts', async () => {
      const today = localToday();
      const all = await gaps(managerA.client);
      expect(all).toMatchObject({ from: addDays(today, -89), to: today });
      const past = await gaps(managerA.client, `?from=${addDays(today, -30)}&to=${addDays(today, -1)}`);
      expect(past.groups).toEqual([]);
      expect((await gaps(managerA.client, `?from=${today}&to=${today}`)).total).toBe(all.total);
      const reversed = await managerA.client.request('GET', `/api/gaps?from=${today}&to=${addDays(today, -1)}`);
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json().errors[0].field).toBe('querystring.to');
      expect((await managerA.client.request('GET', '/api/gaps?sort=oldest')).statusCode).toBe(400);
    });
  });
}
