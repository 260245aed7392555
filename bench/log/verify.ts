import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { Acknowledgements } from './contacts.ts';
import type { BenchServer } from './server.ts';

/** How many rows the database holds per client id of the benchmark's user. */
async function storedCounts(database: BenchServer['database'], userId: string): Promise<Map<string, number>> {
  const query = 'select client_id, count(*) as n from interactions where author_id = $1 group by client_id';
  let rows: { client_id: string; n: number | string }[];
  if (database.kind === 'sqlite') {
    const sqlite = new SqliteDatabase(database.file, { readonly: true });
    rows = sqlite.prepare<[string], { client_id: string; n: number }>(query.replace('$1', '?')).all(userId);
    sqlite.close();
  } else {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    rows = (await client.query<{ client_id: string; n: string }>(query, [userId])).rows;
    await client.end();
  }
  return new Map(rows.map((row) => [row.client_id, Number(row.n)]));
}

export interface Verification {
  rows: number;
  acknowledgedIds: number;
  /** Acknowledged (2xx) ids with no row. */
  missing: number;
  /** Client ids stored more than once. */
  duplicated: number;
  /** Rows nobody was told about (a request that timed out after the insert). */
  unacknowledgedRows: number;
  /** Ids answered 201 more than once: two creations of one contact. */
  createdTwice: number;
}

export async function verifyStored(server: BenchServer, userId: string, acks: Acknowledgements): Promise<Verification> {
  const stored = await storedCounts(server.database, userId);
  const acknowledged = new Set([...acks.created.keys(), ...acks.repeated.keys()]);
  const missing = [...acknowledged].filter((id) => (stored.get(id) ?? 0) === 0).length;
  return {
    rows: [...stored.values()].reduce((sum, n) => sum + n, 0),
    acknowledgedIds: acknowledged.size,
    missing,
    duplicated: [...stored.values()].filter((n) => n > 1).length,
    unacknowledgedRows: [...stored.keys()].filter((id) => !acknowledged.has(id)).length,
    createdTwice: [...acks.created.values()].filter((n) => n > 1).length,
  };
}
