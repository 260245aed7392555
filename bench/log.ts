/**
 * npm run bench:log — logging contacts under load, on the built server, on SQLite and on PostgreSQL.
 * 50 connections POST contacts for 20 s (after a short warm-up), each with a new client id except a
 * share of deliberate repeats; then the rows are counted: every acknowledged contact stored exactly once.
 *
 *   npm run bench:log -- [--no-build] [--databases sqlite,postgres] [--duration 20] [--connections 50] [--json file]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { E2eDatabase } from '../e2e/support/database.ts';
import { type Acknowledgements, type LoadResult, newAcknowledgements, percentile, runLoad } from './log/load.ts';
import { SERVER_ENTRY, startBenchServer } from './log/server.ts';
import { prepareBenchUser } from './log/session.ts';
import { type Verification, verifyStored } from './log/verify.ts';

const TARGET_P95_MS = 25;
const WARM_UP_SECONDS = 3;
const DUPLICATE_SHARE = 0.1;

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    databases: { type: 'string', default: 'sqlite,postgres' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    json: { type: 'string' },
  },
});

interface Outcome {
  database: E2eDatabase;
  load: LoadResult;
  acks: Acknowledgements;
  verification: Verification;
}

function build(): void {
  if (args['no-build']) return;
  console.log('Building the server (npm run build:server)…');
  try {
    execFileSync('npm', ['run', '--silent', 'build:server'], { stdio: 'inherit' });
  } catch {
    if (!existsSync(SERVER_ENTRY)) throw new Error('the server build failed');
    console.warn('tsc reported errors (the emitted server is used anyway) — see above.');
  }
}

async function measure(database: E2eDatabase): Promise<Outcome> {
  const server = await startBenchServer(database);
  try {
    const user = await prepareBenchUser(server.baseUrl, server.admin);
    const acks = newAcknowledgements();
    const common = { baseUrl: server.baseUrl, user, connections: Number(args.connections), duplicateShare: DUPLICATE_SHARE };
    await runLoad({ ...common, durationSeconds: WARM_UP_SECONDS }, acks);
    const load = await runLoad({ ...common, durationSeconds: Number(args.duration) }, acks);
    const verification = await verifyStored(server, user.userId, acks);
    return { database, load, acks, verification };
  } catch (error) {
    console.error(server.output());
    throw error;
  } finally {
    await server.stop();
  }
}

function summary(outcome: Outcome) {
  const sorted = [...outcome.load.latencies].sort((a, b) => a - b);
  const { result } = outcome.load;
  const p95 = percentile(sorted, 95);
  const failures = result.errors + result.timeouts + result.non2xx;
  const stored = outcome.verification;
  const exactlyOnce = stored.missing === 0 && stored.duplicated === 0 && stored.createdTwice === 0;
  return {
    database: outcome.database,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50: percentile(sorted, 50),
    p95,
    p99: percentile(sorted, 99),
    max: result.latency.max,
    errors: failures,
    otherStatuses: Object.fromEntries(outcome.acks.otherStatuses),
    duplicatesSent: outcome.acks.duplicatesSent,
    ...stored,
    exactlyOnce,
    passed: p95 <= TARGET_P95_MS && failures === 0 && exactlyOnce,
  };
}

function report(rows: ReturnType<typeof summary>[]): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nbench:log — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} cores (${cpu})`);
  console.log(
    `${args.connections} connections, ${args.duration} s (after ${WARM_UP_SECONDS} s warm-up), ${DUPLICATE_SHARE * 100}% repeated client ids\n`,
  );
  console.table(
    rows.map((row) => ({
      database: row.database,
      'req/s': row.requestsPerSecond,
      'p50 ms': row.p50,
      'p95 ms': row.p95,
      'p99 ms': row.p99,
      errors: row.errors,
      'acked ids': row.acknowledgedIds,
      rows: row.rows,
      'stored once': row.exactlyOnce ? 'yes' : `NO (missing ${row.missing}, duplicated ${row.duplicated})`,
      target: row.passed ? 'met' : 'MISSED',
    })),
  );
  for (const row of rows) {
    if (row.unacknowledgedRows > 0)
      console.log(`${row.database}: ${row.unacknowledgedRows} rows stored whose answer never arrived (timeouts).`);
    if (Object.keys(row.otherStatuses).length > 0) console.log(`${row.database}: other statuses`, row.otherStatuses);
  }
  console.log(`Target: p95 ≤ ${TARGET_P95_MS} ms, no errors, every acknowledged contact stored exactly once.`);
}

async function main(): Promise<void> {
  build();
  const databases = (args.databases ?? '').split(',').filter((name): name is E2eDatabase => name === 'sqlite' || name === 'postgres');
  const rows = [];
  for (const database of databases) {
    console.log(`Measuring on ${database}…`);
    rows.push(summary(await measure(database)));
  }
  report(rows);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(rows, null, 2)}\n`);
  if (rows.some((row) => !row.passed)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
