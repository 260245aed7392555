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
  /**
   * In a large index with two or more selective words: documents with both of the two rarest, which
   * the database ranks much faster; the OR-ed retrieval tops them up when they are too few.
   */
  narrow: Expression | undefined;
  corrected: string | undefined;
}

export interface Expression {
  fts: string;
  tsquery: string;
}

const SAFE_TOKEN = /^[\p{L}\p{N}]+$/u;
/**
 * In a large index, words present in more than `commonShare` of the documents do not select
 * candidates, so the database ranks fewer matches. Small indexes select by every word.
 */
export const RETRIEVAL = { commonShare: 0.15, minDocuments: 1000 };

export interface QueryContext {
  synonyms: SynonymGroups;
  domainWords: DomainWords;
  snapshot: TermSnapshot;
  documents: number;
}

function safe(alternative: QueryAlternative): boolean {
  return alternative.tokens.length > 0 && alternative.tokens.every((token) => SAFE_TOKEN.test(token));
}

/**
 * The query as Polish (lemmas, corrections, synonyms), with each word's English stem added where
 * the index has it, so practices written in English are found too.
 */
export function analyze(text: string, context: QueryContext): QueryAnalysis {
  const polish = analyzeQuery(text, 'pl', {
    synonyms: context.synonyms,
    vocabulary: context.snapshot.df,
    domainWords: context.domainWords,
  });
  const english = new Map(analyzeQuery(text, 'en').terms.map((term) => [term.text, term.alternatives]));
  const terms = polish.terms.map((term) => {
    const known = new Set(term.alternatives.map((alternative) => alternative.tokens.join(' ')));
    const stems = (english.get(term.text) ?? []).filter(
      (alternative) =>
        alternative.source === 'word' && !known.has(alternative.tokens.join(' ')) && context.snapshot.df.has(alternative.tokens[0] ?? ''),
    );
    return stems.length === 0 ? term : { ...term, alternatives: [...term.alternatives, ...stems] };
  });
  return { ...polish, terms };
}

function frequency(alternative: QueryAlternative, context: QueryContext): number {
  const [first = ''] = alternative.tokens;
  if (alternative.prefix) return prefixFrequency(context.snapshot, first, context.documents);
  return Math.min(...alternative.tokens.map((token) => context.snapshot.df.get(token) ?? 0));
}

/**
 * Alternatives that select candidates, per query word: those present in the index. In a large index
 * also without very common words, and without prefixes of words that are themselves indexed, as
 * long as something is left to select by (at least the rarest alternative); the dropped ones still
 * count in the score of every candidate.
 */
function retrievalGroups(terms: PreparedTerm[], context: QueryContext): QueryAlternative[][] {
  const present = terms.map((term) => term.alternatives.filter((alternative) => frequency(alternative, context) > 0));
  if (context.documents < RETRIEVAL.minDocuments) return present.filter((group) => group.length > 0);
  const limit = Math.max(1, context.documents * RETRIEVAL.commonShare);
  const selective = present
    .map((alternatives) => {
      const whole = alternatives.some((alternative) => !alternative.prefix);
      return alternatives.filter((alternative) => !(whole && alternative.prefix) && frequency(alternative, context) <= limit);
    })
    .filter((group) => group.length > 0);
  if (selective.length > 0) return selective;
  const rarest = present.flat().sort((a, b) => frequency(a, context) - frequency(b, context))[0];
  return rarest === undefined ? [] : [[rarest]];
}

function expression(alternatives: QueryAlternative[]): Expression {
  const unique = uniqueBy(alternatives, ftsAlternative);
  return { fts: unique.map(ftsAlternative).join(' OR '), tsquery: unique.map(tsqueryAlternative).join(' | ') };
}

function narrowExpression(groups: QueryAlternative[][], context: QueryContext): Expression | undefined {
  if (context.documents < RETRIEVAL.minDocuments || groups.length < 2) return undefined;
  const size = (group: QueryAlternative[]) => group.reduce((sum, alternative) => sum + frequency(alternative, context), 0);
  const [first, second] = [...groups].sort((a, b) => size(a) - size(b));
  if (first === undefined || second === undefined) return undefined;
  const [a, b] = [expression(first), expression(second)];
  return { fts: `(${a.fts}) AND (${b.fts})`, tsquery: `(${a.tsquery}) & (${b.tsquery})` };
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
  const groups = retrievalGroups(terms, context);
  const wide = expression(groups.flat());
  return { terms, exact, prefixes, ...wide, narrow: narrowExpression(groups, context), corrected: analysis.corrected };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
