import type { Database } from '../db/database.ts';
import {
  type CachedDocument,
  cachedDocument,
  cachedSnippetSource,
  documentKey,
  encodeTokens,
  rememberDocument,
  rememberSnippetSource,
} from './search-document-cache.ts';
import { contentFacets } from './search-facets.ts';
import { type SnippetSource, snippetSource } from './search-highlight.ts';
import { type DocumentRow, findDocuments, findPracticeTexts, type RankedRow } from './search.repository.ts';

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
    groups: [encodeTokens(row.title_tokens), encodeTokens(row.main_tokens), encodeTokens(row.detail_tokens), encodeTokens(row.body_tokens)],
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
  return ranked.flatMap((row, index) => {
    const document = documents[index];
    return document === undefined ? [] : [{ ...row, document }];
  });
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
