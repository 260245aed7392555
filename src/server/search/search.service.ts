import type { SearchQuery, SearchResponse, SearchResult } from '../../shared/search.schema.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { canSee } from '../practices/practices.policy.ts';
import { languageOf } from './search-document.ts';
import { type Candidate, snippetSources, withDocuments } from './search-documents.ts';
import { EMPTY_FACETS, type FacetValues, facetCounts, facetFilter, passesFilter } from './search-facets.ts';
import { highlighterFor, highlightWhole, snippetsFrom } from './search-highlight.ts';
import { readSearchState, type SearchStateRow } from './search-index.repository.ts';
import { analyze, type PreparedQuery, prepareQuery } from './search-query.ts';
import { storeQuery } from './search-query-log.ts';
import {
  type AnswerBody,
  type AnswerLog,
  answerKey,
  cachedAnswer,
  decodeBody,
  decodeLog,
  type EncodedAnswer,
  encodeAnswer,
  hasCachedAnswer,
  rememberAnswer,
  responseJson,
} from './search-result-cache.ts';
import { type CorpusStats, type ScoringQuery, scoreDocument, scoringQuery } from './search-scoring.ts';
import { loadTermSnapshot, prefixFrequency, type TermSnapshot, tokensWithPrefix } from './search-snapshot.ts';
import { type LoadedVocabulary, loadVocabulary } from './search-vocabulary.ts';
import { type RankedRow, rankCandidates } from './search.repository.ts';

export { eraseSearchQueriesBefore, listUnansweredQueries, recordSearchOpened } from './search-query-log.ts';

/** How many of the database's best matches are scored here; the rest cannot reach the first pages. */
export const CANDIDATES = 100;
/** Two pages of documents that contain both rarest words are enough; fewer, and the OR-ed retrieval adds more. */
const ENOUGH_NARROW = 20;
/** Results scoring below this share of the best one are noise (one common word) and are left out. */
const MIN_RELATIVE_SCORE = 0.05;

/** Facets of the reader's situation that move matching practices up a little without filtering. */
export interface PreferredFacets {
  needs?: readonly string[];
  channels?: readonly string[];
  attitudes?: readonly string[];
}

export interface SearchOptions {
  /** Store the query for knowledge gaps (not for as-you-type requests). */
  record?: boolean;
  prefer?: PreferredFacets;
  /** false: compute the answer even when this instance has it cached. */
  cache?: boolean;
}

interface Scored {
  candidate: Candidate;
  facets: FacetValues;
  score: number;
}

function corpusStats(state: SearchStateRow, snapshot: TermSnapshot): CorpusStats {
  const documents = Math.max(1, Number(state.doc_count));
  const average = (total: number) => Number(total) / documents;
  return {
    documents,
    averageLength: {
      title: average(state.title_length),
      main: average(state.main_length),
      detail: average(state.detail_length),
      body: average(state.body_length),
    },
    df: (token) => snapshot.df.get(token) ?? 0,
    prefixDf: (prefix) => prefixFrequency(snapshot, prefix, documents),
  };
}

/** The facts the practices' visibility rule looks at (practices.policy.ts canSee). */
function accessOf(row: RankedRow) {
  const { status, branchId, authorId } = row;
  return { status, branchId, authorId, ownerId: null, pendingAuthorId: null, hasPending: false };
}

/** Small multipliers: practices rated helpful, and practices sharing the reader's facets (`wanted`). */
function boost(candidate: Candidate, facets: FacetValues, wanted: readonly string[]): number {
  const rated = candidate.helpfulCount + candidate.notHelpfulCount;
  const helpful = rated === 0 ? 0 : (candidate.helpfulCount - candidate.notHelpfulCount) / (rated + 3);
  if (wanted.length === 0) return 1 + 0.05 * helpful;
  const own: readonly string[] = [...facets.needs, ...facets.channels, ...facets.attitudes];
  const shared = wanted.filter((value) => own.includes(value)).length / wanted.length;
  return 1 + 0.05 * helpful + 0.1 * shared;
}

