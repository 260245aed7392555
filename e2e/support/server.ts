import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { type E2eDatabase, prepareDatabase } from './database.ts';

const SERVER_ENTRY = path.resolve('dist/server/main.js');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningServer {
  baseUrl: string;
  /** The first administrator, as printed once in the start-up banner. */
  admin: { email: string; oneTimePassword: string };
  /** Everything the server has written to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

interface StartInfo {
  baseUrl: string;
  admin: RunningServer['admin'];
}

function parseStartInfo(output: string): StartInfo | undefined {
  const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
  const email = /e-mail \/ login:\s+(\S+)/.exec(output)?.[1];
  const oneTimePassword = /hasło jednorazowe:\s+(\S+)/.exec(output)?.[1];
  if (!listening || !email || !oneTimePassword) return undefined;
  return { baseUrl: listening, admin: { email, oneTimePassword } };
}

/** Resolves once the banner and the listening address are both in the output; rejects if the process dies first. */
function waitForStart(child: ChildProcess, output: () => string): Promise<StartInfo> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`server did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const check = () => {
      const info = parseStartInfo(output());
      if (info) finish(undefined, info);
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(new Error(`server exited during start (code ${code}, signal ${signal})\n${output()}`));
    function finish(error: Error | undefined, info?: StartInfo) {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', onExit);
      if (info) resolve(info);
      else reject(error);
    }
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', onExit);
  });
}

async function waitForReady(baseUrl: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await delay(100);
  }
  throw new Error(`${baseUrl}/readyz never became ready: ${last}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Starts the real built server (`npm run build` first) on a free port with a brand-new database. */
export async function startServer(database: E2eDatabase): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first`);
  const prepared = await prepareDatabase(database);
  const { DATABASE_URL: _inherited, ...parentEnv } = process.env;
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...parentEnv,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: prepared.dataDir,
      LOG_LEVEL: 'info',
      LOG_PRETTY: 'false',
      ...prepared.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Should the test runner itself be killed, do not leave a server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopProcess(child);
    await prepared.cleanup();
  };
  try {
    const info = await waitForStart(child, () => output);
    await waitForReady(info.baseUrl);
    return { ...info, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
