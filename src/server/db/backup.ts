import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.ts';

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** Copying every page in one step keeps the source's read snapshot for the whole copy, so a busy server cannot make it restart forever. */
const ALL_PAGES = 0x7fffffff;
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
}

export interface RestoreResult {
  /** Where the database that was replaced now lies, or undefined when there was none. */
  safetyCopy: string | undefined;
}

function sqliteCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

function removeFile(file: string): void {
  fs.rmSync(file, { force: true });
}

function assertSqliteFile(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  if (!fs.statSync(file).isFile()) throw new Error(`${file} is not a file`);
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw new Error(`${file} is not an SQLite database`);
}

/** A self-contained copy: rollback journal instead of WAL, so the single file is the whole database. */
function sealCopy(file: string, check: (db: SqliteDatabase.Database) => void): void {
  const db = new SqliteDatabase(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    check(db);
  } finally {
    db.close();
  }
}

async function copyWithBackupApi(source: string, destination: string): Promise<void> {
  const db = new SqliteDatabase(source, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(destination, { progress: () => ALL_PAGES });
  } catch (error) {
    removeFile(destination);
    if (sqliteCode(error) === 'SQLITE_NOTADB') throw new Error(`${source} is not an SQLite database`);
    throw error;
  } finally {
    db.close();
  }
}

function assertWritableTarget(target: string, source: string, force: boolean): void {
  if (target === path.resolve(source)) throw new Error('the backup file must not be the live database itself');
  const directory = path.dirname(target);
  if (!fs.existsSync(directory) || !fs.statSync(directory).isDirectory()) throw new Error(`the directory ${directory} does not exist`);
  if (!fs.existsSync(target)) return;
  if (!force) throw new Error(`${target} already exists — choose another name, or add --force to overwrite it`);
  if (!fs.statSync(target).isFile()) throw new Error(`${target} is not a file`);
}

/**
 * Backs up a live SQLite database through SQLite's online backup API, from a separate read-only
 * connection: the copy is one consistent snapshot even while the server keeps writing.
 * It is written beside the target first and renamed into place, so FILE is never half-written.
 */
export async function backupSqlite(source: string, destination: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`there is no database at ${source} — check DATA_DIR`);
  const target = path.resolve(destination);
  assertWritableTarget(target, source, options.force ?? false);
  const partial = `${target}.partial-${process.pid}`;
  const started = performance.now();
  try {
    await copyWithBackupApi(source, partial);
    sealCopy(partial, (db) => {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new Error(`the backup did not pass SQLite's quick_check: ${String(result)}`);
    });
    fs.renameSync(partial, target);
  } finally {
    removeFile(partial);
  }
  return { file: target, bytes: fs.statSync(target).size, ms: performance.now() - started };
}

function tableNames(db: SqliteDatabase.Database): Set<string> {
  const rows = db.prepare("select name from sqlite_master where type = 'table'").pluck().all();
  return new Set(rows.filter((name) => typeof name === 'string'));
}

/** Refuses anything but a sound database of Relacja that this version knows how to migrate. */
export function assertRelacjaDatabase(db: SqliteDatabase.Database, label: string): void {
  const tables = tableNames(db);
  if (!tables.has('kysely_migration') || !tables.has('users')) throw new Error(`${label} is an SQLite database, but not one of Relacja`);
  const applied = db.prepare('select name from kysely_migration').pluck().all();
  const unknown = applied.filter((name) => typeof name !== 'string' || !(name in MIGRATIONS));
  if (unknown.length > 0) {
    throw new Error(`${label} comes from a newer version of Relacja (unknown migrations: ${unknown.join(', ')}) — upgrade Relacja first`);
  }
  const report = db.prepare('pragma integrity_check').pluck().all().map(String);
  if (report.join() !== 'ok') throw new Error(`${label} is damaged (integrity_check: ${report.slice(0, 3).join('; ')})`);
}

/**
 * A running server keeps its connection, and with it a shared lock on the database file, open
 * for its whole life. Leaving WAL mode needs that file exclusively, so if the switch is refused
 * someone is still using the database. It also folds the WAL into the file before it is set aside.
 */
export function assertNotInUse(file: string): void {
  if (!fs.existsSync(file)) return;
  const db = new SqliteDatabase(file, { fileMustExist: true, timeout: 250 });
  try {
    if (leaveWal(db)) return;
  } finally {
    db.close();
  }
  throw new Error(`the database ${file} is in use — stop the Relacja server (and any other relacja command) before restoring`);
}

/** Any other failure (a damaged live file, say) is no sign of a running server: restoring over it is what the operator wants. */
function leaveWal(db: SqliteDatabase.Database): boolean {
  try {
    return db.pragma('journal_mode = DELETE', { simple: true }) !== 'wal';
  } catch (error) {
    return !BUSY_CODES.has(sqliteCode(error));
  }
}

function timestamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
}

function freeName(base: string): string {
  let candidate = base;
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}

/** Sets the live database (with any WAL of its own) aside under a dated name and moves the verified copy into its place. */
function swapIn(staged: string, live: string, now: Date): string | undefined {
  const safetyCopy = fs.existsSync(live) ? freeName(`${live}.before-restore-${timestamp(now)}`) : undefined;
  if (safetyCopy) {
    fs.renameSync(live, safetyCopy);
    if (fs.existsSync(`${live}-wal`)) fs.renameSync(`${live}-wal`, `${safetyCopy}-wal`);
  }
  removeFile(`${live}-wal`);
  removeFile(`${live}-shm`);
  try {
    fs.renameSync(staged, live);
  } catch (error) {
    if (safetyCopy) fs.renameSync(safetyCopy, live);
    throw error;
  }
  return safetyCopy;
}

/**
 * Replaces the SQLite database at `live` with the backup in `backupFile`. The backup is copied
 * and checked first (a Relacja database, known migrations, integrity_check) in the data directory,
 * so the live database is only touched once the copy is known to be good; it is kept as a safety copy.
 * The caller migrates the restored database afterwards.
 */
export async function restoreSqlite(backupFile: string, live: string, now: Date = new Date()): Promise<RestoreResult> {
  const source = path.resolve(backupFile);
  if (source === path.resolve(live)) throw new Error('the file to restore is the live database itself');
  assertSqliteFile(source);
  assertNotInUse(live);
  fs.mkdirSync(path.dirname(live), { recursive: true });
  const staged = `${live}.restoring-${process.pid}`;
  try {
    await copyWithBackupApi(source, staged);
    sealCopy(staged, (db) => assertRelacjaDatabase(db, source));
    assertNotInUse(live);
    return { safetyCopy: swapIn(staged, live, now) };
  } finally {
    removeFile(staged);
  }
}
