import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database, Tables } from './database.ts';

const PG_INT8 = 20;
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize?: number };

export function databaseTarget(config: { databaseUrl: string | undefined; dataDir: string }): DatabaseTarget {
  if (config.databaseUrl) return { kind: 'postgres', url: config.databaseUrl };
  return { kind: 'sqlite', file: path.join(config.dataDir, 'relacja.db') };
}

export function openSqlite(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/** Distinct statements kept prepared; IN lists of different lengths make new texts, so the cache is bounded. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every statement anew, which costs about as much as running a small
 * one. This hands it each text's prepared statement again (better-sqlite3 rebinds the parameters on
 * every run, and SQLite re-prepares by itself after a schema change). A statement still being
 * iterated is busy and cannot be reused, so such a text gets a fresh one.
 */
export function cachingStatements(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (text: string): SqliteDatabase.Statement => {
      const cached = statements.get(text);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(text);
      if (cached) return statement;
      if (statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

function postgresTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === PG_INT8) return (value: string) => Number(value);
      if (oid === PG_TIMESTAMPTZ || oid === PG_TIMESTAMP) return (value: string) => new Date(value).toISOString();
      return pg.types.getTypeParser(oid, format);
    },
  };
}

/** `/* prepared:name *\/` at the start of a statement: PostgreSQL parses and plans it once per connection. */
const PREPARED = /^\/\* prepared:([a-z_]+) \*\//u;

/**
 * The client Kysely queries through. A statement whose text never changes and that is planned on
 * every call (the search's ranking statement, about 1 ms) may be marked to run as a named prepared
 * statement instead. And every statement is handed to pg with its callback: pg's own promise form
 * (a callback attached after the query is created) kept each result's rows alive long enough to be
 * copied into the old generation, which made young collections take 3–7 ms instead of under 1 ms
 * (measured with `--trace-gc-nvp`, pg 8.23, Node 20).
 */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    const query = super.query.bind(this) as (...query: unknown[]) => never;
    if (typeof text !== 'string' || args.length !== 2) return query(...args);
    const name = PREPARED.exec(text)?.[1];
    const config = name === undefined ? { text, values } : { name, text, values };
    return new Promise((resolve, reject) => {
      query(config, (error: Error | null | undefined, result: pg.QueryResult) => (error ? reject(error) : resolve(result)));
    }) as never;
  }
}

export function createDatabase(target: DatabaseTarget): Database {
  if (target.kind === 'sqlite') {
    return new Kysely<Tables>({ dialect: new SqliteDialect({ database: cachingStatements(openSqlite(target.file)) }) });
  }
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10, types: postgresTypes(), Client: PreparingClient });
  // An idle connection dropped by the server (restart, failover, admin command) must not crash the
  // process: the pool discards it and the next query opens a new one.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
  });
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}
