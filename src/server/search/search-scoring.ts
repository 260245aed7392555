import type { QueryAlternative } from './analyzer/index.ts';
import { knownTokenId, tokenCount } from './search-document-cache.ts';
import { FIELD_GROUPS, type FieldGroup } from './search-document.ts';
import type { PreparedQuery, PreparedTerm } from './search-query.ts';

/**
 * BM25F over the four field groups, computed here for both databases alike: the database only
 * selects candidates. Each query word scores through its best alternative (weighted by the
 * analyzer: lemma 1, stem, correction, synonym, prefix less), then documents that cover more of the
 * query's informative words, and that have matched words next to each other, move up.
 */
export interface ScoringParameters {
  fieldWeights: Record<FieldGroup, number>;
  b: Record<FieldGroup, number>;
  k1: number;
  /** Share of the score that depends on how much of the query (by IDF) a document covers. */
  coverage: number;
  /** Bonus per pair of consecutive query words found within `window` positions, relative to the pair's score. */
  proximity: number;
  window: number;
}

export const SCORING: ScoringParameters = {
  fieldWeights: { title: 3, main: 1.5, detail: 1, body: 0.6 },
  b: { title: 0.5, main: 0.75, detail: 0.75, body: 0.75 },
  k1: 1.2,
  coverage: 0.5,
  proximity: 0.25,
  window: 3,
};

export interface CorpusStats {
  documents: number;
  averageLength: Record<FieldGroup, number>;
  df(token: string): number;
  prefixDf(prefix: string): number;
}

/** Occurrences of one key (a token, or a prefix written `prefix*`) in a document: positions per group. */
type Occurrences = Map<string, number[][]>;

const PREFIX_MARK = '*';

/**
 * The prepared query in terms of token ids, made once per request: `lookup[id]` is 0 for a token
 * the query does not use, else 1 + the index of its entry in `keys` (the token itself, and the
 * prefixes it matches).
 */
export interface ScoringQuery {
  terms: readonly PreparedTerm[];
  lookup: Int32Array;
  keys: ReadonlyArray<readonly string[]>;
}

/** `prefixTokens` lists the indexed tokens of each prefix (from the term list). */
export function scoringQuery(prepared: PreparedQuery, prefixTokens: (prefix: string) => readonly string[]): ScoringQuery {
  const perId = new Map<number, string[]>();
  const add = (token: string, key: string) => {
    const id = knownTokenId(token);
    if (id === undefined) return;
    const keys = perId.get(id);
    if (keys === undefined) perId.set(id, [key]);
    else keys.push(key);
  };
  for (const token of prepared.exact) add(token, token);
  for (const prefix of prepared.prefixes) for (const token of prefixTokens(prefix)) add(token, prefix + PREFIX_MARK);
  const lookup = new Int32Array(tokenCount());
  const keys: string[][] = [];
  for (const [id, entry] of perId) {
    keys.push(entry);
    lookup[id] = keys.length;
  }
  return { terms: prepared.terms, lookup, keys };
}

function occurrences(groups: readonly Int32Array[], query: ScoringQuery): Occurrences {
  const found: Occurrences = new Map();
  groups.forEach((tokens, group) => {
    for (let position = 0; position < tokens.length; position += 1) {
      const entry = query.lookup[tokens[position] ?? 0] ?? 0;
      if (entry === 0) continue;
      for (const key of query.keys[entry - 1] ?? []) {
        let perGroup = found.get(key);
        if (perGroup === undefined) {
          perGroup = FIELD_GROUPS.map(() => []);
          found.set(key, perGroup);
        }
        perGroup[group]?.push(position);
      }
    }
  });
  return found;
}

export function idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

function keyOf(token: string, alternative: QueryAlternative): string {
  return alternative.prefix ? token + PREFIX_MARK : token;
}