function rank(candidates: Candidate[], query: ScoringQuery, stats: CorpusStats, prefer: PreferredFacets | undefined): Scored[] {
  const wanted = [...(prefer?.needs ?? []), ...(prefer?.channels ?? []), ...(prefer?.attitudes ?? [])];
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const score = scoreDocument(candidate.document.postings, query, stats);
    if (score <= 0) continue;
    // Not a spread of the cached facets: see withDocuments.
    const { needs, channels, attitudes, tags } = candidate.document.facets;
    const facets = { needs, channels, attitudes, tags, status: [candidate.status] };
    scored.push({ candidate, facets, score: score * boost(candidate, facets, wanted) });
  }
  scored.sort((a, b) => b.score - a.score || (a.candidate.practiceId < b.candidate.practiceId ? -1 : 1));
  const best = scored[0]?.score ?? 0;
  return scored.filter((item) => item.score >= best * MIN_RELATIVE_SCORE);
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

function emptyResponse(started: number): SearchResponse {
  return { results: [], facets: EMPTY_FACETS, total: 0, tookMs: elapsed(started), queryId: null };
}

async function present(db: Database, page: Scored[], prepared: PreparedQuery, vocabulary: LoadedVocabulary): Promise<SearchResult[]> {
  const sources = await snippetSources(
    db,
    page.map((item) => item.candidate),
  );
  const cache = new Map<string, boolean>();
  return page.map(({ candidate, score }) => {
    const { document } = candidate;
    const language = languageOf(document.language);
    const highlighter = highlighterFor(language, vocabulary.domainWords, prepared.exact, prepared.prefixes, cache);
    const source = sources.get(candidate.practiceId);
    return {
      id: candidate.practiceId,
      slug: document.slug,
      title: document.title,
      titleSegments: highlightWhole(document.title, highlighter),
      summary: document.summary,
      language,
      status: candidate.status,
      score: Math.round(score * 1000) / 1000,
      snippets: source === undefined ? [] : snippetsFrom(source, highlighter),
    };
  });
}

function didYouMean(prepared: PreparedQuery, q: string): string | undefined {
  const { corrected } = prepared;
  return corrected !== undefined && corrected !== q.trim().toLocaleLowerCase('pl') ? corrected : undefined;
}

/** Whether answers computed under one index state hold under the other (the practices stamp aside: statuses are read fresh). */
function sameIndex(a: SearchStateRow, b: SearchStateRow): boolean {
  return a.generation === b.generation && a.vocabulary_stamp === b.vocabulary_stamp;
}

/** An answer, always encoded; also as objects when this request computed it (nothing to parse then). */
interface Answer {
  encoded: EncodedAnswer;
  body?: AnswerBody;
  log?: AnswerLog;
}

function computedAnswer(body: AnswerBody, log: AnswerLog): Answer {
  return { encoded: encodeAnswer(body, log), body, log };
}

interface Computed {
  /** undefined: the index changed since `state`; compute again under `current`. */
  answer: Answer | undefined;
  /** The state the database answered under; undefined when the query needed no ranking (nothing was read). */
  current: SearchStateRow | undefined;
}

async function compute(
  db: Database,
  actor: Actor,
  query: SearchQuery,
  state: SearchStateRow,
  options: SearchOptions,
  acceptChanged: boolean,
): Promise<Computed> {
  const [vocabulary, snapshot] = await Promise.all([loadVocabulary(db, state.vocabulary_stamp), loadTermSnapshot(db, state.generation)]);
  const stats = corpusStats(state, snapshot);
  const context = { synonyms: vocabulary.synonyms, domainWords: vocabulary.domainWords, snapshot, documents: stats.documents };
  const prepared = prepareQuery(analyze(query.q, context), context);
  if (prepared.terms.length === 0) {
    return {
      answer: computedAnswer({ results: [], facets: EMPTY_FACETS, total: 0 }, { terms: undefined, matching: 0 }),
      current: undefined,
    };
  }
  const ranked = prepared.fts === '' ? undefined : await rankCandidates(db, prepared, CANDIDATES, ENOUGH_NARROW);
  if (ranked !== undefined && !acceptChanged && !sameIndex(ranked.state, state)) return { answer: undefined, current: ranked.state };
  const candidates = await withDocuments(
    db,
    (ranked?.rows ?? []).filter((row) => canSee(actor, accessOf(row))),
  );
  const scored = rank(
    candidates,
    scoringQuery(prepared, (prefix) => tokensWithPrefix(snapshot, prefix), stats),
    stats,
    options.prefer,
  );
  const filter = facetFilter(query);
  const matching = scored.filter((item) => passesFilter(item.facets, filter));
  const results = await present(db, matching.slice(query.offset, query.offset + query.limit), prepared, vocabulary);
  const suggestion = didYouMean(prepared, query.q);
  const facets = facetCounts(
    scored.map((item) => item.facets),
    filter,
  );
  const body = { results, facets, total: matching.length, ...(suggestion === undefined ? {} : { didYouMean: suggestion }) };
  return { answer: computedAnswer(body, { terms: prepared.terms, matching: matching.length }), current: ranked?.state };
}

