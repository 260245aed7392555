import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { type E2eDatabase, prepareDatabase } from '../../e2e/support/database.ts';

export const SERVER_ENTRY = path.resolve('dist/server/main.js');
const START_TIMEOUT_MS = 60_000;
/** Enough of the server's output to explain a failure, without holding the whole request log. */
const KEEP_OUTPUT = 20_000;

export interface BenchServer {
  baseUrl: string;
  admin: { email: string; oneTimePassword: string };
  /** The database the server uses: an SQLite file or a PostgreSQL URL. */
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  output(): string;
  /** CPU time (user + system) the server process has used so far, in ms; undefined where /proc is missing. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** utime + stime of a process from /proc (Linux), in ms. */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // after "pid (comm) ", utime and stime are the 12th and 13th fields, in clock ticks (100 per second on Linux)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function startInfo(output: string) {
  const baseUrl = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
  const email = /e-mail \/ login:\s+(\S+)/.exec(output)?.[1];
  const oneTimePassword = /hasło jednorazowe:\s+(\S+)/.exec(output)?.[1];
  return baseUrl && email && oneTimePassword ? { baseUrl, admin: { email, oneTimePassword } } : undefined;
}

async function waitForStart(child: ChildProcess, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const info = startInfo(output());
    if (info) return info;
    if (child.exitCode !== null) throw new Error(`server exited during start:\n${output()}`);
    await delay(100);
  }
  throw new Error(`server did not start within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The built server as production runs it (info-level JSON request logs included), on a brand-new
 * database. Its output goes to a file, as a service manager would keep it: a pipe read by this busy
 * process would push back on the server's synchronous logging and distort the figures.
 */
export async function startBenchServer(kind: E2eDatabase, options: { cpuProfileDir?: string } = {}): Promise<BenchServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run npm run build:server`);
  const prepared = await prepareDatabase(kind);
  const logFile = path.join(prepared.dataDir, 'server.log');
  const log = openSync(logFile, 'a');
  const { DATABASE_URL: _inherited, ...parentEnv } = process.env;
  const env = {
    ...parentEnv,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: prepared.dataDir,
    LOG_PRETTY: 'false',
    ...prepared.env,
  };
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  if (options.cpuProfileDir)
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfileDir)}`, `--cpu-prof-name=log-${kind}.cpuprofile`);
  const child = spawn(process.execPath, [...nodeArgs, SERVER_ENTRY], { env, stdio: ['ignore', log, log] });
  closeSync(log);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const output = () => readFileSync(logFile, 'utf8').slice(-KEEP_OUTPUT);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopProcess(child);
    await prepared.cleanup();
  };
  try {
    const info = await waitForStart(child, () => readFileSync(logFile, 'utf8').slice(0, KEEP_OUTPUT));
    const url = prepared.env.DATABASE_URL;
    const database: BenchServer['database'] = url
      ? { kind: 'postgres', url }
      : { kind: 'sqlite', file: path.join(prepared.dataDir, 'relacja.db') };
    return { ...info, database, output, cpuMs: () => processCpuMs(child.pid), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
