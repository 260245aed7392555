import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../db/create-db.ts';
import { runCliInProcess, runCliProcess, temporaryDirectory } from './cli-harness.ts';

let dir: string;
let dataDir: string;
let live: string;
const env = () => ({ DATA_DIR: dataDir });

/** Writes two numbered branches per transaction, as a busy server would, until stopped. */
function startWriter(): { written(): number; stop(): void } {
  const db = openSqlite(live);
  const insert = db.prepare("insert into branches (id, name, address, phone, created_at, updated_at) values (?, ?, '', '', '', '')");
  let next = 0;
  const writePair = db.transaction(() => {
    for (const k of [next, next + 1]) insert.run(`id-${k}`, `W${String(k).padStart(6, '0')}`);
    next += 2;
  });
  writePair();
  const timer = setInterval(writePair, 2);
  return {
    written: () => next,
    stop: () => {
      clearInterval(timer);
      db.close();
    },
  };
}

function branchNames(file: string): string[] {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('select name from branches order by name').pluck().all().map(String);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = temporaryDirectory('cli-backup');
  dataDir = path.join(dir, 'data');
  live = path.join(dataDir, 'relacja.db');
  expect((await runCliInProcess(['migrate'], env())).code).toBe(0);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('relacja backup and restore (child processes, SQLite)', { timeout: 60_000 }, () => {
  const backupFile = () => path.join(dir, 'backup.db');

  it('backs up while another connection holds the database open and keeps writing; the copy is one consistent snapshot', async () => {
    const writer = startWriter();
    const writtenBefore = writer.written();
    const result = await runCliProcess(['backup', backupFile()], env());
    const writtenAfter = writer.written();
    writer.stop();

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Backup of ${live} written to ${backupFile()} \\(\\d+\\.\\d KiB in \\d+ ms\\)\\.\\n$`));
    const names = branchNames(backupFile());
    expect(names.length).toBeGreaterThanOrEqual(writtenBefore);
    expect(names.length).toBeLessThanOrEqual(writtenAfter);
    expect(names).toEqual(Array.from({ length: names.length }, (_, k) => `W${String(k).padStart(6, '0')}`));
    expect(names.length % 2).toBe(0);
    expect(fs.existsSync(`${backupFile()}-wal`)).toBe(false);

    const again = await runCliInProcess(['backup', backupFile()], env());
    expect(again).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: backup failed: ${backupFile()} already exists — choose another name, or add --force to overwrite it\n`,
    });
  });

  it('restore refuses while the database is open; stopped, it brings back the backup and keeps a safety copy', async () => {
    const inBackup = branchNames(backupFile());
    const server = openSqlite(live);
    server
      .prepare(
        "insert into branches (id, name, address, phone, created_at, updated_at) values ('late', 'Written after the backup', '', '', '', '')",
      )
      .run();
    const busy = await runCliProcess(['restore', backupFile()], env());
    expect(busy).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: restore refused: the database ${live} is in use — stop the Relacja server (and any other relacja command) before restoring\n`,
    });
    server.close();

    const restored = await runCliProcess(['restore', backupFile()], env());
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const safety = fs.readdirSync(dataDir).filter((name) => name.startsWith('relacja.db.before-restore-'));
    expect(safety).toHaveLength(1);
    expect(restored.stdout).toBe(
      [
        `Restored ${backupFile()} into ${live}.`,
        `The database it replaced is kept as ${path.join(dataDir, safety[0] ?? '')}.`,
        'Database schema is up to date.',
        '',
      ].join('\n'),
    );
    expect(branchNames(live)).toEqual(inBackup);
    expect(branchNames(path.join(dataDir, safety[0] ?? ''))).toContain('Written after the backup');
  });

  it('restore refuses a file that is not an SQLite database and leaves the database as it was', async () => {
    const before = branchNames(live);
    const junk = path.join(dir, 'photo.jpg');
    fs.writeFileSync(junk, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    const result = await runCliProcess(['restore', junk], env());
    expect(result).toEqual({ code: 1, stdout: '', stderr: `error: restore refused: ${junk} is not an SQLite database\n` });
    expect(branchNames(live)).toEqual(before);
  });

  it('with DATABASE_URL, backup and restore explain pg_dump and pg_restore and exit 1', async () => {
    const url = { DATABASE_URL: 'postgres://relacja:secret@db.example.org/relacja' };
    const [backup, restore] = await Promise.all([
      runCliProcess(['backup', 'relacja.dump'], url),
      runCliInProcess(['restore', 'my backup.dump'], url),
    ]);
    expect(backup.code).toBe(1);
    expect(backup.stdout).toBe('');
    expect(backup.stderr.split('\n')).toEqual([
      'error: `relacja backup` copies the embedded SQLite database only; DATABASE_URL points to PostgreSQL, so use pg_dump:',
      '  pg_dump --format=custom --file=relacja.dump "$DATABASE_URL"',
      'Restore it later (with the Relacja server stopped) with:',
      '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" relacja.dump',
      '',
    ]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain(
      `  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" 'my backup.dump'\n  relacja migrate\n`,
    );
    expect(fs.existsSync(path.join(process.cwd(), 'relacja.dump'))).toBe(false);
  });
});