/** The index state each database was last seen in by this instance (a guess, checked by every ranking statement). */
const lastStates = new WeakMap<Database, SearchStateRow>();
const MAX_ATTEMPTS = 3;

/**
 * The answer and the state it holds under. A new question is computed at once under the state
 * seen last, and the ranking statement, which reads the current state too, confirms it: one round
 * trip to PostgreSQL in all. A cached answer is only used after reading the state.
 */
async function answerFor(
  db: Database,
  actor: Actor,
  query: SearchQuery,
  options: SearchOptions,
): Promise<{ answer: Answer; state: SearchStateRow; key: string; cached: boolean }> {
  let keyed: { state: SearchStateRow; key: string } | undefined;
  const keyOf = (state: SearchStateRow) => {
    const same =
      keyed !== undefined &&
      keyed.state.generation === state.generation &&
      keyed.state.vocabulary_stamp === state.vocabulary_stamp &&
      keyed.state.practices_stamp === state.practices_stamp;
    if (!same) keyed = { state, key: answerKey(state, actor, query, options.prefer ?? null) };
    return keyed?.key ?? '';
  };
  const useCache = options.cache !== false;
  let state = lastStates.get(db);
  let verified = false;
  if (state === undefined || (useCache && hasCachedAnswer(keyOf(state)))) {
    state = await readSearchState(db);
    verified = true;
  }
  for (let attempt = 1; ; attempt += 1) {
    const hit = verified && useCache ? cachedAnswer(keyOf(state)) : undefined;
    if (hit !== undefined) return { answer: { encoded: hit }, state, key: keyOf(state), cached: true };
    const { answer, current } = await compute(db, actor, query, state, options, attempt >= MAX_ATTEMPTS);
    if (current === undefined && !verified) {
      state = await readSearchState(db);
      verified = true;
      continue;
    }
    if (answer !== undefined) return { answer, state: current ?? state, key: keyOf(current ?? state), cached: false };
    state = current ?? state;
    verified = true;
  }
}

async function search(
  db: Database,
  actor: Actor,
  query: SearchQuery,
  options: SearchOptions,
): Promise<{ answer: Answer; queryId: string | null } | undefined> {
  assertCan(actor, 'practice:read');
  if (query.q.trim() === '') return undefined;
  const { answer, state, key, cached } = await answerFor(db, actor, query, options);
  lastStates.set(db, state);
  // A cached answer keeps its age: ratings may lag by at most the cache's lifetime.
  if (!cached) rememberAnswer(key, answer.encoded);
  if (!(options.record ?? true) || query.offset !== 0) return { answer, queryId: null };
  const { terms, matching } = answer.log ?? decodeLog(answer.encoded);
  return { answer, queryId: terms === undefined ? null : await storeQuery(db, actor, query.q, terms, matching) };
}

/**
 * The one search every caller uses: the API, the CLI, the desk assistant and the relevance
 * evaluation. `cache: false` computes the answer even when this instance has it (benchmarks).
 */
export async function searchPractices(
  db: Database,
  actor: Actor,
  query: SearchQuery,
  options: SearchOptions = {},
): Promise<SearchResponse> {
  const started = performance.now();
  const searched = await search(db, actor, query, options);
  if (searched === undefined) return emptyResponse(started);
  const { answer, queryId } = searched;
  return { ...(answer.body ?? decodeBody(answer.encoded)), tookMs: elapsed(started), queryId };
}

/** The same search as the API's JSON: a cached answer is sent as kept, without being parsed and serialised again. */
export async function searchPracticesJson(db: Database, actor: Actor, query: SearchQuery, options: SearchOptions = {}): Promise<Buffer> {
  const started = performance.now();
  const searched = await search(db, actor, query, options);
  if (searched === undefined) return Buffer.from(JSON.stringify(emptyResponse(started)), 'utf8');
  return responseJson(searched.answer.encoded, elapsed(started), searched.queryId);
}