function tokenScore(
  key: string,
  found: Occurrences,
  lengths: Record<FieldGroup, number>,
  stats: CorpusStats,
  p: ScoringParameters,
): number {
  const perGroup = found.get(key);
  if (perGroup === undefined) return 0;
  let pseudoFrequency = 0;
  FIELD_GROUPS.forEach((group, index) => {
    const tf = perGroup[index]?.length ?? 0;
    if (tf === 0) return;
    const norm = 1 - p.b[group] + (p.b[group] * lengths[group]) / Math.max(1, stats.averageLength[group]);
    pseudoFrequency += (p.fieldWeights[group] * tf) / norm;
  });
  const df = key.endsWith(PREFIX_MARK) ? stats.prefixDf(key.slice(0, -1)) : stats.df(key);
  return (idf(stats.documents, df) * pseudoFrequency) / (p.k1 + pseudoFrequency);
}

interface TermMatch {
  score: number;
  keys: string[];
}

function termMatch(
  term: PreparedTerm,
  found: Occurrences,
  lengths: Record<FieldGroup, number>,
  stats: CorpusStats,
  p: ScoringParameters,
): TermMatch {
  let best: TermMatch = { score: 0, keys: [] };
  for (const alternative of term.alternatives) {
    const keys = alternative.tokens.map((token) => keyOf(token, alternative));
    const scores = keys.map((key) => tokenScore(key, found, lengths, stats, p));
    if (scores.some((score) => score === 0)) continue;
    const score = (alternative.weight * scores.reduce((sum, value) => sum + value, 0)) / scores.length;
    if (score > best.score) best = { score, keys };
  }
  return best;
}

/**
 * How informative a query word is: the IDF of its rarest indexed alternative, 0 when nothing of it
 * is indexed. A word the index knows only through its synonyms ("posiać" for zgubić) counts through
 * them, weighted as a synonym, so documents that match it that way are not outranked by ones that
 * only match the query's filler words.
 */
function importance(term: PreparedTerm, stats: CorpusStats): number {
  let best = 0;
  let throughSynonyms = 0;
  for (const alternative of term.alternatives) {
    if (alternative.prefix) continue;
    const df = Math.max(...alternative.tokens.map((token) => stats.df(token)));
    if (df === 0) continue;
    if (alternative.source === 'synonym') throughSynonyms = Math.max(throughSynonyms, alternative.weight * idf(stats.documents, df));
    else best = Math.max(best, idf(stats.documents, df));
  }
  return best > 0 ? best : throughSynonyms;
}

function near(a: number[][] | undefined, b: number[][] | undefined, window: number): boolean {
  if (a === undefined || b === undefined) return false;
  return a.some((positions, group) => positions.some((x) => (b[group] ?? []).some((y) => y !== x && Math.abs(x - y) <= window)));
}

export interface DocumentScore {
  score: number;
  /** Matched keys (tokens, or prefixes ending in `*`), for highlighting. */
  matched: string[];
}

export function scoreDocument(
  groups: readonly Int32Array[],
  query: ScoringQuery,
  stats: CorpusStats,
  p: ScoringParameters = SCORING,
): DocumentScore {
  const found = occurrences(groups, query);
  if (found.size === 0) return { score: 0, matched: [] };
  const length = (index: number) => groups[index]?.length ?? 0;
  const lengths = { title: length(0), main: length(1), detail: length(2), body: length(3) };
  const matches = query.terms.map((term) => termMatch(term, found, lengths, stats, p));
  const weights = query.terms.map((term) => importance(term, stats));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const covered = weights.reduce((sum, weight, index) => sum + ((matches[index]?.score ?? 0) > 0 ? weight : 0), 0);
  let score = matches.reduce((sum, match) => sum + match.score, 0);
  for (let index = 0; index + 1 < matches.length; index += 1) {
    const [left, right] = [matches[index], matches[index + 1]];
    if (left === undefined || right === undefined || left.score === 0 || right.score === 0) continue;
    const close = left.keys.some((a) => right.keys.some((b) => near(found.get(a), found.get(b), p.window)));
    if (close) score += p.proximity * Math.min(left.score, right.score);
  }
  const coverage = total === 0 ? 1 : covered / total;
  return { score: score * (1 - p.coverage + p.coverage * coverage), matched: matches.flatMap((match) => match.keys) };
}
