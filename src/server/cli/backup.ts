import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { backupSqlite, restoreSqlite } from '../db/backup.ts';
import { databaseTarget } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { type CliContext, cliConfig, printLine } from './context.ts';
import { withDatabase } from './database.ts';
import { CliError, messageOf } from './errors.ts';
import { formatBytes, formatDuration } from './format.ts';

const BackupOptionsSchema = z.object({ force: z.boolean().default(false) });

function shellQuote(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

function pgDump(file: string): string {
  return `  pg_dump --format=custom --file=${shellQuote(file)} "$DATABASE_URL"`;
}

function pgRestore(file: string): string {
  return `  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${shellQuote(file)}`;
}

/** Both commands work on the embedded SQLite file only; PostgreSQL has its own, better tools. */
function sqliteFileOf(config: Config, command: 'backup' | 'restore', file: string): string {
  const target = databaseTarget(config);
  if (target.kind === 'sqlite') return target.file;
  if (command === 'backup') {
    throw new CliError('`relacja backup` copies the embedded SQLite database only; DATABASE_URL points to PostgreSQL, so use pg_dump:', [
      pgDump(file),
      'Restore it later (with the Relacja server stopped) with:',
      pgRestore(file),
    ]);
  }
  throw new CliError(
    '`relacja restore` restores the embedded SQLite database only; DATABASE_URL points to PostgreSQL, so use pg_restore:',
    ['Stop the Relacja server, then:', pgRestore(file), '  relacja migrate'],
  );
}

async function backup(context: CliContext, file: string, rawOptions: unknown): Promise<void> {
  const { force } = BackupOptionsSchema.parse(rawOptions);
  const live = sqliteFileOf(cliConfig(context), 'backup', file);
  const result = await backupSqlite(live, file, { force }).catch((error: unknown) => {
    throw new CliError(`backup failed: ${messageOf(error)}`);
  });
  printLine(context, `Backup of ${live} written to ${result.file} (${formatBytes(result.bytes)} in ${formatDuration(result.ms)}).`);
}

async function restore(context: CliContext, file: string): Promise<void> {
  const config = cliConfig(context);
  const live = sqliteFileOf(config, 'restore', file);
  const { safetyCopy } = await restoreSqlite(file, live).catch((error: unknown) => {
    throw new CliError(`restore refused: ${messageOf(error)}`);
  });
  printLine(context, `Restored ${file} into ${live}.`);
  if (safetyCopy) printLine(context, `The database it replaced is kept as ${safetyCopy}.`);
  const applied = await withDatabase(config, 'create', migrateToLatest);
  printLine(context, applied.length > 0 ? `Migrations applied: ${applied.join(', ')}.` : 'Database schema is up to date.');
}

export function registerBackupCommands(program: Command, context: CliContext): void {
  program
    .command('backup')
    .description('copy the SQLite database into one file; safe while the server runs (PostgreSQL: use pg_dump)')
    .argument('<file>', 'where to write the backup, e.g. backups/relacja-2026-11-29.db')
    .option('--force', 'overwrite FILE if it exists')
    .addHelpText('after', '\nExample:\n  $ relacja backup /var/backups/relacja/relacja-$(date +%F).db')
    .action((file: string, options: unknown) => backup(context, file, options));
  program
    .command('restore')
    .description('replace the SQLite database with a backup; stop the server first (PostgreSQL: use pg_restore)')
    .argument('<file>', 'a backup made by `relacja backup`')
    .addHelpText(
      'after',
      [
        '',
        'The backup is checked first (a Relacja database, integrity_check); the current database is kept',
        'beside it as relacja.db.before-restore-<time>, and the restored one is migrated to this version.',
        '',
        'Example:',
        '  $ relacja restore /var/backups/relacja/relacja-2026-11-29.db',
      ].join('\n'),
    )
    .action((file: string) => restore(context, file));
}
