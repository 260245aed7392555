import type { Database } from '../db/database.ts';
import { postingsOf } from './document-postings.ts';
import {
  type CachedDocument,
  cachedDocument,
  cachedSnippetSource,
  DOCUMENTS_KEPT,
  documentKey,
  encodeTokens,
  rememberDocument,
  rememberSnippetSource,
} from './search-document-cache.ts';
import { contentFacets } from './search-facets.ts';
import { type SnippetSource, snippetSource } from './search-highlight.ts';
import { type DocumentRow, findDocuments, findDocumentsAfter, findPracticeTexts, type RankedRow } from './search.repository.ts';

/** A candidate: what the database ranked, with its parsed document. */
export interface Candidate extends RankedRow {
  document: CachedDocument;
}

function parse(row: DocumentRow): CachedDocument {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    language: row.language,
    facets: contentFacets(row),
    postings: postingsOf([
      encodeTokens(row.title_tokens),
      encodeTokens(row.main_tokens),
      encodeTokens(row.detail_tokens),
      encodeTokens(row.body_tokens),
    ]),
  };
}

/** The ranked rows with their documents: from this instance's cache, the rest read in one query. */
export async function withDocuments(db: Database, ranked: readonly RankedRow[]): Promise<Candidate[]> {
  const documents = ranked.map((row) => cachedDocument(documentKey(row.practiceId, row.revision)));
  const missing = ranked.filter((_, index) => documents[index] === undefined);
  if (missing.length > 0) {
    const read = new Map<string, CachedDocument>();
    for (const row of await findDocuments(
      db,
      missing.map((item) => item.docId),
    )) {
      const key = documentKey(row.practice_id, row.revision);
      const document = parse(row);
      rememberDocument(key, document);
      read.set(key, document);
    }
    ranked.forEach((row, index) => {
      documents[index] ??= read.get(documentKey(row.practiceId, row.revision));
    });
  }
  // Fields spelled out: V8 copies spread objects here into the old generation, which made young
  // collections slower (measured: promoted bytes per collection about a third of before).
  const candidates: Candidate[] = [];
  ranked.forEach((row, index) => {
    const document = documents[index];
    if (document === undefined) return;
    const { docId, practiceId, revision, status, authorId, branchId, helpfulCount, notHelpfulCount } = row;
    candidates.push({ docId, practiceId, revision, status, authorId, branchId, helpfulCount, notHelpfulCount, document });
  });
  return candidates;
}

/** The snippet texts of the shown candidates, by practice id: from this instance's cache, the rest read in one query. */
export async function snippetSources(db: Database, shown: readonly Candidate[]): Promise<Map<string, SnippetSource>> {
  const sources = new Map<string, SnippetSource>();
  const missing: string[] = [];
  for (const candidate of shown) {
    const source = cachedSnippetSource(documentKey(candidate.practiceId, candidate.revision));
    if (source === undefined) missing.push(candidate.practiceId);
    else sources.set(candidate.practiceId, source);
  }
  for (const row of await findPracticeTexts(db, missing)) {
    const source = snippetSource(row);
    rememberSnippetSource(documentKey(row.id, row.revision), source);
    sources.set(row.id, source);
  }
  return sources;
}

/** Small pages, so a server that reads its documents after starting keeps answering in between. */
const PRELOAD_PAGE = 200;

/**
 * Reads the index documents into this instance's cache, in document order, up to as many as it
 * keeps: searches after it never wait for their candidates' tokens. `stopped` is asked between
 * pages. Returns how many documents were read.
 */
export async function preloadDocuments(db: Database, stopped: () => boolean = () => false): Promise<number> {
  let read = 0;
  let after = 0;
  while (read < DOCUMENTS_KEPT && !stopped()) {
    const page = await findDocumentsAfter(db, after, Math.min(PRELOAD_PAGE, DOCUMENTS_KEPT - read));
    for (const row of page) rememberDocument(documentKey(row.practice_id, row.revision), parse(row));
    read += page.length;
    const last = page.at(-1);
    if (last === undefined || page.length < PRELOAD_PAGE) break;
    after = last.doc_id;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return read;
}
