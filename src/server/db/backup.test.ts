import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertNotInUse, backupSqlite, restoreSqlite } from './backup.ts';
import { createDatabase, openSqlite } from './create-db.ts';
import { migrateToLatest } from './migrate.ts';

let dir: string;
let live: string;
const open: SqliteDatabase.Database[] = [];

async function createRelacjaDatabase(file: string): Promise<void> {
  const db = createDatabase({ kind: 'sqlite', file });
  await migrateToLatest(db);
  await db.destroy();
}

function connect(file: string): SqliteDatabase.Database {
  const db = openSqlite(file);
  open.push(db);
  return db;
}

function addBranch(db: SqliteDatabase.Database, name: string): void {
  const now = new Date().toISOString();
  db.prepare('insert into branches (id, name, address, phone, created_at, updated_at) values (?, ?, ?, ?, ?, ?)').run(
    `id-${name}`,
    name,
    '',
    '',
    now,
    now,
  );
}

function branchNames(file: string): string[] {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('select name from branches order by name').pluck().all().map(String);
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relacja-backup-'));
  live = path.join(dir, 'data', 'relacja.db');
  fs.mkdirSync(path.dirname(live));
  await createRelacjaDatabase(live);
});

afterEach(() => {
  for (const db of open.splice(0)) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backupSqlite', () => {
  it('copies rows that are still only in the WAL of an open connection into one self-contained file', async () => {
    const server = connect(live);
    server.pragma('wal_autocheckpoint = 0');
    addBranch(server, 'Filia 1');
    addBranch(server, 'Filia 2');
    expect(fs.statSync(`${live}-wal`).size).toBeGreaterThan(0);

    const target = path.join(dir, 'backup.db');
    const result = await backupSqlite(live, target);

    expect(result.file).toBe(target);
    expect(result.bytes).toBe(fs.statSync(target).size);
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    expect(branchNames(target)).toEqual(['Filia 1', 'Filia 2']);
    const copy = new SqliteDatabase(target, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(fs.readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('refuses to overwrite an existing file unless forced', async () => {
    const target = path.join(dir, 'backup.db');
    fs.writeFileSync(target, 'keep me');
    await expect(backupSqlite(live, target)).rejects.toThrow(/already exists.*--force/);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');

    addBranch(connect(live), 'Filia 1');
    await backupSqlite(live, target, { force: true });
    expect(branchNames(target)).toEqual(['Filia 1']);
  });

  it('refuses a missing database, a missing directory and the live file itself', async () => {
    await expect(backupSqlite(path.join(dir, 'none.db'), path.join(dir, 'b.db'))).rejects.toThrow(/there is no database/);
    await expect(backupSqlite(live, path.join(dir, 'no', 'b.db'))).rejects.toThrow(/directory .* does not exist/);
    await expect(backupSqlite(live, live, { force: true })).rejects.toThrow(/must not be the live database/);
  });
});

describe('restoreSqlite', () => {
  it('puts the backup in place, keeps the replaced database as a safety copy and removes its WAL files', async () => {
    addBranch(connect(live), 'Before backup');
    const backup = path.join(dir, 'backup.db');
    await backupSqlite(live, backup);
    addBranch(connect(live), 'After backup');
    for (const db of open.splice(0)) db.close();

    const result = await restoreSqlite(backup, live, new Date('2026-11-29T10:11:12.345Z'));

    expect(result.safetyCopy).toBe(`${live}.before-restore-2026-11-29T10-11-12Z`);
    expect(branchNames(live)).toEqual(['Before backup']);
    expect(branchNames(`${live}.before-restore-2026-11-29T10-11-12Z`)).toEqual(['After backup', 'Before backup']);
    expect(fs.existsSync(`${live}-wal`)).toBe(false);
    expect(fs.existsSync(`${live}-shm`)).toBe(false);
    expect(fs.readdirSync(path.dirname(live)).filter((name) => name.includes('restoring'))).toEqual([]);
  });

  it('does not overwrite an earlier safety copy made in the same second', async () => {
    const backup = path.join(dir, 'backup.db');
    await backupSqlite(live, backup);
    const now = new Date('2026-11-29T10:11:12Z');
    const first = await restoreSqlite(backup, live, now);
    const second = await restoreSqlite(backup, live, now);
    expect(second.safetyCopy).toBe(`${first.safetyCopy}-2`);
    expect(fs.existsSync(first.safetyCopy ?? '')).toBe(true);
  });

  it('restores into an empty data directory without a safety copy', async () => {
    const backup = path.join(dir, 'backup.db');
    await backupSqlite(live, backup);
    const fresh = path.join(dir, 'fresh', 'relacja.db');
    expect(await restoreSqlite(backup, fresh)).toEqual({ safetyCopy: undefined });
    expect(branchNames(fresh)).toEqual([]);
  });

  it('refuses a file that is not an SQLite database, and leaves the live database alone', async () => {
    addBranch(connect(live), 'Filia 1');
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'this is a text file, not a database');
    await expect(restoreSqlite(junk, live)).rejects.toThrow(/is not an SQLite database/);
    await expect(restoreSqlite(path.join(dir, 'missing.db'), live)).rejects.toThrow(/does not exist/);
    expect(branchNames(live)).toEqual(['Filia 1']);
  });

  it('refuses an SQLite database of another application', async () => {
    const other = path.join(dir, 'other.db');
    const db = new SqliteDatabase(other);
    db.exec('create table notes (text)');
    db.close();
    await expect(restoreSqlite(other, live)).rejects.toThrow(/not one of Relacja/);
  });

  it('refuses a backup made by a newer version of Relacja', async () => {
    const newer = path.join(dir, 'newer.db');
    await createRelacjaDatabase(newer);
    const db = new SqliteDatabase(newer);
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('2099-01-01T00-00-00_future', new Date().toISOString());
    db.close();
    await expect(restoreSqlite(newer, live)).rejects.toThrow(/newer version of Relacja.*2099-01-01T00-00-00_future/);
  });

  it('refuses while another connection (a running server) has the database open', async () => {
    const backup = path.join(dir, 'backup.db');
    await backupSqlite(live, backup);
    const server = connect(live);
    addBranch(server, 'Live');
    expect(() => assertNotInUse(live)).toThrow(/is in use — stop the Relacja server/);
    await expect(restoreSqlite(backup, live)).rejects.toThrow(/is in use/);
    expect(branchNames(live)).toEqual(['Live']);
  });
});
