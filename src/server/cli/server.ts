import type { Command } from 'commander';
import { databaseTarget } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { type CliContext, cliConfig, printLine } from './context.ts';
import { describeTarget, withDatabase } from './database.ts';

async function migrate(context: CliContext): Promise<void> {
  const config = cliConfig(context);
  const applied = await withDatabase(config, 'create', migrateToLatest);
  const target = describeTarget(databaseTarget(config));
  if (applied.length === 0) return printLine(context, `${target}: up to date, no migrations to apply.`);
  printLine(context, `${target}: applied ${applied.length === 1 ? '1 migration' : `${applied.length} migrations`}:`);
  for (const name of applied) printLine(context, `  ${name}`);
}

export function registerServerCommands(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('start Relacja: migrate, create the first administrator if there is none, serve the app and the API')
    .addHelpText(
      'after',
      '\nConfigured by the environment: HOST (0.0.0.0), PORT (3000), DATA_DIR (./data) or DATABASE_URL, …\nExample:\n  $ PORT=8080 relacja serve',
    )
    .action(async () => {
      cliConfig(context);
      // Loaded only here: the web server's module graph would slow down every other command.
      const { serve } = await import('../main.ts');
      await serve();
    });
  program
    .command('migrate')
    .description('bring the database schema up to date and print what was applied (creates the SQLite file if missing)')
    .addHelpText('after', '\nExample:\n  $ DATABASE_URL=postgres://relacja@db.example.org/relacja relacja migrate')
    .action(() => migrate(context));
}
