/**
 * npm run bench:log — logging contacts under load, on the built server, on SQLite and on PostgreSQL.
 * 50 connections POST contacts for 20 s (after a short warm-up), each with a new client id except a
 * share of deliberate repeats; then the rows are counted: every acknowledged contact stored exactly once.
 *
 * A second run on the same server starts requests at a steady rate (--rate, default 250 contacts/s, far
 * above any library's peak; open loop) to show the latency of a loaded but not saturated server; --rate 0 skips it.
 *
 * Beside the latencies it reports the server's CPU time per request (user + system, from /proc), which
 * varies far less than the latencies when other work shares the machine, and the load average per run.
 * --cpu-prof DIR writes a V8 CPU profile of each server to DIR (log-sqlite.cpuprofile, log-postgres.cpuprofile).
 *
 *   npm run bench:log -- [--no-build] [--databases sqlite,postgres] [--duration 20] [--connections 50] [--rate 250] [--json file] [--cpu-prof dir]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { E2eDatabase } from '../e2e/support/database.ts';
import { type Acknowledgements, newAcknowledgements } from './log/contacts.ts';
import { type LoadResult, percentile, runLoad } from './log/load.ts';
import { runSteady } from './log/steady.ts';
import { type BenchServer, SERVER_ENTRY, startBenchServer } from './log/server.ts';
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
    rate: { type: 'string', default: '250' },
    json: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});

interface Run {
  mode: string;
  load: LoadResult;
  /** The server's CPU time during the run per request answered, in ms. */
  cpuMsPerRequest: number | undefined;
  /** The 1-minute load average when the run ended. */
  loadAverage: number;
}

async function measured(server: BenchServer, mode: string, run: () => Promise<LoadResult>): Promise<Run> {
  const before = server.cpuMs();
  const load = await run();
  const after = server.cpuMs();
  const cpuMsPerRequest = before === undefined || after === undefined || load.requests === 0 ? undefined : (after - before) / load.requests;
  return { mode, load, cpuMsPerRequest, loadAverage: os.loadavg()[0] ?? Number.NaN };
}

interface Outcome {
  database: E2eDatabase;
  runs: Run[];
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
  const server = await startBenchServer(database, args['cpu-prof'] ? { cpuProfileDir: args['cpu-prof'] } : {});
  try {
    const user = await prepareBenchUser(server.baseUrl, server.admin);
    const acks = newAcknowledgements();
    const common = { baseUrl: server.baseUrl, user, connections: Number(args.connections), duplicateShare: DUPLICATE_SHARE };
    const durationSeconds = Number(args.duration);
    await runLoad({ ...common, durationSeconds: WARM_UP_SECONDS }, acks);
    const runs: Run[] = [await measured(server, 'autocannon, as fast as answered', () => runLoad({ ...common, durationSeconds }, acks))];
    const rate = Number(args.rate);
    if (rate > 0) {
      const steady = { ...common, durationSeconds, rate, maxConnections: common.connections };
      runs.push(await measured(server, `steady ${rate} req/s, open loop`, () => runSteady(steady, acks)));
    }
    const verification = await verifyStored(server, user.userId, acks);
    return { database, runs, acks, verification };
  } catch (error) {
    console.error(server.output());
    throw error;
  } finally {
    await server.stop();
  }
}

function summary(outcome: Outcome, run: Run) {
  const sorted = [...run.load.latencies].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  const stored = outcome.verification;
  const exactlyOnce = stored.missing === 0 && stored.duplicated === 0 && stored.createdTwice === 0;
  return {
    database: outcome.database,
    mode: run.mode,
    requests: run.load.requests,
    requestsPerSecond: Math.round(run.load.requestsPerSecond),
    p50: round(percentile(sorted, 50)),
    p95: round(p95),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    errors: run.load.errors,
    cpuMsPerRequest: run.cpuMsPerRequest === undefined ? undefined : Math.round(run.cpuMsPerRequest * 1000) / 1000,
    loadAverage: Math.round(run.loadAverage * 10) / 10,
    otherStatuses: Object.fromEntries(outcome.acks.otherStatuses),
    duplicatesSent: outcome.acks.duplicatesSent,
    ...stored,
    exactlyOnce,
    passed: p95 <= TARGET_P95_MS && run.load.errors === 0 && exactlyOnce,
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function report(rows: ReturnType<typeof summary>[]): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  console.log(
    `\nbench:log — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} cores (${cpu}), load average ${load}`,
  );
  console.log(
    `${args.connections} connections, ${args.duration} s per run after a ${WARM_UP_SECONDS} s warm-up, ${DUPLICATE_SHARE * 100}% repeated client ids\n`,
  );
  console.table(
    rows.map((row) => ({
      database: row.database,
      load: row.mode,
      'req/s': row.requestsPerSecond,
      'p50 ms': row.p50,
      'p95 ms': row.p95,
      'p99 ms': row.p99,
      errors: row.errors,
      'server CPU ms/req': row.cpuMsPerRequest ?? '–',
      'load avg': row.loadAverage,
      target: row.passed ? 'met' : 'MISSED',
    })),
  );
  const perDatabase = rows.filter((row, i) => rows.findIndex((other) => other.database === row.database) === i);
  for (const row of perDatabase) {
    const once = row.exactlyOnce ? 'each stored exactly once' : `NOT exactly once (missing ${row.missing}, duplicated ${row.duplicated})`;
    console.log(
      `${row.database}: ${row.acknowledgedIds} acknowledged contacts (${row.duplicatesSent} repeats sent), ${row.rows} rows — ${once}.`,
    );
    if (row.unacknowledgedRows > 0)
      console.log(`  ${row.unacknowledgedRows} rows stored whose answer was still on its way when a run stopped.`);
    if (Object.keys(row.otherStatuses).length > 0) console.log('  other statuses', row.otherStatuses);
  }
  console.log(`Target: p95 ≤ ${TARGET_P95_MS} ms, no errors, every acknowledged contact stored exactly once.`);
}

async function main(): Promise<void> {
  build();
  const databases = (args.databases ?? '').split(',').filter((name): name is E2eDatabase => name === 'sqlite' || name === 'postgres');
  const rows = [];
  for (const database of databases) {
    console.log(`Measuring on ${database}…`);
    const outcome = await measure(database);
    rows.push(...outcome.runs.map((run) => summary(outcome, run)));
  }
  report(rows);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(rows, null, 2)}\n`);
  if (rows.some((row) => !row.passed)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
