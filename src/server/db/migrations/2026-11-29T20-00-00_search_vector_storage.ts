import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * PostgreSQL: each practice's tsvector (about 3 kB) stays in the table row, compressed, instead of
 * in TOAST, so ranking the matches of a query reads one page per document rather than a TOAST index
 * lookup and two chunks (about three times faster); the long token columns move to TOAST instead.
 * Rows written before are rewritten once. SQLite: nothing to do.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_documents alter column vector set storage main`.execute(db);
  // `|| ''` makes a new value, which is stored under the new rule (an unchanged one keeps its place).
  await sql`update search_documents set vector = vector || ''::tsvector`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_documents alter column vector set storage extended`.execute(db);
}
