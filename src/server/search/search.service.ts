import type { SearchQuery, SearchResponse, SearchResult } from '../../shared/search.schema.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { visibilityFor } from '../practices/practices.policy.ts';
import { EMPTY_FACETS, type FacetValues, facetCounts, facetFilter, facetValues, passesFilter } from './search-facets.ts';
import { type Highlighter, highlightWhole, snippetsFor } from './search-highlight.ts';
import { readSearchState } from './search-index.repository.ts';
import { analyze, type PreparedQuery, prepareQuery } from './search-query.ts';
import { storeQuery } from './search-query-log.ts';
import { type CorpusStats, scoreDocument } from './search-scoring.ts';
import { loadTermSnapshot, prefixFrequency, type TermSnapshot } from './search-snapshot.ts';
import { languageOf } from './search-document.ts';
import { type LoadedVocabulary, loadVocabulary } from './search-vocabulary.ts';
import { type Candidate, findCandidates, findPracticeTexts, rankedDocumentIds } from './search.repository.ts';

export { eraseSearchQueriesBefore, listUnansweredQueries, recordSearchOpened } from './search-query-log.ts';

/** How many of the database's best matches are scored here; the rest cannot reach the first pages. */
export const CANDIDATES = 200;
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
}

interface Scored {
  candidate: Candidate;
  facets: FacetValues;
  score: number;
}

function corpusStats(state: Awaited<ReturnType<typeof readSearchState>>, snapshot: TermSnapshot): CorpusStats {
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

/** Small multipliers: practices rated helpful, and practices sharing the reader's facets. */
function boost(candidate: Candidate, facets: FacetValues, prefer: PreferredFacets | undefined): number {
  const rated = candidate.helpfulCount + candidate.notHelpfulCount;
  const helpful = rated === 0 ? 0 : (candidate.helpfulCount - candidate.notHelpfulCount) / (rated + 3);
  const wanted = [...(prefer?.needs ?? []), ...(prefer?.channels ?? []), ...(prefer?.attitudes ?? [])];
  const own: readonly string[] = [...facets.needs, ...facets.channels, ...facets.attitudes];
  const shared = wanted.length === 0 ? 0 : wanted.filter((value) => own.includes(value)).length / wanted.length;
  return 1 + 0.05 * helpful + 0.1 * shared;
}

function rank(candidates: Candidate[], prepared: PreparedQuery, stats: CorpusStats, prefer: PreferredFacets | undefined): Scored[] {
  const scored = candidates
    .map((candidate) => {
      const facets = facetValues(candidate);
      const { score } = scoreDocument(candidate.groups, prepared, stats);
      return { candidate, facets, score: score * boost(candidate, facets, prefer) };
    })
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score || (a.candidate.practiceId < b.candidate.practiceId ? -1 : 1));
  const best = scored[0]?.score ?? 0;
  return scored.filter((item) => item.score >= best * MIN_RELATIVE_SCORE);
}

function emptyResponse(started: number): SearchResponse {
  return { results: [], facets: EMPTY_FACETS, total: 0, tookMs: elapsed(started), queryId: null };
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

async function present(db: Database, page: Scored[], prepared: PreparedQuery, vocabulary: LoadedVocabulary): Promise<SearchResult[]> {
  const texts = new Map(
    (
      await findPracticeTexts(
        db,
        page.map((item) => item.candidate.practiceId),
      )
    ).map((row) => [row.id, row]),
  );
  return page.map(({ candidate, score }) => {
    const highlighter: Highlighter = {
      language: languageOf(candidate.language),
      domainWords: vocabulary.domainWords,
      exact: prepared.exact,
      prefixes: prepared.prefixes,
      cache: new Map(),
    };
    const text = texts.get(candidate.practiceId);
    return {
      id: candidate.practiceId,
      slug: candidate.slug,
      title: candidate.title,
      titleSegments: highlightWhole(candidate.title, highlighter),
      summary: candidate.summary,
      language: languageOf(candidate.language),
      status: candidate.status,
      score: Math.round(score * 1000) / 1000,
      snippets: text === undefined ? [] : snippetsFor(text, highlighter),
    };
  });
}

/** The one search every caller uses: the API, the CLI, the desk assistant and the relevance evaluation. */
export async function searchPractices(
  db: Database,
  actor: Actor,
  query: SearchQuery,
  options: SearchOptions = {},
): Promise<SearchResponse> {
  assertCan(actor, 'practice:read');
  const started = performance.now();
  if (query.q.trim() === '') return emptyResponse(started);
  const state = await readSearchState(db);
  const [vocabulary, snapshot] = await Promise.all([loadVocabulary(db, state.vocabulary_stamp), loadTermSnapshot(db, state.generation)]);
  const stats = corpusStats(state, snapshot);
  const context = { synonyms: vocabulary.synonyms, domainWords: vocabulary.domainWords, snapshot, documents: stats.documents };
  const prepared = prepareQuery(analyze(query.q, context), context);
  if (prepared.terms.length === 0) return emptyResponse(started);
  const docIds = prepared.fts === '' ? [] : await rankedDocumentIds(db, prepared, CANDIDATES);
  const ranked = rank(await findCandidates(db, docIds, visibilityFor(actor)), prepared, stats, options.prefer);
  const filter = facetFilter(query);
  const matching = ranked.filter((item) => passesFilter(item.facets, filter));
  const results = await present(db, matching.slice(query.offset, query.offset + query.limit), prepared, vocabulary);
  const didYouMean =
    prepared.corrected !== undefined && prepared.corrected !== query.q.trim().toLocaleLowerCase('pl') ? prepared.corrected : undefined;
  const record = (options.record ?? true) && query.offset === 0;
  const queryId = record ? await storeQuery(db, actor, query.q, prepared, matching.length) : null;
  return {
    results,
    facets: facetCounts(
      ranked.map((item) => item.facets),
      filter,
    ),
    total: matching.length,
    tookMs: elapsed(started),
    ...(didYouMean === undefined ? {} : { didYouMean }),
    queryId,
  };
}
