import { monitorEventLoopDelay } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { temporaryDatabase } from '../../scripts/eval-search/temporary-database.ts';
import type { Actor } from '../../src/server/auth/actor.ts';
import type { Database } from '../../src/server/db/database.ts';
import { readSearchState } from '../../src/server/search/search-index.repository.ts';
import { preloadDocuments } from '../../src/server/search/search-documents.ts';
import { reindexSearch } from '../../src/server/search/search-index.ts';
import { analyze, prepareQuery } from '../../src/server/search/search-query.ts';
import { loadTermSnapshot } from '../../src/server/search/search-snapshot.ts';
import { loadVocabulary } from '../../src/server/search/search-vocabulary.ts';
import { CANDIDATES, searchPractices } from '../../src/server/search/search.service.ts';
import { SearchQuerySchema } from '../../src/shared/search.schema.ts';
import { insertCorpus, type readPools } from './corpus.ts';
import { type Latencies, latencies, megabytes } from './stats.ts';

/** Searches as a librarian would see them: published practices; nothing recorded. */
const READER: Actor = { id: 'bench', email: 'bench', name: 'Bench', role: 'librarian', branchIds: [], locale: 'pl' };
const WARM_UP = 100;

export interface InProcessResult {
  database: 'sqlite' | 'postgres';
  practices: number;
  buildMs: number;
  /** Reading the documents into memory, as a server does in the background after it starts. */
  preloadMs: number;
  heapMb: number;
  rssMb: number;
  /** The first pass over the queries, after the preload: snippet texts are read as results are first shown. */
  ours: Latencies;
  /** The same queries again: this instance has the documents and snippet texts cached (its steady state). */
  oursWarm: Latencies;
  floor: Latencies;
  ratioP50: number;
  ratioP95: number;
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
  averageResults: number;
}

async function timeOurs(db: Database, queries: readonly string[], warmUp = WARM_UP): Promise<{ times: number[]; results: number }> {
  for (const q of queries.slice(0, warmUp))
    await searchPractices(db, READER, SearchQuerySchema.parse({ q }), { record: false, cache: false });
  const times: number[] = [];
  let results = 0;
  for (const q of queries) {
    // Back to the event loop between searches, as a server would be, so its delay shows the longest block.
    await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    const response = await searchPractices(db, READER, SearchQuerySchema.parse({ q, limit: 10 }), { record: false, cache: false });
    times.push(performance.now() - started);
    results += response.results.length;
  }
  return { times, results };
}

/** The same retrieval expressions the search sends, made before the clock starts. */
async function expressions(db: Database, queries: readonly string[]) {
  const state = await readSearchState(db);
  const [vocabulary, snapshot] = await Promise.all([loadVocabulary(db, state.vocabulary_stamp), loadTermSnapshot(db, state.generation)]);
  const context = { synonyms: vocabulary.synonyms, domainWords: vocabulary.domainWords, snapshot, documents: Number(state.doc_count) };
  return queries.map((q) => prepareQuery(analyze(q, context), context)).filter((prepared) => prepared.fts !== '');
}

/** The floor: the database's own full-text match and rank of the same tokens, on a raw connection, nothing else. */
async function timeFloor(
  location: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string },
  prepared: Awaited<ReturnType<typeof expressions>>,
) {
  const times: number[] = [];
  if (location.kind === 'sqlite') {
    const raw = new SqliteDatabase(location.file, { readonly: true });
    const statement = raw.prepare(
      'select rowid from search_fts where search_fts match ? order by bm25(search_fts, 10.0, 4.0, 2.0, 1.0) limit ?',
    );
    for (const query of prepared.slice(0, WARM_UP)) statement.all(query.fts, CANDIDATES);
    for (const query of prepared) {
      const started = performance.now();
      statement.all(query.fts, CANDIDATES);
      times.push(performance.now() - started);
    }
    raw.close();
    return times;
  }
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  const text =
    "select doc_id from search_documents where vector @@ $1::tsquery order by ts_rank('{0.1, 0.2, 0.4, 1.0}'::float4[], vector, $1::tsquery) desc limit $2";
  for (const query of prepared.slice(0, WARM_UP)) await client.query(text, [query.tsquery, CANDIDATES]);
  for (const query of prepared) {
    const started = performance.now();
    await client.query(text, [query.tsquery, CANDIDATES]);
    times.push(performance.now() - started);
  }
  await client.end();
  return times;
}

export async function measureInProcess(
  postgresUrl: string | undefined,
  pools: ReturnType<typeof readPools>,
  practices: number,
  queries: readonly string[],
): Promise<InProcessResult> {
  const temporary = await temporaryDatabase(postgresUrl, 4);
  try {
    await insertCorpus(temporary.db, pools, practices);
    const started = performance.now();
    await reindexSearch(temporary.db, true);
    const buildMs = Math.round(performance.now() - started);
    const preloadStarted = performance.now();
    await preloadDocuments(temporary.db);
    const preloadMs = Math.round(performance.now() - preloadStarted);
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const ours = await timeOurs(temporary.db, queries);
    const warm = await timeOurs(temporary.db, queries, 0);
    loop.disable();
    const memory = process.memoryUsage();
    const floor = await timeFloor(temporary.location, await expressions(temporary.db, queries));
    const oursStats = latencies(ours.times);
    const floorStats = latencies(floor);
    return {
      database: temporary.location.kind,
      practices,
      buildMs,
      preloadMs,
      heapMb: megabytes(memory.heapUsed),
      rssMb: megabytes(memory.rss),
      ours: oursStats,
      oursWarm: latencies(warm.times),
      floor: floorStats,
      ratioP50: Math.round((oursStats.p50 / Math.max(0.001, floorStats.p50)) * 10) / 10,
      ratioP95: Math.round((oursStats.p95 / Math.max(0.001, floorStats.p95)) * 10) / 10,
      eventLoopMaxMs: Math.round(loop.max / 1e4) / 100,
      eventLoopP99Ms: Math.round(loop.percentile(99) / 1e4) / 100,
      averageResults: Math.round((ours.results / queries.length) * 10) / 10,
    };
  } finally {
    await temporary.drop();
  }
}
