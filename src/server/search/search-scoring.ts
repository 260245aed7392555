import type { QueryAlternative } from './analyzer/index.ts';
import { type DocumentPostings, lowerBound, POSITIONS } from './document-postings.ts';
import { knownTokenId } from './search-document-cache.ts';
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

const PREFIX_MARK = '*';

/** One way a query word can match: all of `keys` (indices into ScoringQuery.keys) must occur. */
interface ScoringAlternative {
  keys: Int32Array;
  weight: number;
}

interface ScoringTerm {
  alternatives: readonly ScoringAlternative[];
  /** How informative the word is (see `importance`), the same for every document. */
  importance: number;
}

/**
 * The prepared query in terms of token ids, made once per request. A key is a token the query
 * uses, or a prefix (written `prefix*`) standing for the tokens it matches; `tokens` lists the ids
 * of the indexed tokens the query uses (ascending), and `tokenKeys[i]` the keys `tokens[i]` counts for.
 */
export interface ScoringQuery {
  terms: readonly ScoringTerm[];
  totalImportance: number;
  /** Inverse document frequency per key. */
  idf: Float64Array;
  tokens: Int32Array;
  tokenKeys: readonly Int32Array[];
}

export function idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

function keyOf(token: string, alternative: QueryAlternative): string {
  return alternative.prefix ? token + PREFIX_MARK : token;
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

/** `prefixTokens` lists the indexed tokens of each prefix (from the term list). */
export function scoringQuery(
  prepared: PreparedQuery,
  prefixTokens: (prefix: string) => readonly string[],
  stats: CorpusStats,
): ScoringQuery {
  const keyIndex = new Map<string, number>();
  const idfs: number[] = [];
  const keyFor = (key: string) => {
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = idfs.length;
      keyIndex.set(key, index);
      const df = key.endsWith(PREFIX_MARK) ? stats.prefixDf(key.slice(0, -1)) : stats.df(key);
      idfs.push(idf(stats.documents, df));
    }
    return index;
  };
  const perId = new Map<number, number[]>();
  const add = (token: string, key: string) => {
    const id = knownTokenId(token);
    if (id === undefined) return;
    const index = keyFor(key);
    const keys = perId.get(id);
    if (keys === undefined) perId.set(id, [index]);
    else keys.push(index);
  };
  for (const token of prepared.exact) add(token, token);
  for (const prefix of prepared.prefixes) for (const token of prefixTokens(prefix)) add(token, prefix + PREFIX_MARK);
  const tokens = Int32Array.from(perId.keys()).sort();
  const tokenKeys = Array.from(tokens, (id) => Int32Array.from(perId.get(id) ?? []));
  const terms = prepared.terms.map((term) => ({
    importance: importance(term, stats),
    alternatives: term.alternatives.map((alternative) => ({
      weight: alternative.weight,
      keys: Int32Array.from(alternative.tokens, (token) => keyFor(keyOf(token, alternative))),
    })),
  }));
  const totalImportance = terms.reduce((sum, term) => sum + term.importance, 0);
  return { terms, totalImportance, idf: Float64Array.from(idfs), tokens, tokenKeys };
}

/** Room for key indices below each occurrence in a record (`occurrence * KEYS + key`). */
const KEYS = 1 << 20;

/**
 * One document's occurrences of the query's keys: `tf[key * GROUPS + group]` counts them, and
 * `records` holds each as `occurrence * KEYS + key` for proximity (sorted when first needed).
 * Reused from document to document, so scoring allocates next to nothing.
 */
class Occurrences {
  tf = new Int32Array(0);
  records = new Float64Array(256);
  count = 0;
  sorted = true;

  collect(postings: DocumentPostings, query: ScoringQuery): number {
    const size = query.idf.length * GROUPS;
    if (this.tf.length < size) this.tf = new Int32Array(size);
    else this.tf.fill(0, 0, size);
    this.count = 0;
    let from = 0;
    for (let index = 0; index < query.tokens.length; index += 1) {
      const token = query.tokens[index] as number;
      from = lowerBound(postings, token, from);
      if (postings.tokens[from] !== token) continue;
      const keys = query.tokenKeys[index] as Int32Array;
      const end = postings.starts[from + 1] as number;
      for (let at = postings.starts[from] as number; at < end; at += 1) {
        const occurrence = postings.occurrences[at] as number;
        const group = Math.floor(occurrence / POSITIONS);
        for (const key of keys) {
          const slot = key * GROUPS + group;
          this.tf[slot] = (this.tf[slot] ?? 0) + 1;
          this.record(occurrence * KEYS + key);
        }
      }
    }
    this.sorted = false;
    return this.count;
  }

  private record(value: number): void {
    if (this.count === this.records.length) {
      const larger = new Float64Array(this.records.length * 2);
      larger.set(this.records);
      this.records = larger;
    }
    this.records[this.count] = value;
    this.count += 1;
  }

