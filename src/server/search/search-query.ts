import { analyzeQuery, type DomainWords, type QueryAlternative, type QueryAnalysis, type SynonymGroups } from './analyzer/index.ts';
import { quoteLexeme } from './search-document.ts';
import { expandAlternatives } from './search-expansions.ts';
import { prefixFrequency, type TermSnapshot } from './search-snapshot.ts';

/** One query word with the alternatives a document may match it through (all index tokens are safe words). */
export interface PreparedTerm {
  text: string;
  alternatives: QueryAlternative[];
}

export interface PreparedQuery {
  terms: PreparedTerm[];
  /** Every whole token any alternative needs. */
  exact: ReadonlySet<string>;
  /** Every prefix alternative. */
  prefixes: readonly string[];
  /** The candidate retrieval: alternatives OR-ed, as an FTS5 MATCH expression and as a tsquery. */
  fts: string;
  tsquery: string;
  corrected: string | undefined;
}

const SAFE_TOKEN = /^[\p{L}\p{N}]+$/u;
/**
 * In a large index, words present in more than `commonShare` of the documents (and prefixes spread
 * over more than `prefixSpread`) do not select candidates, so the database ranks fewer matches;
 * they still count in the score of every candidate. Small indexes select by every word.
 */
export const RETRIEVAL = { commonShare: 0.35, prefixSpread: 0.5, minDocuments: 1000 };

export interface QueryContext {
  synonyms: SynonymGroups;
  domainWords: DomainWords;
  snapshot: TermSnapshot;
  documents: number;
}

function safe(alternative: QueryAlternative): boolean {
  return alternative.tokens.length > 0 && alternative.tokens.every((token) => SAFE_TOKEN.test(token));
}

export function analyze(text: string, context: QueryContext): QueryAnalysis {
  return analyzeQuery(text, 'pl', { synonyms: context.synonyms, vocabulary: context.snapshot.df, domainWords: context.domainWords });
}

function frequency(alternative: QueryAlternative, context: QueryContext): number {
  const [first = ''] = alternative.tokens;
  if (alternative.prefix) return prefixFrequency(context.snapshot, first, context.documents);
  return Math.min(...alternative.tokens.map((token) => context.snapshot.df.get(token) ?? 0));
}

/**
 * Alternatives that select candidates: those present in the index, without very common words as
 * long as something rarer is left to select by (their documents still score when selected).
 */
function retrievalAlternatives(terms: PreparedTerm[], context: QueryContext): QueryAlternative[] {
  const present = terms.flatMap((term) => term.alternatives).filter((alternative) => frequency(alternative, context) > 0);
  if (context.documents < RETRIEVAL.minDocuments) return present;
  const limit = Math.max(1, context.documents * RETRIEVAL.commonShare);
  const prefixLimit = Math.max(1, context.documents * RETRIEVAL.prefixSpread);
  const selective = present.filter((alternative) =>
    alternative.prefix ? frequency(alternative, context) <= prefixLimit : frequency(alternative, context) <= limit,
  );
  return selective.length > 0 ? selective : present;
}

function ftsAlternative(alternative: QueryAlternative): string {
  const quoted = alternative.tokens.map((token) => `"${token}"${alternative.prefix ? '*' : ''}`);
  return quoted.length === 1 ? (quoted[0] ?? '') : `(${quoted.join(' AND ')})`;
}

function tsqueryAlternative(alternative: QueryAlternative): string {
  const quoted = alternative.tokens.map((token) => `${quoteLexeme(token)}${alternative.prefix ? ':*' : ''}`);
  return quoted.length === 1 ? (quoted[0] ?? '') : `(${quoted.join(' & ')})`;
}

export function prepareQuery(analysis: QueryAnalysis, context: QueryContext): PreparedQuery {
  const terms = analysis.terms
    .map((term) => ({ text: term.text, alternatives: expandAlternatives(term.alternatives, context.snapshot).filter(safe) }))
    .filter((term) => term.alternatives.length > 0);
  const all = terms.flatMap((term) => term.alternatives);
  const exact = new Set(all.filter((alternative) => !alternative.prefix).flatMap((alternative) => alternative.tokens));
  const prefixes = [...new Set(all.filter((alternative) => alternative.prefix).flatMap((alternative) => alternative.tokens))];
  const retrieval = uniqueBy(retrievalAlternatives(terms, context), (alternative) => ftsAlternative(alternative));
  return {
    terms,
    exact,
    prefixes,
    fts: retrieval.map(ftsAlternative).join(' OR '),
    tsquery: retrieval.map(tsqueryAlternative).join(' | '),
    corrected: analysis.corrected,
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
