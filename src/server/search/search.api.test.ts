import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SearchResponse, SearchResponseSchema } from '../../shared/search.schema.ts';
import { importStarterPractices } from '../practices/practice-seed.ts';
import { DIALECTS } from '../test/test-db.ts';
import { buildTestApp, createTestBranch, signInAs, type TestApp, type TestClient } from '../test/test-app.ts';

function slugs(response: SearchResponse): string[] {
  return response.results.map((result) => result.slug);
}

for (const dialect of DIALECTS) {
  describe(`GET /api/search on the starter practices (${dialect})`, () => {
    let test: TestApp;
    let librarian: TestClient;

    beforeAll(async () => {
      test = await buildTestApp(dialect);
      await importStarterPractices(test.db);
      const branch = await createTestBranch(test.db);
      librarian = (await signInAs(test.app, test.db, 'librarian', [branch.id])).client;
    });
    afterAll(async () => test.close());

    async function search(query: string): Promise<SearchResponse> {
      const response = await librarian.request('GET', `/api/search?${query}`);
      expect(response.statusCode).toBe(200);
      return response.json();
    }

    it.each([
      ['inflected forms', 'czytelnikowi zginęła karta biblioteczna', 'zgubiona-karta-biblioteczna'],
      ['text without Polish letters', 'czytelnik zgubil ksiazke', 'zgubiona-lub-zniszczona-ksiazka'],
      ['a typo', 'czytlenik krzyczy przy ladzie', 'czytelnik-krzyczy-i-obraza'],
      ['synonyms from the starter list (kłótnia ~ spór, stolik ~ stół)', 'kłótnia o stolik', 'spor-o-miejsce-w-czytelni'],
      ['a multi-word synonym (skrzynka zwrotów ~ wrzutnia)', 'skrzynka zwrotów a konto', 'ksiazka-oddana-a-nadal-na-koncie'],
      ['a domain word in another form', 'kody do Legimi sie skonczyly', 'e-booki-i-audiobooki-kody-dostepu'],
    ])('finds the right practice among the first three for %s', async (_kind, q, expected) => {
      const body = await search(`q=${encodeURIComponent(q)}`);
      expect(slugs(body).slice(0, 3)).toContain(expected);
      expect(body.total).toBeGreaterThanOrEqual(body.results.length);
      expect(body.tookMs).toBeGreaterThanOrEqual(0);
    });

    it('suggests the corrected query when a word had a typo', async () => {
      const body = await search(`q=${encodeURIComponent('czytlenik zgubił kartę')}`);
      expect(body.didYouMean).toBe('czytelnik zgubił kartę');
      const correct = await search(`q=${encodeURIComponent('czytelnik zgubił kartę')}`);
      expect(correct.didYouMean).toBeUndefined();
    });

    it('marks inflected and diacritic-free matches in the title and snippets as segments', async () => {
      const body = await search(`q=${encodeURIComponent('zgubione karty')}`);
      const result = body.results.find((item) => item.slug === 'zgubiona-karta-biblioteczna');
      expect(result?.titleSegments).toEqual([
        { text: 'Czytelnik ', marked: false },
        { text: 'zgubił', marked: true },
        { text: ' ', marked: false },
        { text: 'kartę', marked: true },
        { text: ' biblioteczną', marked: false },
      ]);
      const marked = result?.snippets.flatMap((snippet) => snippet.segments.filter((segment) => segment.marked).map((s) => s.text)) ?? [];
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.every((word) => /^(zgub|kart|kart)/iu.test(word))).toBe(true);
    });

    it('counts facets over the matches, each facet ignoring its own filter', async () => {
      const all = await search(`q=${encodeURIComponent('telefon')}&limit=50`);
      const phoneNeed = all.facets.channels.find((facet) => facet.value === 'phone');
      expect(phoneNeed?.count).toBeGreaterThan(0);
      const filtered = await search(`q=${encodeURIComponent('telefon')}&channels=phone&limit=50`);
      expect(filtered.total).toBe(phoneNeed?.count);
      expect(filtered.facets.channels).toEqual(all.facets.channels);
      expect(filtered.results.length).toBe(filtered.total);
      const published = filtered.facets.status.find((facet) => facet.value === 'published');
      expect(published?.count).toBe(filtered.total);
      const needsTotal = filtered.facets.needs.reduce((max, facet) => Math.max(max, facet.count), 0);
      expect(needsTotal).toBeLessThanOrEqual(filtered.total);
    });

    it('pages through the same ranking with limit and offset', async () => {
      const first = await search(`q=${encodeURIComponent('czytelnik książka')}&limit=4`);
      const second = await search(`q=${encodeURIComponent('czytelnik książka')}&limit=4&offset=4`);
      const both = await search(`q=${encodeURIComponent('czytelnik książka')}&limit=8`);
      expect([...slugs(first), ...slugs(second)]).toEqual(slugs(both));
      expect(second.queryId).toBeNull();
    });

    it.each([
      ['empty', ''],
      ['blank', '%20%20%20'],
      ['only punctuation', encodeURIComponent('?!…,;:-—"\'()[]{}')],
      ['FTS and tsquery syntax', encodeURIComponent("\" OR NEAR( ) AND * ^ : & | ! <-> 'x':* NOT")],
      ['SQL', encodeURIComponent("'; drop table practices; --")],
      ['emoji', encodeURIComponent('📚😀 🙈')],
      ['another script', encodeURIComponent('Привет библиотека 図書館 مكتبة')],
      ['a very long word', 'a'.repeat(900)],
      ['many words', encodeURIComponent('książka '.repeat(120))],
    ])('answers %s queries with 200 and never an error', async (_kind, q) => {
      const response = await librarian.request('GET', `/api/search?q=${q}`);
      expect(response.statusCode).toBe(200);
      const body: SearchResponse = response.json();
      expect(body.results.length).toBeLessThanOrEqual(10);
    });

    it('sends a cached answer as the same JSON, valid against the published schema, with its own time and stored query', async () => {
      const url = `/api/search?q=${encodeURIComponent('awantura przy ladzie')}&needs=social&record=true`;
      const first = await librarian.request('GET', url);
      const second = await librarian.request('GET', url);
      for (const response of [first, second]) {
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(SearchResponseSchema.safeParse(response.json()).success).toBe(true);
      }
      const { tookMs: _first, queryId: firstQuery, ...firstAnswer } = first.json<SearchResponse>();
      const { tookMs: _second, queryId: secondQuery, ...secondAnswer } = second.json<SearchResponse>();
      expect(secondAnswer).toEqual(firstAnswer);
      expect(firstAnswer.results.length).toBeGreaterThan(0);
      expect(firstQuery).not.toBeNull();
      expect(secondQuery).not.toBeNull();
      expect(secondQuery).not.toBe(firstQuery);
    });

    it('answers an empty query with an empty result and stores nothing', async () => {
      const before = await test.db
        .selectFrom('search_queries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const body = await search('q=');
      expect(body).toMatchObject({ results: [], total: 0, queryId: null });
      const after = await test.db
        .selectFrom('search_queries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('refuses a 10,000-character query with a validation problem on q', async () => {
      const response = await librarian.request('GET', `/api/search?q=${'słowo '.repeat(1667)}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'querystring.q', code: 'string_too_long' }] });
    });

    it('refuses unknown facet values and parameters', async () => {
      expect((await librarian.request('GET', '/api/search?q=a&needs=nonsense')).statusCode).toBe(400);
      expect((await librarian.request('GET', '/api/search?q=a&limit=500')).statusCode).toBe(400);
      expect((await librarian.request('GET', '/api/search?q=a&sort=x')).statusCode).toBe(400);
    });
  });
}
