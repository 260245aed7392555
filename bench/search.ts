/**
 * npm run bench:search — search speed on recombined corpora of the development set.
 * In process (SQLite, and PostgreSQL with --database): index build time, memory, p50/p95/p99 of
 * 1,000 varied queries (a first pass after reading the documents into memory, as the server does
 * after it starts, then the same queries again with the snippet texts cached too), and the floor — the database's raw full-text match of the same tokens —
 * with our latency as a ratio to it. Over HTTP (the built server; run `npm run build` first):
 * autocannon, 20 s × 50 connections, on SQLite and PostgreSQL.
 *
 *   npm run bench:search -- [--sizes 1000,10000,100000] [--database postgres://…] [--http-size 10000]
 *                           [--http sqlite,postgres | --no-http] [--duration 20] [--connections 50] [--dev-set DIR] [--json FILE]
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { warmUpAnalyzer } from '../src/server/search/analyzer/index.ts';
import { DEV_SET, readPools } from './search/corpus.ts';
import { type HttpResult, measureHttp } from './search/http.ts';
import { type InProcessResult, measureInProcess } from './search/in-process.ts';
import { benchQueries, uniqueQueries } from './search/queries.ts';

const USAGE = `npm run bench:search -- [--sizes 1000,10000,100000] [--database postgres://…] [--http-size 10000]
                        [--http sqlite,postgres | --no-http] [--duration 20] [--connections 50] [--dev-set DIR] [--json FILE]`;

function options() {
  try {
    return parseArgs({
      options: {
        sizes: { type: 'string', default: '1000,10000,100000' },
        database: { type: 'string' },
        http: { type: 'string', default: 'sqlite,postgres' },
        'no-http': { type: 'boolean', default: false },
        'http-size': { type: 'string', default: '10000' },
        duration: { type: 'string', default: '20' },
        connections: { type: 'string', default: '50' },
        'dev-set': { type: 'string', default: DEV_SET },
        json: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

const args = options();

function printInProcess(result: InProcessResult): void {
  const { ours, floor } = result;
  console.log(
    `${result.database.padEnd(8)} ${String(result.practices).padStart(7)}  build ${String(result.buildMs).padStart(7)} ms  preload ${String(result.preloadMs).padStart(6)} ms  heap ${result.heapMb} MB rss ${result.rssMb} MB  ` +
      `ours p50/p95/p99 ${ours.p50}/${ours.p95}/${ours.p99} ms  again (snippet texts cached) ${result.oursWarm.p50}/${result.oursWarm.p95}/${result.oursWarm.p99} ms  floor ${floor.p50}/${floor.p95}/${floor.p99} ms  ` +
      `ratio p50 ×${result.ratioP50} p95 ×${result.ratioP95}  event loop delay p99 ${result.eventLoopP99Ms} max ${result.eventLoopMaxMs} ms  ${result.averageResults} results/query`,
  );
}

function printHttp(result: HttpResult): void {
  for (const [label, load] of [
    ['1,000 queries in turn', result.repeating],
    ['every query new     ', result.unique],
  ] as const) {
    const { latency } = load;
    console.log(
      `${result.database.padEnd(8)} ${String(result.practices).padStart(7)}  ${label}  ${load.requestsPerSecond} searches/s (${load.requests} in total)  ` +
        `p50/p95/p99 ${latency.p50}/${latency.p95}/${latency.p99} ms  max ${latency.max} ms  failures ${load.failures}`,
    );
  }
}

async function main(): Promise<void> {
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const pools = readPools(args['dev-set']);
  const sentences = [...pools.titles, ...pools.situations, ...pools.signals, ...pools.steps, ...pools.bodies];
  const queries = benchQueries(args['dev-set'], sentences);
  const warmUp = warmUpAnalyzer();
  console.log(
    `Relacja search benchmark — ${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1e9)} GB`,
  );
  console.log(`Dictionary loaded once in ${warmUp.ms} ms (+${warmUp.heapDeltaMb} MB heap); ${queries.length} queries.\n\nIn process:`);
  const inProcess: InProcessResult[] = [];
  const databases = args.database === undefined ? [undefined] : [undefined, args.database];
  for (const size of args.sizes.split(',').map(Number)) {
    for (const database of databases) {
      const result = await measureInProcess(database, pools, size, queries);
      printInProcess(result);
      inProcess.push(result);
    }
  }
  const http: HttpResult[] = [];
  if (!args['no-http']) {
    console.log(`\nOver HTTP (${args.connections} connections, ${args.duration} s):`);
    for (const database of args.http.split(',').filter((name) => name === 'sqlite' || name === 'postgres')) {
      const options = { durationSeconds: Number(args.duration), connections: Number(args.connections) };
      const result = await measureHttp(database, pools, Number(args['http-size']), queries, uniqueQueries(sentences, 60_000), options);
      printHttp(result);
      http.push(result);
    }
  }
  if (args.json)
    writeFileSync(args.json, JSON.stringify({ at: new Date().toISOString(), cpus: os.cpus().length, inProcess, http }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
