import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { createDraft, createPublished, practiceInput } from './practice-fixtures.ts';

for (const dialect of DIALECTS) {
  describe(`practices (${dialect})`, () => {
    let t: TestApp;
    let branchId: string;
    let librarian: { user: { id: string }; client: TestClient };
    let otherLibrarian: { user: { id: string }; client: TestClient };
    let manager: { user: { id: string }; client: TestClient };

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branchId = (await createTestBranch(t.db)).id;
      librarian = await signInAs(t.app, t.db, 'librarian', [branchId]);
      otherLibrarian = await signInAs(t.app, t.db, 'librarian', [branchId]);
      manager = await signInAs(t.app, t.db, 'manager', [branchId]);
    });
    afterAll(async () => t.close());

    describe('POST /api/practices', () => {
      it('creates a draft with a slug from the Polish title, version 1 and a first revision', async () => {
        const response = await librarian.client.request(
          'POST',
          '/api/practices',
          practiceInput({ title: 'Czytelnik zgubił książkę – co dalej?' }),
        );
        expect(response.statusCode).toBe(201);
        const body = response.json();
        expect(body).toMatchObject({ slug: 'czytelnik-zgubil-ksiazke-co-dalej', status: 'draft', version: 1, branchId: null });
        expect(body.author.id).toBe(librarian.user.id);
        expect(body.stats).toBeUndefined();
        expect(body.actions).toMatchObject({ edit: true, submit: true, publish: false, propose: false });
        const row = await t.db.selectFrom('practices').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
        expect(row.status).toBe('draft');
        expect(JSON.parse(row.channels)).toEqual(['desk', 'phone']);
        const revisions = await t.db.selectFrom('practice_revisions').selectAll().where('practice_id', '=', body.id).execute();
        expect(revisions.map((r) => [r.number, r.kind, r.author_id])).toEqual([[1, 'create', librarian.user.id]]);
        const facets = await t.db.selectFrom('practice_facets').select(['kind', 'value']).where('practice_id', '=', body.id).execute();
        expect(facets).toHaveLength(6);
      });

      it('gives a second practice with the same title a numbered slug, and refuses a taken explicit slug with 409 slug_taken', async () => {
        const first = await createDraft(librarian.client, { title: 'Hałas w czytelni' });
        const second = await createDraft(librarian.client, { title: 'Hałas w czytelni' });
        expect(first.slug).toBe('halas-w-czytelni');
        expect(second.slug).toBe('halas-w-czytelni-2');
        const taken = await librarian.client.request('POST', '/api/practices', practiceInput({ slug: 'halas-w-czytelni' }));
        expect(taken.statusCode).toBe(409);
        expect(taken.json()).toMatchObject({ code: 'slug_taken', errors: [{ field: 'slug' }] });
        expect(taken.json().detail).toContain('halas-w-czytelni');
        const reserved = await librarian.client.request('POST', '/api/practices', practiceInput({ slug: 'review-queue' }));
        expect(reserved.statusCode).toBe(409);
        const pageName = await createDraft(librarian.client, { title: 'Binder' });
        expect(pageName.slug).toBe('binder-2');
      });

      it('refuses oversized fields, invalid enums, duplicate chips and unknown fields with field errors, never 500', async () => {
        const response = await librarian.client.request('POST', '/api/practices', {
          ...practiceInput(),
          title: 'x'.repeat(201),
          channels: ['desk', 'pigeon'],
          tags: ['a', 'a'],
          summary: 's'.repeat(1001),
          colour: 'red',
        });
        expect(response.statusCode).toBe(400);
        const fields = response.json().errors.map((e: { field: string }) => e.field);
        expect(fields).toEqual(expect.arrayContaining(['title', 'channels.1', 'tags', 'summary', 'colour']));
        const slug = await librarian.client.request('POST', '/api/practices', practiceInput({ slug: 'Zła Nazwa' }));
        expect(slug.statusCode).toBe(400);
        expect(await t.db.selectFrom('practices').select('id').where('title', '=', 'x'.repeat(201)).execute()).toHaveLength(0);
      });

      it('stores HTML and script as plain text, exactly as sent', async () => {
        const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
        const created = await createDraft(librarian.client, { title: `Test ${payload}`, body: payload, steps: [payload] });
        const read = await librarian.client.request('GET', `/api/practices/${created.id}`);
        expect(read.json().body).toBe(payload);
        expect(read.json().steps).toEqual([payload]);
        const row = await t.db.selectFrom('practices').select('body').where('id', '=', created.id).executeTakeFirstOrThrow();
        expect(row.body).toBe(payload);
      });

      it('lets a librarian write for their own branch but not for another one', async () => {
        const own = await librarian.client.request('POST', '/api/practices', practiceInput({ branchId }));
        expect(own.statusCode).toBe(201);
        expect(own.json().branchId).toBe(branchId);
        const foreign = (await createTestBranch(t.db)).id;
        const refused = await librarian.client.request('POST', '/api/practices', practiceInput({ branchId: foreign }));
        expect(refused.statusCode).toBe(403);
        const unknown = await librarian.client.request(
          'POST',
          '/api/practices',
          practiceInput({ branchId: '0190a0b4-0000-7000-8000-000000000001' }),
        );
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json().code).toBe('unknown_branch');
      });
    });

    describe('GET /api/practices/:id', () => {
      it('finds a practice by id and by slug', async () => {
        const published = await createPublished(manager.client);
        const byId = await librarian.client.request('GET', `/api/practices/${published.id}`);
        const bySlug = await librarian.client.request('GET', `/api/practices/${published.slug}`);
        expect(byId.statusCode).toBe(200);
        expect(bySlug.json().id).toBe(published.id);
      });

      it('answers 404 to a librarian for the draft of someone else, and 200 to its author and a manager', async () => {
        const draft = await createDraft(librarian.client);
        expect((await otherLibrarian.client.request('GET', `/api/practices/${draft.id}`)).statusCode).toBe(404);
        expect((await librarian.client.request('GET', `/api/practices/${draft.id}`)).statusCode).toBe(200);
        expect((await manager.client.request('GET', `/api/practices/${draft.id}`)).statusCode).toBe(200);
      });

      it('answers 404 for an unknown id or slug and 400 for a malformed one', async () => {
        expect((await librarian.client.request('GET', '/api/practices/0190a0b4-0000-7000-8000-000000000002')).statusCode).toBe(404);
        expect((await librarian.client.request('GET', '/api/practices/nie-ma-takiej')).statusCode).toBe(404);
        const bad = await librarian.client.request('GET', '/api/practices/Z%C5%82y%20Identyfikator');
        expect(bad.statusCode).toBe(400);
        expect(bad.json().code).toBe('validation_failed');
      });

      it('shows usage figures to managers only', async () => {
        const published = await createPublished(manager.client);
        expect((await librarian.client.request('GET', `/api/practices/${published.id}`)).json().stats).toBeUndefined();
        expect((await manager.client.request('GET', `/api/practices/${published.id}`)).json().stats).toEqual({
          viewCount: 0,
          helpfulCount: 0,
          notHelpfulCount: 0,
          helpfulRatio: null,
          openFlagCount: 0,
        });
      });
    });

    describe('GET /api/practices', () => {
      it('lists published practices only by default, and a librarian sees only their own drafts', async () => {
        const tag = `lista-${Date.now()}`;
        const published = await createPublished(manager.client, { tags: [tag] });
        const ownDraft = await createDraft(librarian.client, { tags: [tag] });
        const othersDraft = await createDraft(otherLibrarian.client, { tags: [tag] });
        const byDefault = (await librarian.client.request('GET', `/api/practices?tags=${tag}`)).json();
        expect(byDefault.items.map((p: { id: string }) => p.id)).toEqual([published.id]);
        const drafts = (await librarian.client.request('GET', `/api/practices?tags=${tag}&status=draft,published`)).json();
        expect(drafts.items.map((p: { id: string }) => p.id).sort()).toEqual([published.id, ownDraft.id].sort());
        const managers = (await manager.client.request('GET', `/api/practices?tags=${tag}&status=draft`)).json();
        expect(managers.items.map((p: { id: string }) => p.id).sort()).toEqual([ownDraft.id, othersDraft.id].sort());
      });

      it('filters by need, channel, attitude and tag: any value within a facet, every facet at once', async () => {
        const tag = `filtry-${Date.now()}`;
        const a = await createPublished(manager.client, { tags: [tag], needs: ['fees'], channels: ['desk'], attitudes: ['negative'] });
        const b = await createPublished(manager.client, { tags: [tag], needs: ['loan'], channels: ['email'], attitudes: ['negative'] });
        const c = await createPublished(manager.client, {
          tags: [tag, `${tag}-b`],
          needs: ['fees'],
          channels: ['phone'],
          attitudes: ['friendly'],
        });
        const ids = async (query: string) =>
          (await librarian.client.request('GET', `/api/practices?tags=${tag}&${query}`))
            .json()
            .items.map((p: { id: string }) => p.id)
            .sort();
        expect(await ids('needs=fees')).toEqual([a.id, c.id].sort());
        expect(await ids('needs=fees&needs=loan')).toEqual([a.id, b.id, c.id].sort());
        expect(await ids('needs=fees&attitudes=negative')).toEqual([a.id]);
        expect(await ids('channels=email,phone')).toEqual([b.id, c.id].sort());
        const onlyB = await librarian.client.request('GET', `/api/practices?tags=${tag}-b`);
        expect(onlyB.json().items.map((p: { id: string }) => p.id)).toEqual([c.id]);
        const invalid = await librarian.client.request('GET', '/api/practices?needs=coffee');
        expect(invalid.statusCode).toBe(400);
      });

      it('filters by branch, author and status', async () => {
        const tag = `zakres-${Date.now()}`;
        const branchOnly = await createPublished(manager.client, { tags: [tag], branchId });
        const library = await createPublished(manager.client, { tags: [tag] });
        const mine = await createDraft(librarian.client, { tags: [tag] });
        const list = async (query: string) =>
          (await manager.client.request('GET', `/api/practices?tags=${tag}&${query}`)).json().items.map((p: { id: string }) => p.id);
        expect(await list(`branch=${branchId}`)).toEqual([branchOnly.id]);
        expect(await list('branch=library')).toEqual([library.id]);
        expect(await list(`author=${librarian.user.id}&status=draft`)).toEqual([mine.id]);
      });

      it('sorts by recent update, by views and by helpfulness, and pages with a total', async () => {
        const tag = `sort-${Date.now()}`;
        const first = await createPublished(manager.client, { tags: [tag] });
        const second = await createPublished(manager.client, { tags: [tag] });
        const third = await createPublished(manager.client, { tags: [tag] });
        for (let i = 0; i < 3; i++) await librarian.client.request('POST', `/api/practices/${first.id}/view`);
        await librarian.client.request('POST', `/api/practices/${second.id}/view`);
        await librarian.client.request('POST', `/api/practices/${third.id}/feedback`, { helpful: true });
        await librarian.client.request('POST', `/api/practices/${third.id}/feedback`, { helpful: true });
        await librarian.client.request('POST', `/api/practices/${second.id}/feedback`, { helpful: true });
        const order = async (sort: string) =>
          (await librarian.client.request('GET', `/api/practices?tags=${tag}&sort=${sort}`)).json().items.map((p: { id: string }) => p.id);
        expect(await order('updated')).toEqual([third.id, second.id, first.id]);
        expect(await order('views')).toEqual([first.id, second.id, third.id]);
        expect(await order('helpful')).toEqual([third.id, second.id, first.id]);
        const page = (await librarian.client.request('GET', `/api/practices?tags=${tag}&limit=2&offset=2`)).json();
        expect(page).toMatchObject({ total: 3, limit: 2, offset: 2 });
        expect(page.items.map((p: { id: string }) => p.id)).toEqual([first.id]);
      });
    });

    describe('GET /api/practices/binder', () => {
      it('gives the list’s selection and order as whole practices, each as its own page shows it', async () => {
        const tag = `segregator-${Date.now()}`;
        const first = await createPublished(manager.client, { tags: [tag], steps: ['Przywitaj się', 'Sprawdź konto'] });
        const second = await createPublished(manager.client, { tags: [tag], body: 'Dłuższe wyjaśnienie dla zespołu.' });
        const ownDraft = await createDraft(librarian.client, { tags: [tag] });
        await createDraft(otherLibrarian.client, { tags: [tag] });
        const proposed = await librarian.client.request('POST', `/api/practices/${first.id}/proposals`, {
          expectedVersion: first.version,
          summary: 'Propozycja zmiany streszczenia.',
          comment: 'Tak pytają czytelnicy',
        });
        expect(proposed.statusCode).toBe(201);

        for (const caller of [librarian, manager]) {
          const query = `tags=${tag}&status=draft,published`;
          const list = (await caller.client.request('GET', `/api/practices?${query}`)).json();
          const response = await caller.client.request('GET', `/api/practices/binder?${query}`);
          expect(response.statusCode).toBe(200);
          const binder = response.json();
          expect(binder.total).toBe(list.total);
          expect(binder.items.map((p: { id: string }) => p.id)).toEqual(list.items.map((p: { id: string }) => p.id));
          for (const item of binder.items) {
            const page = (await caller.client.request('GET', `/api/practices/${item.id}`)).json();
            expect(item).toEqual(page);
          }
        }
        const librarians = (await librarian.client.request('GET', `/api/practices/binder?tags=${tag}&status=draft,published`)).json();
        expect(librarians.items.map((p: { id: string }) => p.id).sort()).toEqual([first.id, second.id, ownDraft.id].sort());
        const withProposal = librarians.items.find((p: { id: string }) => p.id === first.id);
        expect(withProposal).toMatchObject({ steps: ['Przywitaj się', 'Sprawdź konto'], proposalPending: true });
        expect(withProposal.pendingProposal).toMatchObject({ author: { id: librarian.user.id }, comment: 'Tak pytają czytelnicy' });
        const bodies = librarians.items.map((p: { body: string }) => p.body);
        expect(bodies).toContain('Dłuższe wyjaśnienie dla zespołu.');
      });

      it('refuses more than 100 practices at once and unknown filter values with 400', async () => {
        expect((await librarian.client.request('GET', '/api/practices/binder?limit=101')).statusCode).toBe(400);
        expect((await librarian.client.request('GET', '/api/practices/binder?needs=coffee')).statusCode).toBe(400);
        const empty = await librarian.client.request('GET', `/api/practices/binder?tags=nic-takiego-${Date.now()}`);
        expect(empty.json()).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
      });
    });

    describe('OpenAPI', () => {
      it('documents the practices endpoints and the edit-conflict problem', async () => {
        const response = await librarian.client.request('GET', '/api/openapi.json');
        expect(response.statusCode).toBe(200);
        const document = response.json();
        expect(Object.keys(document.paths)).toEqual(
          expect.arrayContaining(['/api/practices', '/api/practices/{id}', '/api/practices/import']),
        );
        expect(JSON.stringify(document.paths['/api/practices/{id}'].patch.responses['409'])).toContain('current');
      });
    });
  });
}
