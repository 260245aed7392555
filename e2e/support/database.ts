import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type E2eDatabase = 'sqlite' | 'postgres';

const POSTGRES_ADMIN_URL = process.env.E2E_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Which databases the journeys run on: both unless E2E_DATABASES (or E2E_DATABASE) names fewer. */
export const E2E_DATABASES: E2eDatabase[] = (process.env.E2E_DATABASES ?? process.env.E2E_DATABASE ?? 'sqlite,postgres')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is E2eDatabase => name === 'sqlite' || name === 'postgres');

export interface PreparedDatabase {
  /** Environment the server needs to use this database. */
  env: Record<string, string>;
  /** Where the server keeps its files (always a fresh temporary directory). */
  dataDir: string;
  cleanup(): Promise<void>;
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A brand-new, empty database for one server: a temporary DATA_DIR, plus a fresh PostgreSQL database when asked. */
export async function prepareDatabase(kind: E2eDatabase): Promise<PreparedDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'relacja-e2e-'));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') return { env: {}, dataDir, cleanup: removeDir };

  const name = `relacja_e2e_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    dataDir,
    cleanup: async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
      await removeDir();
    },
  };
}
