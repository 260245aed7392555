import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { contactInput } from '../interactions/interaction-fixtures.ts';
import { createDraft, createPublished } from './practice-fixtures.ts';

type Person = { user: { id: string }; client: TestClient };

for (const dialect of DIALECTS) {
  describe(`practice workflow (${dialect})`, () => {
    let t: TestApp;
    let branchId: string;
    let librarian: Person;
    let colleague: Person;
    let manager: Person;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      branchId = (await createTestBranch(t.db)).id;
      librarian = await signInAs(t.app, t.db, 'librarian', [branchId]);
      colleague = await signInAs(t.app, t.db, 'librarian', [branchId]);
      manager = await signInAs(t.app, t.db, 'manager', [branchId]);
    });
    afterAll(async () => t.close());

    const row = (id: string) => t.db.selectFrom('practices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const revisions = (id: string) =>
      t.db.selectFrom('practice_revisions').selectAll().where('practice_id', '=', id).orderBy('number').execute();

    it('runs draft → submit → return with a comment → edit → submit → publish', async () => {
      const draft = await createDraft(librarian.client, { title: 'Czytelnik chce przedłużyć wypożyczenie' });
      const submitted = await librarian.client.request('POST', `/api/practices/${draft.id}/submit`, { expectedVersion: 1 });
      expect(submitted.statusCode).toBe(200);
      expect(submitted.json()).toMatchObject({ status: 'in_review', version: 2 });

      const queue = (await manager.client.request('GET', '/api/practices/review-queue')).json();
      const item = queue.items.find((entry: { practice: { id: string } }) => entry.practice.id === draft.id);
      expect(item).toMatchObject({ kind: 'submission', version: 2, published: null, submittedBy: { id: librarian.user.id } });
      expect(item.proposed.title).toBe('Czytelnik chce przedłużyć wypożyczenie');

      const returned = await manager.client.request('POST', `/api/practices/${draft.id}/return`, {
        expectedVersion: 2,
        comment: 'Dodaj krok o limicie przedłużeń.',
      });
      expect(returned.statusCode).toBe(200);
      expect(returned.json()).toMatchObject({ status: 'draft', version: 3 });

      const mine = (await librarian.client.request('GET', '/api/practices/mine')).json();
      expect(mine.drafts.map((p: { id: string }) => p.id)).toContain(draft.id);
      const history = (await librarian.client.request('GET', `/api/practices/${draft.id}/revisions`)).json();
      expect(history[0]).toMatchObject({ kind: 'return', comment: 'Dodaj krok o limicie przedłużeń.', author: { id: manager.user.id } });

      const edited = await librarian.client.request('PATCH', `/api/practices/${draft.id}`, {
        expectedVersion: 3,
        steps: ['Sprawdź konto', 'Sprawdź limit przedłużeń', 'Przedłuż', 'Podaj nowy termin'],
        comment: 'Dodany limit',
      });
      expect(edited.statusCode).toBe(200);
      await librarian.client.request('POST', `/api/practices/${draft.id}/submit`, { expectedVersion: 4 });
      const published = await manager.client.request('POST', `/api/practices/${draft.id}/publish`, {
        expectedVersion: 5,
        comment: 'Dziękuję',
      });
      expect(published.statusCode).toBe(200);
      const body = published.json();
      expect(body).toMatchObject({ status: 'published', version: 6, owner: { id: librarian.user.id }, reviewer: { id: manager.user.id } });
      const stored = await row(draft.id);
      expect(stored.status).toBe('published');
      expect(stored.owner_id).toBe(librarian.user.id);
      const months = (new Date(body.reviewBy).getTime() - new Date(body.publishedAt).getTime()) / (86_400_000 * 30.4);
      expect(Math.round(months)).toBe(12);
      expect((await revisions(draft.id)).map((r) => r.kind)).toEqual(['create', 'submit', 'return', 'edit', 'submit', 'publish']);
      expect((await colleague.client.request('GET', `/api/practices/${draft.id}`)).statusCode).toBe(200);
    });

    it('refuses a librarian publishing, and a manager of another branch reviewing a branch practice', async () => {
      const draft = await createDraft(librarian.client, { branchId });
      await librarian.client.request('POST', `/api/practices/${draft.id}/submit`, { expectedVersion: 1 });
      const byLibrarian = await librarian.client.request('POST', `/api/practices/${draft.id}/publish`, { expectedVersion: 2 });
      expect(byLibrarian.statusCode).toBe(403);
      const elsewhere = await signInAs(t.app, t.db, 'manager', [(await createTestBranch(t.db)).id]);
      expect((await elsewhere.client.request('POST', `/api/practices/${draft.id}/publish`, { expectedVersion: 2 })).statusCode).toBe(404);
      expect((await row(draft.id)).status).toBe('in_review');
      const libraryWide = await createDraft(librarian.client);
      await librarian.client.request('POST', `/api/practices/${libraryWide.id}/submit`, { expectedVersion: 1 });
      expect((await elsewhere.client.request('POST', `/api/practices/${libraryWide.id}/publish`, { expectedVersion: 2 })).statusCode).toBe(
        200,
      );
    });

    it('lets a manager publish their own draft directly and edit a published practice in place', async () => {
      const draft = await createDraft(manager.client);
      const published = await manager.client.request('POST', `/api/practices/${draft.id}/publish`, { expectedVersion: 1 });
      expect(published.json().status).toBe('published');
      const edited = await manager.client.request('PATCH', `/api/practices/${draft.id}`, {
        expectedVersion: 2,
        summary: 'Nowe streszczenie.',
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ status: 'published', summary: 'Nowe streszczenie.', version: 3 });
    });

    it('keeps the published text for everyone while a librarian’s proposal waits, then applies it on approval', async () => {
      const published = await createPublished(manager.client, { summary: 'Stare streszczenie.' });
      const direct = await librarian.client.request('PATCH', `/api/practices/${published.id}`, { expectedVersion: 2, summary: 'Nie tak.' });
      expect(direct.statusCode).toBe(403);

      const proposed = await librarian.client.request('POST', `/api/practices/${published.id}/proposals`, {
        expectedVersion: 2,
        summary: 'Nowe, lepsze streszczenie.',
        comment: 'Czytelnicy pytają o to częściej',
      });
      expect(proposed.statusCode).toBe(201);
      expect(proposed.json()).toMatchObject({ summary: 'Stare streszczenie.', proposalPending: true, version: 3 });
      expect(proposed.json().pendingProposal).toMatchObject({ author: { id: librarian.user.id }, baseVersion: 2 });

      const seenByColleague = (await colleague.client.request('GET', `/api/practices/${published.id}`)).json();
      expect(seenByColleague).toMatchObject({ summary: 'Stare streszczenie.', proposalPending: true, pendingProposal: null });
      const history = (await colleague.client.request('GET', `/api/practices/${published.id}/revisions`)).json();
      expect(history.some((r: { kind: string }) => r.kind === 'proposal')).toBe(false);
      const second = await colleague.client.request('POST', `/api/practices/${published.id}/proposals`, {
        expectedVersion: 3,
        summary: 'Inne.',
      });
      expect(second.statusCode).toBe(409);
      expect(second.json().code).toBe('proposal_pending');

      const queue = (await manager.client.request('GET', '/api/practices/review-queue')).json();
      const item = queue.items.find((entry: { practice: { id: string } }) => entry.practice.id === published.id);
      expect(item).toMatchObject({ kind: 'proposal', version: 3, baseVersion: 2, comment: 'Czytelnicy pytają o to częściej' });
      expect(item.proposed.summary).toBe('Nowe, lepsze streszczenie.');
      expect(item.published.summary).toBe('Stare streszczenie.');
      const mine = (await librarian.client.request('GET', '/api/practices/mine')).json();
      expect(mine.proposals.map((p: { practice: { id: string } }) => p.practice.id)).toContain(published.id);

      const approved = await manager.client.request('POST', `/api/practices/${published.id}/publish`, {
        expectedVersion: 3,
        comment: 'Dobrze',
      });
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({ summary: 'Nowe, lepsze streszczenie.', proposalPending: false, version: 4 });
      expect((await colleague.client.request('GET', `/api/practices/${published.id}`)).json().summary).toBe('Nowe, lepsze streszczenie.');
      const proposal = (await revisions(published.id)).find((r) => r.kind === 'proposal');
      expect(proposal).toMatchObject({ review_state: 'approved', reviewer_id: manager.user.id, review_comment: 'Dobrze' });
    });

    it('declines a proposal with a comment and leaves the published text as it was', async () => {
      const published = await createPublished(manager.client, { summary: 'Bez zmian.' });
      await librarian.client.request('POST', `/api/practices/${published.id}/proposals`, { expectedVersion: 2, summary: 'Zmiana.' });
      const noComment = await manager.client.request('POST', `/api/practices/${published.id}/return`, {
        expectedVersion: 3,
        comment: '  ',
      });
      expect(noComment.statusCode).toBe(400);
      const declined = await manager.client.request('POST', `/api/practices/${published.id}/return`, {
        expectedVersion: 3,
        comment: 'To już jest w innej praktyce.',
      });
      expect(declined.statusCode).toBe(200);
      expect(declined.json()).toMatchObject({ status: 'published', summary: 'Bez zmian.', proposalPending: false });
      const proposal = (await revisions(published.id)).find((r) => r.kind === 'proposal');
      expect(proposal).toMatchObject({ review_state: 'returned', review_comment: 'To już jest w innej praktyce.' });
      const mine = (await librarian.client.request('GET', '/api/practices/mine')).json();
      const entry = mine.proposals.find((p: { practice: { id: string } }) => p.practice.id === published.id);
      expect(entry.revision).toMatchObject({ reviewState: 'returned', reviewComment: 'To już jest w innej praktyce.' });
    });

    it('refuses a stale edit with 409 edit_conflict carrying the current practice, and changes nothing', async () => {
      const draft = await createDraft(librarian.client, { summary: 'Pierwsza wersja.' });
      await manager.client.request('PATCH', `/api/practices/${draft.id}`, { expectedVersion: 1, summary: 'Poprawka kierowniczki.' });
      const stale = await librarian.client.request('PATCH', `/api/practices/${draft.id}`, { expectedVersion: 1, summary: 'Moja wersja.' });
      expect(stale.statusCode).toBe(409);
      expect(stale.headers['content-type']).toContain('application/problem+json');
      const problem = stale.json();
      expect(problem).toMatchObject({ code: 'edit_conflict', current: { id: draft.id, version: 2, summary: 'Poprawka kierowniczki.' } });
      expect(problem.detail).toContain('nie został utracony');
      expect((await row(draft.id)).summary).toBe('Poprawka kierowniczki.');
      const staleTransition = await librarian.client.request('POST', `/api/practices/${draft.id}/submit`, { expectedVersion: 1 });
      expect(staleTransition.statusCode).toBe(409);
      expect(staleTransition.json().current.version).toBe(2);
    });

    it('restores an older revision as a new revision (managers only)', async () => {
      const published = await createPublished(manager.client, { summary: 'Wersja A.' });
      await manager.client.request('PATCH', `/api/practices/${published.id}`, { expectedVersion: 2, summary: 'Wersja B.' });
      const first = (await revisions(published.id))[0];
      const url = `/api/practices/${published.id}/revisions/${first?.id}/restore`;
      expect((await librarian.client.request('POST', url, { expectedVersion: 3 })).statusCode).toBe(403);
      const restored = await manager.client.request('POST', url, { expectedVersion: 3, comment: 'Wracamy do A' });
      expect(restored.statusCode).toBe(200);
      expect(restored.json()).toMatchObject({ summary: 'Wersja A.', version: 4, status: 'published' });
      const kinds = (await revisions(published.id)).map((r) => r.kind);
      expect(kinds).toEqual(['create', 'publish', 'edit', 'restore']);
      const single = await librarian.client.request('GET', `/api/practices/${published.id}/revisions/${first?.id}`);
      expect(single.json().content.summary).toBe('Wersja A.');
    });

    it('archives a practice out of lists, keeps its history, and restores it', async () => {
      const tag = `archiwum-${Date.now()}`;
      const published = await createPublished(manager.client, { tags: [tag] });
      const archived = await manager.client.request('POST', `/api/practices/${published.id}/archive`, { expectedVersion: 2 });
      expect(archived.json().status).toBe('archived');
      expect((await librarian.client.request('GET', `/api/practices?tags=${tag}`)).json().total).toBe(0);
      expect((await librarian.client.request('GET', `/api/practices/${published.id}`)).statusCode).toBe(404);
      expect((await manager.client.request('GET', `/api/practices?tags=${tag}&status=archived`)).json().total).toBe(1);
      expect(
        (await manager.client.request('PATCH', `/api/practices/${published.id}`, { expectedVersion: 3, summary: 'x' })).statusCode,
      ).toBe(409);
      const back = await manager.client.request('POST', `/api/practices/${published.id}/unarchive`, { expectedVersion: 3 });
      expect(back.json()).toMatchObject({ status: 'published', version: 4 });
      expect((await librarian.client.request('GET', `/api/practices?tags=${tag}`)).json().total).toBe(1);
      expect((await revisions(published.id)).map((r) => r.kind)).toEqual(['create', 'publish', 'archive', 'unarchive']);
    });

    it('answers 409 invalid_transition for an action that does not fit the status', async () => {
      const draft = await createDraft(librarian.client);
      const response = await manager.client.request('POST', `/api/practices/${draft.id}/return`, { expectedVersion: 1, comment: 'Nie' });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('invalid_transition');
      const unarchive = await manager.client.request('POST', `/api/practices/${draft.id}/unarchive`, { expectedVersion: 1 });
      expect(unarchive.json().code).toBe('invalid_transition');
    });

    describe('DELETE /api/practices/:id', () => {
      const remove = (client: TestClient, id: string, version: number) =>
        client.request('DELETE', `/api/practices/${id}?expectedVersion=${version}`);
      const search = async (client: TestClient, q: string) =>
        (await client.request('GET', `/api/search?q=${encodeURIComponent(q)}&status=draft&record=false`))
          .json()
          .results.map((r: { id: string }) => r.id);

      it('lets the author discard a draft that was never published: row, history, ratings and index entry go', async () => {
        const draft = await createDraft(librarian.client, { title: 'Pomyłkowy szkic o kserokopiarce' });
        expect((await librarian.client.request('GET', `/api/practices/${draft.id}`)).json().actions.deleteDraft).toBe(true);
        expect(await search(librarian.client, 'kserokopiarka')).toContain(draft.id);
        await librarian.client.request('PATCH', `/api/practices/${draft.id}`, { expectedVersion: 1, summary: 'Druga wersja' });

        const unversioned = await librarian.client.request('DELETE', `/api/practices/${draft.id}`);
        expect(unversioned.statusCode).toBe(400);
        expect(unversioned.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'querystring.expectedVersion' }] });
        expect((await librarian.client.request('DELETE', `/api/practices/${draft.id}?expectedVersion=drugi`)).statusCode).toBe(400);
        const stale = await remove(librarian.client, draft.id, 1);
        expect(stale.statusCode).toBe(409);
        expect(stale.json().code).toBe('edit_conflict');
        const deleted = await remove(librarian.client, draft.id, 2);
        expect(deleted.statusCode).toBe(204);

        expect(await t.db.selectFrom('practices').select('id').where('id', '=', draft.id).executeTakeFirst()).toBeUndefined();
        expect(await revisions(draft.id)).toEqual([]);
        expect(
          await t.db.selectFrom('search_documents').select('doc_id').where('practice_id', '=', draft.id).executeTakeFirst(),
        ).toBeUndefined();
        expect(await search(librarian.client, 'kserokopiarka')).not.toContain(draft.id);
        expect((await librarian.client.request('GET', `/api/practices/${draft.id}`)).statusCode).toBe(404);
        expect((await remove(librarian.client, draft.id, 2)).statusCode).toBe(404);
      });

      it('keeps what was ever published, what a colleague wrote, and what logged contacts name', async () => {
        const published = await createPublished(manager.client, { title: 'Opublikowana raz' });
        const refused = await remove(manager.client, published.id, published.version);
        expect(refused.statusCode).toBe(409);
        expect(refused.json().code).toBe('invalid_transition');

        const colleagues = await createDraft(colleague.client, { title: 'Szkic koleżanki' });
        expect((await remove(librarian.client, colleagues.id, 1)).statusCode).toBe(404);
        const submitted = await colleague.client.request('POST', `/api/practices/${colleagues.id}/submit`, { expectedVersion: 1 });
        expect(submitted.statusCode).toBe(200);
        expect((await remove(manager.client, colleagues.id, 2)).statusCode).toBe(204);

        const used = await createDraft(librarian.client, { title: 'Szkic użyty przy ladzie' });
        const logged = await librarian.client.request('POST', '/api/interactions', contactInput(branchId, { practiceIds: [used.id] }));
        expect(logged.statusCode).toBe(201);
        const inUse = await remove(librarian.client, used.id, 1);
        expect(inUse.statusCode).toBe(409);
        expect(inUse.json()).toMatchObject({ code: 'practice_in_use', detail: expect.stringContaining('zarchiwizuj') });
        expect((await row(used.id)).status).toBe('draft');
      });
    });

    describe('freshness', () => {
      it('lists practices past their review date for managers and for their owner, and verification moves the date on', async () => {
        const published = await createPublished(manager.client);
        await t.db
          .updateTable('practices')
          .set({ review_by: '2020-01-01T00:00:00.000Z', owner_id: librarian.user.id })
          .where('id', '=', published.id)
          .execute();
        const stale = (await librarian.client.request('GET', `/api/practices/${published.id}`)).json();
        expect(stale).toMatchObject({ stale: true, status: 'published' });
        const managerList = (await manager.client.request('GET', '/api/practices/needs-review')).json();
        expect(managerList.items.map((p: { id: string }) => p.id)).toContain(published.id);
        const ownerList = (await librarian.client.request('GET', '/api/practices/needs-review')).json();
        expect(ownerList.items.map((p: { id: string }) => p.id)).toEqual([published.id]);
        expect((await colleague.client.request('GET', '/api/practices/needs-review')).json().total).toBe(0);
        expect((await librarian.client.request('GET', '/api/practices/mine')).json().needsReview.map((p: { id: string }) => p.id)).toEqual([
          published.id,
        ]);
        expect((await colleague.client.request('POST', `/api/practices/${published.id}/verify`)).statusCode).toBe(403);

        const verified = await librarian.client.request('POST', `/api/practices/${published.id}/verify`);
        expect(verified.statusCode).toBe(200);
        expect(verified.json()).toMatchObject({ stale: false, verifiedBy: { id: librarian.user.id } });
        expect(new Date(verified.json().reviewBy).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
        const stored = await row(published.id);
        expect(stored.verified_by).toBe(librarian.user.id);
        expect((await revisions(published.id)).at(-1)?.kind).toBe('verify');
      });

      it('uses the review period an administrator sets', async () => {
        const admin = await signInAs(t.app, t.db, 'admin');
        expect((await admin.client.request('GET', '/api/practices/settings')).json()).toEqual({ reviewMonths: 12 });
        expect((await admin.client.request('PUT', '/api/practices/settings', { reviewMonths: 0 })).statusCode).toBe(400);
        const saved = await admin.client.request('PUT', '/api/practices/settings', { reviewMonths: 6 });
        expect(saved.json()).toEqual({ reviewMonths: 6 });
        const setting = await t.db
          .selectFrom('settings')
          .select('value')
          .where('key', '=', 'practices.review_months')
          .executeTakeFirstOrThrow();
        expect(setting.value).toBe('6');
        const published = await createPublished(manager.client);
        const months = (new Date(published.reviewBy).getTime() - new Date(published.publishedAt).getTime()) / (86_400_000 * 30.4);
        expect(Math.round(months)).toBe(6);
        await admin.client.request('PUT', '/api/practices/settings', { reviewMonths: 12 });
      });
    });
  });
}
