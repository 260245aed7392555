import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDatabase } from '../../src/server/db/create-db.ts';
import type { Database } from '../../src/server/db/database.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';

export interface TemporaryDatabase {
  db: Database;
  /** What was created, for the report (no password). */
  description: string;
  /** How to open it again (benchmarks time raw queries on their own connection). */
  location: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  drop(): Promise<void>;
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function withoutPassword(url: URL): string {
  const copy = new URL(url);
  copy.password = '';
  return copy.toString();
}

/** A fresh database on the server of `url`; where creating databases is not allowed, a fresh schema in that one. */
async function temporaryPostgres(url: string, poolSize: number): Promise<TemporaryDatabase> {
  const name = `relacja_eval_${randomBytes(6).toString('hex')}`;
  try {
    await adminQuery(url, `create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const db = createDatabase({ kind: 'postgres', url: target.toString(), poolSize });
    const drop = async () => {
      await db.destroy();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    };
    const location = { kind: 'postgres' as const, url: target.toString() };
    return { db, description: `PostgreSQL ${withoutPassword(target)} (temporary database)`, location, drop };
  } catch (error) {
    if (!(error instanceof Error) || !/permission denied/iu.test(error.message)) throw error;
    await adminQuery(url, `create schema ${name}`);
    const target = new URL(url);
    target.searchParams.set('options', `-c search_path=${name}`);
    const db = createDatabase({ kind: 'postgres', url: target.toString(), poolSize });
    const drop = async () => {
      await db.destroy();
      await adminQuery(url, `drop schema if exists ${name} cascade`);
    };
    const location = { kind: 'postgres' as const, url: target.toString() };
    return { db, description: `PostgreSQL ${withoutPassword(new URL(url))} (temporary schema ${name})`, location, drop };
  }
}

function temporarySqlite(): TemporaryDatabase {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'relacja-eval-'));
  const file = path.join(directory, 'relacja.db');
  const db = createDatabase({ kind: 'sqlite', file });
  const drop = async () => {
    await db.destroy();
    fs.rmSync(directory, { recursive: true, force: true });
  };
  return { db, description: `SQLite ${file} (temporary)`, location: { kind: 'sqlite', file }, drop };
}

/** A migrated, empty database that disappears again with `drop()`. */
export async function temporaryDatabase(postgresUrl: string | undefined, poolSize = 4): Promise<TemporaryDatabase> {
  const temporary = postgresUrl === undefined ? temporarySqlite() : await temporaryPostgres(postgresUrl, poolSize);
  try {
    await migrateToLatest(temporary.db);
    return temporary;
  } catch (error) {
    await temporary.drop();
    throw error;
  }
}
