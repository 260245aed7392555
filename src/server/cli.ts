import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { registerBackupCommands } from './cli/backup.ts';
import { registerBranchCommands } from './cli/branch.ts';
import { type CliContext, type CliIo, cliLocale } from './cli/context.ts';
import { describeFailure } from './cli/errors.ts';
import { registerPracticeCommands } from './cli/practices-commands.ts';
import { registerSearchCommands } from './cli/search-commands.ts';
import { registerServerCommands } from './cli/server.ts';
import { registerUserCommands } from './cli/user.ts';
import { PACKAGE_ROOT } from './paths.ts';

/** Exit status for a command line that could not be understood (unknown option, missing or invalid value). */
export const USAGE_ERROR = 2;
export const FAILURE = 1;

function packageVersion(): string {
  const manifest = z
    .object({ version: z.string() })
    .safeParse(JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')));
  return manifest.success ? manifest.data.version : '0.0.0';
}

const PROGRAM_HELP = `
Configuration comes from the environment, as for the server: DATA_DIR (default ./data, the SQLite
database is DATA_DIR/relacja.db) or DATABASE_URL=postgres://… for PostgreSQL.
Exit status: 0 done, 1 failed (the reason is printed on one line), 2 the command line was wrong.`;

export function buildProgram(context: CliContext): Command {
  const program = new Command('relacja')
    .description('Relacja — operators’ command line: server, database, accounts, branches, backups')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .exitOverride()
    .configureOutput({ writeOut: (text) => context.io.out(text), writeErr: (text) => context.io.err(text) })
    .showHelpAfterError(false)
    .addHelpText('after', PROGRAM_HELP);
  registerServerCommands(program, context);
  registerUserCommands(program, context);
  registerBranchCommands(program, context);
  registerBackupCommands(program, context);
  registerPracticeCommands(program, context);
  registerSearchCommands(program, context);
  return program;
}

/** Runs one command line and returns its exit status; never throws and never prints a stack trace. */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const context: CliContext = { env, io, locale: cliLocale(env) };
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'node' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    io.err(describeFailure(error, context.locale));
    return FAILURE;
  }
}

export async function main(): Promise<void> {
  const status = await runCli(process.argv, process.env, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
  // On success `serve` keeps running and every other command has closed its database, so the process ends by itself.
  if (status !== 0) process.exit(status);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main();
