import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../cli.ts';
import { PACKAGE_ROOT } from '../paths.ts';

/** Test support: runs `relacja` as a real child process (through tsx), as an operator would. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const CLI_ENTRY = path.join(PACKAGE_ROOT, 'src', 'server', 'cli.ts');

function childEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['DATABASE_URL', 'DATA_DIR', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'PUBLIC_URL'].includes(key),
    ),
  );
  return { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'silent', LANG: 'en_US.UTF-8', ...overrides };
}

export function runCliProcess(args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI_ENTRY, ...args],
      { cwd: PACKAGE_ROOT, env: childEnvironment(env), timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function temporaryDirectory(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `relacja-${prefix}-`));
}

/** The same command line in this process: quicker, for cases where the process boundary adds nothing. */
export async function runCliInProcess(args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['node', 'relacja', ...args], childEnvironment(env), {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