  /** Whether some occurrence of a key in `left` and one of a key in `right` are within `window` positions in one group. */
  near(left: Int32Array, right: Int32Array, window: number): boolean {
    if (!this.sorted) {
      this.records.subarray(0, this.count).sort();
      this.sorted = true;
    }
    for (let i = 0; i < this.count; i += 1) {
      const recordI = this.records[i] as number;
      const occurrenceI = Math.floor(recordI / KEYS);
      const keyI = recordI - occurrenceI * KEYS;
      const groupI = Math.floor(occurrenceI / POSITIONS);
      for (let j = i + 1; j < this.count; j += 1) {
        const recordJ = this.records[j] as number;
        const occurrenceJ = Math.floor(recordJ / KEYS);
        if (occurrenceJ - occurrenceI > window || Math.floor(occurrenceJ / POSITIONS) !== groupI) break;
        if (occurrenceJ === occurrenceI) continue;
        const keyJ = recordJ - occurrenceJ * KEYS;
        if ((left.includes(keyI) && right.includes(keyJ)) || (left.includes(keyJ) && right.includes(keyI))) return true;
      }
    }
    return false;
  }
}

const GROUPS = FIELD_GROUPS.length;
const occurrences = new Occurrences();

/** Reused from document to document: the key scores, and each term's best match (score and keys). */
let keyScores = new Float64Array(64);
let matchScores = new Float64Array(16);
const matchKeys: (Int32Array | undefined)[] = [];
const norms = new Float64Array(GROUPS);
const weights = new Float64Array(GROUPS);

function tokenScores(found: Occurrences, lengths: Int32Array, query: ScoringQuery, stats: CorpusStats, p: ScoringParameters): Float64Array {
  FIELD_GROUPS.forEach((group, index) => {
    const length = lengths[index] ?? 0;
    norms[index] = 1 - p.b[group] + (p.b[group] * length) / Math.max(1, stats.averageLength[group]);
    weights[index] = p.fieldWeights[group];
  });
  const size = query.idf.length;
  if (keyScores.length < size) keyScores = new Float64Array(size);
  const scores = keyScores;
  scores.fill(0, 0, size);
  for (let key = 0; key < size; key += 1) {
    let pseudoFrequency = 0;
    for (let group = 0; group < GROUPS; group += 1) {
      const tf = found.tf[key * GROUPS + group] as number;
      if (tf !== 0) pseudoFrequency += ((weights[group] as number) * tf) / (norms[group] as number);
    }
    if (pseudoFrequency > 0) scores[key] = ((query.idf[key] as number) * pseudoFrequency) / (p.k1 + pseudoFrequency);
  }
  return scores;
}

/** A query word's score in a document, through its best alternative, all of whose keys must occur: into `matchScores[index]` and `matchKeys[index]`. */
function termMatch(term: ScoringTerm, scores: Float64Array, index: number): void {
  let best = 0;
  let keys: Int32Array | undefined;
  for (const alternative of term.alternatives) {
    let sum = 0;
    let complete = true;
    for (const key of alternative.keys) {
      const score = scores[key] as number;
      if (score === 0) {
        complete = false;
        break;
      }
      sum += score;
    }
    if (!complete) continue;
    const score = (alternative.weight * sum) / alternative.keys.length;
    if (score > best) {
      best = score;
      keys = alternative.keys;
    }
  }
  matchScores[index] = best;
  matchKeys[index] = keys;
}

/**
 * The document's score for the query: the sum of its words' scores, plus a bonus for consecutive
 * query words matched next to each other, scaled by the share of the query's importance it covers.
 */
export function scoreDocument(postings: DocumentPostings, query: ScoringQuery, stats: CorpusStats, p: ScoringParameters = SCORING): number {
  if (occurrences.collect(postings, query) === 0) return 0;
  const scores = tokenScores(occurrences, postings.lengths, query, stats, p);
  const count = query.terms.length;
  if (matchScores.length < count) matchScores = new Float64Array(count);
  let score = 0;
  let covered = 0;
  for (let index = 0; index < count; index += 1) {
    termMatch(query.terms[index] as ScoringTerm, scores, index);
    const matched = matchScores[index] as number;
    score += matched;
    if (matched > 0) covered += query.terms[index]?.importance ?? 0;
  }
  for (let index = 0; index + 1 < count; index += 1) {
    const left = matchKeys[index];
    const right = matchKeys[index + 1];
    if (left === undefined || right === undefined) continue;
    if (occurrences.near(left, right, p.window))
      score += p.proximity * Math.min(matchScores[index] as number, matchScores[index + 1] as number);
  }
  const coverage = query.totalImportance === 0 ? 1 : covered / query.totalImportance;
  return score * (1 - p.coverage + p.coverage * coverage);
}
