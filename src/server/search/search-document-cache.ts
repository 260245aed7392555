import type { DocumentPostings } from './document-postings.ts';
import type { FacetValues } from './search-facets.ts';
import type { SnippetSource } from './search-highlight.ts';

/**
 * Parsed index documents kept in memory between requests: the candidates of a query are mostly the
 * same few hundred documents, and parsing their tokens on every request would cost more than the
 * search. A document is cached under its practice id and its index revision (a random stamp per
 * indexing), so an entry can never be stale, on any instance. Tokens are stored as ids into one
 * process-wide token list, four small typed arrays per document.
 */
export interface CachedDocument {
  slug: string;
  title: string;
  summary: string;
  language: string;
  facets: Omit<FacetValues, 'status'>;
  /** Where each token id occurs, by field group (FIELD_GROUPS order) and position. */
  postings: DocumentPostings;
}

const CAPACITY = 40_000;
/** How many documents are surely kept: the young generation, before it turns old. */
export const DOCUMENTS_KEPT = CAPACITY / 2;
const ids = new Map<string, number>();
const names: string[] = [];
let young = new Map<string, CachedDocument>();
let old = new Map<string, CachedDocument>();

export function tokenId(token: string): number {
  let id = ids.get(token);
  if (id === undefined) {
    id = names.length;
    names.push(token);
    ids.set(token, id);
  }
  return id;
}

/** The id of a token some cached document contains; undefined when none does. */
export function knownTokenId(token: string): number | undefined {
  return ids.get(token);
}

export function encodeTokens(text: string): Int32Array {
  if (text === '') return new Int32Array(0);
  const tokens = text.split(' ');
  const encoded = new Int32Array(tokens.length);
  tokens.forEach((token, index) => {
    encoded[index] = tokenId(token);
  });
  return encoded;
}

export function documentKey(practiceId: string, revision: string): string {
  return `${practiceId}:${revision}`;
}

export function cachedDocument(key: string): CachedDocument | undefined {
  const recent = young.get(key);
  if (recent !== undefined) return recent;
  const earlier = old.get(key);
  if (earlier !== undefined) rememberDocument(key, earlier);
  return earlier;
}

export function rememberDocument(key: string, document: CachedDocument): void {
  young.set(key, document);
  if (young.size < DOCUMENTS_KEPT) return;
  old = young;
  young = new Map();
}

/**
 * The texts snippets are cut from, for documents that were shown on a page, under the same key:
 * larger than the tokens (about 5 kB a document).
 */
const SOURCE_CAPACITY = 10_000;
let youngSources = new Map<string, SnippetSource>();
let oldSources = new Map<string, SnippetSource>();

export function cachedSnippetSource(key: string): SnippetSource | undefined {
  const recent = youngSources.get(key);
  if (recent !== undefined) return recent;
  const earlier = oldSources.get(key);
  if (earlier !== undefined) rememberSnippetSource(key, earlier);
  return earlier;
}

export function rememberSnippetSource(key: string, source: SnippetSource): void {
  youngSources.set(key, source);
  if (youngSources.size < SOURCE_CAPACITY / 2) return;
  oldSources = youngSources;
  youngSources = new Map();
}
