import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../paths.ts';
import { buildTestApp, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';
import { DIALECTS } from '../test/test-db.ts';
import { createPublished } from './practice-fixtures.ts';

/** Test data shared by the team, read where it lives; never copied into the repository. */
const EVAL_PRACTICES = path.join(PACKAGE_ROOT, '..', 'shared', 'eval', 'search', 'practices.jsonl');

const DEFAULTS = {
  format: 'practice/v1',
  summary: '',
  situation: '',
  signals: [],
  steps: [],
  say: [],
  avoid: [],
  channels: [],
  attitudes: [],
  needs: [],
  tags: [],
  body: '',
  status: 'draft',
  source: '',
};

function sortedKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

const line = (fields: Record<string, unknown>) => `${JSON.stringify(fields)}\n`;
const valid = (id: string, extra: Record<string, unknown> = {}) => line({ id, title: `Praktyka ${id}`, language: 'pl', ...extra });

for (const dialect of DIALECTS) {
  describe(`practice import and export (${dialect})`, () => {
    let t: TestApp;
    let admin: { user: { id: string }; client: TestClient };
    let manager: { user: { id: string }; client: TestClient };

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      admin = await signInAs(t.app, t.db, 'admin');
      manager = await signInAs(t.app, t.db, 'manager');
    });
    afterAll(async () => t.close());

    const importText = (client: TestClient, text: string, options: Record<string, unknown> = {}) =>
      client.request('POST', '/api/practices/import', { text, ...options });
    const slugs = async (prefix: string) =>
      (await t.db.selectFrom('practices').select('slug').where('slug', 'like', `${prefix}%`).orderBy('slug').execute()).map((r) => r.slug);

    it('gives back every field of every practice: export(import(x)) on the shared evaluation set', async () => {
      const source = fs.readFileSync(EVAL_PRACTICES, 'utf8');
      const originals = jsonLines(source);
      const imported = await importText(admin.client, source);
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toMatchObject({ committed: true, created: originals.length, rejected: 0 });

      const exported = await admin.client.request('GET', '/api/practices/export');
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toContain('application/x-ndjson');
      const byId = new Map(jsonLines(exported.body).map((practice) => [practice.id, practice]));
      for (const original of originals) {
        const back = byId.get(original.id);
        if (!back) throw new Error(`practice ${String(original.id)} missing from the export`);
        for (const [key, value] of Object.entries(original)) expect(back[key], `${String(original.id)}.${key}`).toEqual(value);
        const { updatedAt, ...rest } = back;
        expect(typeof updatedAt).toBe('string');
        expect(sortedKeys(rest)).toEqual(sortedKeys({ ...DEFAULTS, ...original }));
      }
      const again = await importText(admin.client, exported.body, { dryRun: true });
      expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: originals.length });
    });

    it('exports Markdown with front matter that imports back unchanged, and creates a practice from an edited copy', async () => {
      const practice = await createPublished(manager.client, {
        title: 'Markdown: „cudzysłowy”, dwukropki: i #hash',
        body: '# Nagłówek\n\n---\n\nTekst z linią poziomą powyżej.\n',
        say: ['„Tak: oczywiście.”', 'yes', '2024'],
        tags: ['null', 'true'],
      });
      const single = await manager.client.request('GET', `/api/practices/${practice.slug}/markdown`);
      expect(single.headers['content-type']).toContain('text/markdown');
      expect(single.body.startsWith('---\nformat: practice/v1\n')).toBe(true);
      const preview = await importText(manager.client, single.body, { format: 'markdown', dryRun: true });
      expect(preview.json()).toMatchObject({ unchanged: 1, created: 0, updated: 0, rejected: 0 });

      const other = await createPublished(manager.client, { body: '' });
      const selection = await manager.client.request('GET', `/api/practices/export/markdown?ids=${practice.id},${other.slug}`);
      const copy = selection.body.replaceAll(`id: ${practice.slug}\n`, `id: ${practice.slug}-kopia\n`);
      const imported = await importText(manager.client, copy, { format: 'markdown' });
      expect(imported.json()).toMatchObject({ created: 1, unchanged: 1, committed: true });
      const created = (await manager.client.request('GET', `/api/practices/${practice.slug}-kopia`)).json();
      for (const key of ['title', 'body', 'say', 'tags', 'steps', 'status'] as const) expect(created[key]).toEqual(practice[key]);
    });

    it('is all-or-nothing by default: one bad line, nothing written, 422 with the report and line-numbered errors', async () => {
      const text = [valid('aon-jeden'), '{"id": "aon-dwa", "title": "Zepsuty"\n', valid('aon-trzy', { channels: ['desk', 'fax'] })].join(
        '',
      );
      const response = await importText(manager.client, text);
      expect(response.statusCode).toBe(422);
      const problem = response.json();
      expect(problem.code).toBe('import_failed');
      expect(problem.report).toMatchObject({ committed: false, created: 1, rejected: 2 });
      expect(problem.report.lines.map((l: { line: number; action: string }) => [l.line, l.action])).toEqual([
        [1, 'create'],
        [2, 'reject'],
        [3, 'reject'],
      ]);
      const messages = problem.errors.map((e: { field: string; message: string }) => [e.field, e.message]);
      expect(messages).toContainEqual(['lines.2', expect.stringMatching(/^Wiersz 2: To nie jest poprawny JSON/)]);
      expect(messages).toContainEqual(['lines.3.channels.1', expect.stringMatching(/^Wiersz 3, pole channels.1: Niedozwolona wartość/)]);
      expect(await slugs('aon-')).toEqual([]);
    });

    it('imports the valid lines with skipInvalid and reports the rejected ones', async () => {
      const text = [valid('pomin-jeden'), 'nie json\n', valid('pomin-trzy')].join('');
      const response = await importText(manager.client, text, { skipInvalid: true });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ committed: true, created: 2, rejected: 1 });
      expect(await slugs('pomin-')).toEqual(['pomin-jeden', 'pomin-trzy']);
    });

    it('previews with dryRun what would be created, updated and rejected, and writes nothing', async () => {
      await importText(manager.client, valid('podglad-istniejaca'));
      const text = [valid('podglad-nowa'), valid('podglad-istniejaca', { summary: 'Zmienione.' }), valid('Zła')].join('');
      const response = await importText(manager.client, text, { dryRun: true });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ dryRun: true, committed: false, created: 1, updated: 1, rejected: 1 });
      expect(response.json().lines[2].errors[0]).toMatchObject({ field: 'id', code: 'invalid_slug' });
      expect(await slugs('podglad-')).toEqual(['podglad-istniejaca']);
    });

    it('upserts by id: an update is a new revision, and the status can be overridden', async () => {
      await importText(manager.client, valid('upsert-praktyka', { status: 'published' }), { status: 'draft' });
      const before = await t.db.selectFrom('practices').selectAll().where('slug', '=', 'upsert-praktyka').executeTakeFirstOrThrow();
      expect(before).toMatchObject({ status: 'draft', author_id: manager.user.id, version: 1 });
      const updated = await importText(manager.client, valid('upsert-praktyka', { summary: 'Nowe.', status: 'published' }));
      expect(updated.json()).toMatchObject({ updated: 1 });
      const after = await t.db.selectFrom('practices').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow();
      expect(after).toMatchObject({ status: 'published', summary: 'Nowe.', version: 2 });
      expect(after.review_by).not.toBeNull();
      const kinds = await t.db
        .selectFrom('practice_revisions')
        .select('kind')
        .where('practice_id', '=', before.id)
        .orderBy('number')
        .execute();
      expect(kinds.map((r) => r.kind)).toEqual(['import', 'import']);
      const drafts = jsonLines((await manager.client.request('GET', '/api/practices/export?status=draft')).body);
      expect(drafts.every((p) => p.status === 'draft')).toBe(true);
    });

    it('keeps updatedAt from the file', async () => {
      await importText(manager.client, valid('z-data', { updatedAt: '2025-03-01T10:00:00Z', status: 'published' }));
      const exported = jsonLines((await manager.client.request('GET', '/api/practices/export?status=published')).body);
      expect(exported.find((p) => p.id === 'z-data')?.updatedAt).toBe('2025-03-01T10:00:00Z');
    });

    it('explains bad files: not UTF-8, a BOM, duplicate ids, oversized fields, in English when asked', async () => {
      const latin2 = await importText(
        manager.client,
        `${valid('kodowanie-a')}{"id":"kodowanie-b","title":"Za\uFFFD\uFFFD\uFFFD","language":"pl"}\n`,
      );
      expect(latin2.statusCode).toBe(422);
      expect(latin2.json().report.fileErrors[0]).toMatchObject({ code: 'not_utf8' });
      expect(latin2.json().report.fileErrors[0].message).toContain('UTF-8 (wiersz 2)');
      const utf16 = await importText(manager.client, 'x\u0000y\u0000', { dryRun: true });
      expect(utf16.json().fileErrors[0].code).toBe('not_utf8');

      const bom = await importText(manager.client, `\uFEFF${valid('z-bom')}`);
      expect(bom.json()).toMatchObject({ created: 1 });

      const english = await signInAs(t.app, t.db, 'manager');
      await english.client.request('PATCH', '/api/auth/preferences', { locale: 'en' });
      const duplicate = await importText(english.client, `${valid('dubel')}\n${valid('dubel')}`, { dryRun: true });
      expect(duplicate.json().lines[1]).toMatchObject({ line: 3, action: 'reject' });
      expect(duplicate.json().lines[1].errors[0].message).toBe('The identifier “dubel” already appears in the file on line 1.');

      const oversized = await importText(manager.client, valid('za-duza', { body: 'x'.repeat(100_001) }), { dryRun: true });
      expect(oversized.json().lines[0].errors[0]).toMatchObject({ field: 'body', code: 'string_too_long' });
      const empty = await importText(manager.client, '\n\n', { dryRun: true });
      expect(empty.json().fileErrors[0].code).toBe('empty_file');
      const pageName = await importText(manager.client, valid('binder'), { dryRun: true });
      expect(pageName.json().lines[0].errors[0]).toMatchObject({
        field: 'id',
        code: 'slug_reserved',
        message: 'Identyfikator „binder” to nazwa strony w aplikacji. Wybierz inny, np. binder-praktyka.',
      });
      const unknownField = await importText(manager.client, valid('nieznane', { author: 'Ktoś' }), { dryRun: true });
      expect(unknownField.json().lines[0].errors[0]).toMatchObject({ field: 'author', code: 'unrecognized_keys' });
    });

    it('takes a file larger than the rest of the API accepts, and names its own 64 MiB limit when refusing one', async () => {
      const lines = Array.from({ length: 25 }, (_, index) => valid(`duzy-plik-${index}`, { body: 'x'.repeat(90_000) }));
      const twoMebibytes = await importText(manager.client, lines.join(''), { dryRun: true });
      expect(twoMebibytes.statusCode).toBe(200);
      expect(twoMebibytes.json().lines).toHaveLength(25);
      const huge = await importText(manager.client, 'x'.repeat(65 * 1024 * 1024));
      expect(huge.statusCode).toBe(413);
      expect(huge.json()).toMatchObject({ code: 'payload_too_large', detail: 'Treść żądania przekracza dopuszczalny rozmiar 64 MiB.' });
    });

    it('refuses import and JSON Lines export to librarians', async () => {
      const librarian = await signInAs(t.app, t.db, 'librarian');
      expect((await importText(librarian.client, valid('bibliotekarz'))).statusCode).toBe(403);
      expect((await librarian.client.request('GET', '/api/practices/export')).statusCode).toBe(403);
      expect(await slugs('bibliotekarz')).toEqual([]);
    });
  });
}
