import { randomBytes } from 'node:crypto';

import pg from 'pg';
import { createDatabase } from '../db/create-db.ts';
import type { Database } from '../db/database.ts';
import type { Dialect } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const DIALECTS: Dialect[] = (process.env.TEST_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');

export interface TestDatabase {
  db: Database;
  dialect: Dialect;
  /** The connection URL for PostgreSQL, or the file for SQLite. */
  location: string;
  drop(): Promise<void>;
}

async function adminQuery(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export async function createTestDatabase(dialect: Dialect, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `relacja_test_${randomBytes(6).toString('hex')}`;
  let test: TestDatabase;
  if (dialect === 'sqlite') {
    test = { db: createDatabase({ kind: 'sqlite', file: ':memory:' }), dialect, location: ':memory:', drop: async () => {} };
    test.drop = async () => test.db.destroy();
  } else {
    await adminQuery(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const db = createDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
    test = {
      db,
      dialect,
      location: url.toString(),
      drop: async () => {
        await db.destroy();
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  }
  if (options.migrate !== false) await migrateToLatest(test.db);
  return test;
}
