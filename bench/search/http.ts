import autocannon, { type Result } from 'autocannon';
import { createDatabase } from '../../src/server/db/create-db.ts';
import { reindexSearch } from '../../src/server/search/search-index.ts';
import { startBenchServer } from '../log/server.ts';
import { prepareBenchUser } from '../log/session.ts';
import { insertCorpus, type readPools } from './corpus.ts';
import { type Latencies, latencies } from './stats.ts';

export interface HttpOptions {
  durationSeconds: number;
  connections: number;
}

export interface HttpLoad {
  requests: number;
  requestsPerSecond: number;
  latency: Latencies;
  failures: number;
}

export interface HttpResult {
  database: 'sqlite' | 'postgres';
  practices: number;
  /** 1,000 queries in turn: after the first round the instance answers from its result cache. */
  repeating: HttpLoad;
  /** A new query every time: every answer is computed. */
  unique: HttpLoad;
}

function load(
  baseUrl: string,
  cookie: string,
  paths: readonly string[],
  connections: number,
  limit: { seconds: number } | { amount: number },
) {
  let index = 0;
  const times: number[] = [];
  return new Promise<{ result: Result; times: number[] }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        ...('seconds' in limit ? { duration: limit.seconds } : { amount: limit.amount }),
        timeout: 10,
        headers: { cookie },
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              index = (index + 1) % paths.length;
              return { ...request, path: paths[index] };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, times })),
    );
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => times.push(responseTimeMs));
  });
}

/**
 * The built server (`npm run build` first) on a fresh database: the corpus goes straight into its
 * database and the index is rebuilt, then 50 connections search for 20 s as one types in the palette
 * (`record=false`, the default limit of 10 results with highlights and facets): once cycling through
 * the 1,000 queries, once with a query never asked before on every request.
 */
export async function measureHttp(
  database: 'sqlite' | 'postgres',
  pools: ReturnType<typeof readPools>,
  practices: number,
  queries: readonly string[],
  uniqueQueries: readonly string[],
  options: HttpOptions,
): Promise<HttpResult> {
  const server = await startBenchServer(database);
  try {
    const user = await prepareBenchUser(server.baseUrl, server.admin);
    const target = server.database.kind === 'sqlite' ? server.database : { ...server.database, poolSize: 2 };
    const db = createDatabase(target);
    try {
      await insertCorpus(db, pools, practices);
      await reindexSearch(db, true);
    } finally {
      await db.destroy();
    }
    const paths = (items: readonly string[]) => items.map((q) => `/api/search?q=${encodeURIComponent(q)}&record=false`);
    const run = async (items: readonly string[]): Promise<HttpLoad> => {
      const { result, times } = await load(server.baseUrl, user.session.cookie, paths(items), options.connections, {
        seconds: options.durationSeconds,
      });
      const requestsPerSecond = Math.round(result.requests.total / result.duration);
      return {
        requests: result.requests.total,
        requestsPerSecond,
        latency: latencies(times),
        failures: result.errors + result.timeouts + result.non2xx,
      };
    };
    // Warm-up: every one of the 1,000 queries once, so the timed round measures a warm instance.
    await load(server.baseUrl, user.session.cookie, paths(queries), options.connections, { amount: queries.length });
    const repeating = await run(queries);
    const unique = await run(uniqueQueries);
    return { database, practices, repeating, unique };
  } catch (error) {
    console.error(server.output());
    throw error;
  } finally {
    await server.stop();
  }
}
