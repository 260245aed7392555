import fs from 'node:fs';
import type { Config } from '../config.ts';
import { createDatabase, type DatabaseTarget, databaseTarget } from '../db/create-db.ts';
import type { Database } from '../db/database.ts';
import { pingDatabase } from '../db/health.ts';
import { pendingMigrations } from '../db/migrate.ts';
import { CliError, messageOf } from './errors.ts';

/** `existing`: the database must be there and migrated (commands that read or add data); `create`: it may be made now (migrate). */
export type OpenMode = 'existing' | 'create';

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return `SQLite ${target.file}`;
  const url = new URL(target.url);
  url.password = '';
  return `PostgreSQL ${url.toString()}`;
}

async function connect(target: DatabaseTarget, mode: OpenMode): Promise<Database> {
  if (target.kind === 'sqlite' && mode === 'existing' && !fs.existsSync(target.file)) {
    throw new CliError(`there is no database at ${target.file} — check DATA_DIR, or create it with \`relacja migrate\``);
  }
  let db: Database | undefined;
  try {
    db = createDatabase(target.kind === 'postgres' ? { ...target, poolSize: 2 } : target);
    await pingDatabase(db);
    return db;
  } catch (error) {
    await db?.destroy();
    throw new CliError(`cannot open the database (${describeTarget(target)}): ${messageOf(error)}`);
  }
}

/**
 * Commands that touch data refuse a database with pending migrations rather than migrating it
 * behind the operator's back: upgrading the schema stays one explicit step, `relacja migrate`.
 */
async function assertMigrated(db: Database): Promise<void> {
  const pending = await pendingMigrations(db);
  if (pending.length === 0) return;
  throw new CliError(`the database schema is not up to date (pending: ${pending.join(', ')}) — run \`relacja migrate\` first`);
}

export async function withDatabase<T>(config: Config, mode: OpenMode, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await connect(databaseTarget(config), mode);
  try {
    if (mode === 'existing') await assertMigrated(db);
    return await work(db);
  } finally {
    await db.destroy();
  }
}
