import { PostgresAdapter, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../db/database.ts';
import { FIELD_GROUPS, type GroupTokens, tsvectorLiteral } from './search-document.ts';
import type { SearchStateTable } from './search.table.ts';

export type SearchStateRow = SearchStateTable;

export interface StoredDocument {
  docId: number;
  groups: GroupTokens;
}

export async function readSearchState(db: Database): Promise<SearchStateRow> {
  return db.selectFrom('search_state').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

export async function findStoredDocument(db: Database, practiceId: string): Promise<StoredDocument | undefined> {
  const row = await db
    .selectFrom('search_documents')
    .select(['doc_id', 'title_tokens', 'main_tokens', 'detail_tokens', 'body_tokens'])
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    docId: Number(row.doc_id),
    groups: {
      title: splitTokens(row.title_tokens),
      main: splitTokens(row.main_tokens),
      detail: splitTokens(row.detail_tokens),
      body: splitTokens(row.body_tokens),
    },
  };
}

export function splitTokens(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

function tokenColumns(groups: GroupTokens) {
  return {
    title_tokens: groups.title.join(' '),
    main_tokens: groups.main.join(' '),
    detail_tokens: groups.detail.join(' '),
    body_tokens: groups.body.join(' '),
  };
}

/**
 * Writes the document row and its full-text entry. On PostgreSQL the tsvector is written with the
 * row in one statement (a second statement would leave a dead copy of every row behind).
 */
export async function writeDocument(
  db: Database,
  practiceId: string,
  language: string,
  groups: GroupTokens,
  existing: number | undefined,
): Promise<void> {
  const columns = tokenColumns(groups);
  if (isPostgres(db)) {
    const vector = tsvectorLiteral(groups);
    if (existing === undefined) {
      await sql`
        insert into search_documents (practice_id, language, revision, title_tokens, main_tokens, detail_tokens, body_tokens, vector)
        values (${practiceId}, ${language}, ${uuidv7()}, ${columns.title_tokens}, ${columns.main_tokens}, ${columns.detail_tokens},
                ${columns.body_tokens}, ${vector}::tsvector)`.execute(db);
    } else {
      await sql`
        update search_documents
        set language = ${language}, revision = ${uuidv7()}, title_tokens = ${columns.title_tokens}, main_tokens = ${columns.main_tokens},
            detail_tokens = ${columns.detail_tokens}, body_tokens = ${columns.body_tokens}, vector = ${vector}::tsvector
        where doc_id = ${existing}`.execute(db);
    }
    return;
  }
  let docId = existing;
  if (docId === undefined) {
    const inserted = await db
      .insertInto('search_documents')
      .values({ practice_id: practiceId, language, revision: uuidv7(), ...columns })
      .returning('doc_id')
      .executeTakeFirstOrThrow();
    docId = Number(inserted.doc_id);
  } else {
    await db
      .updateTable('search_documents')
      .set({ language, ...columns, revision: uuidv7() })
      .where('doc_id', '=', docId)
      .execute();
    await sql`delete from search_fts where rowid = ${docId}`.execute(db);
  }
  const [title, main, detail, body] = FIELD_GROUPS.map((group) => groups[group].join(' '));
  await sql`insert into search_fts (rowid, title, main, detail, body) values (${docId}, ${title}, ${main}, ${detail}, ${body})`.execute(db);
}

export async function deleteDocument(db: Database, docId: number): Promise<void> {
  if (!isPostgres(db)) await sql`delete from search_fts where rowid = ${docId}`.execute(db);
  await db.deleteFrom('search_documents').where('doc_id', '=', docId).execute();
}

/**
 * Adds `delta` to the document frequency of each token; rows that reach zero are removed. Tokens are
 * sorted so concurrent writers on PostgreSQL lock rows in the same order.
 */
export async function adjustTermFrequencies(db: Database, deltas: ReadonlyMap<string, number>): Promise<void> {
  const entries = [...deltas].filter(([, delta]) => delta !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let start = 0; start < entries.length; start += 500) {
    const values = entries.slice(start, start + 500).map(([token, df]) => ({ token, df }));
    await db
      .insertInto('search_terms')
      .values(values)
      .onConflict((oc) => oc.column('token').doUpdateSet((eb) => ({ df: eb('search_terms.df', '+', eb.ref('excluded.df')) })))
      .execute();
  }
  const dropped = entries.filter(([, delta]) => delta < 0).map(([token]) => token);
  for (let start = 0; start < dropped.length; start += 500) {
    await db
      .deleteFrom('search_terms')
      .where('token', 'in', dropped.slice(start, start + 500))
      .where('df', '<=', 0)
      .execute();
  }
}

export type StateDelta = Pick<SearchStateRow, 'doc_count' | 'title_length' | 'main_length' | 'detail_length' | 'body_length'>;

export async function adjustSearchState(db: Database, delta: StateDelta): Promise<void> {
  await db
    .updateTable('search_state')
    .set((eb) => ({
      generation: uuidv7(),
      practices_stamp: uuidv7(),
      doc_count: eb('doc_count', '+', delta.doc_count),
      title_length: eb('title_length', '+', delta.title_length),
      main_length: eb('main_length', '+', delta.main_length),
      detail_length: eb('detail_length', '+', delta.detail_length),
      body_length: eb('body_length', '+', delta.body_length),
    }))
    .where('id', '=', 1)
    .execute();
}

export async function renewPracticesStamp(db: Database): Promise<void> {
  await db.updateTable('search_state').set({ practices_stamp: uuidv7() }).where('id', '=', 1).execute();
}

export async function renewVocabularyStamp(db: Database): Promise<void> {
  await db.updateTable('search_state').set({ vocabulary_stamp: uuidv7() }).where('id', '=', 1).execute();
}

/**
 * Instances starting together on one PostgreSQL database would rebuild at once and collide; the
 * second waits here for the first, then finds the index current. SQLite has one writer anyway.
 */
export async function lockIndexForRebuild(db: Database): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(hashtext('relacja.search.rebuild'))`.execute(db);
}

/** Empties the whole index (before a rebuild), keeping the state row. */
export async function clearIndex(db: Database): Promise<void> {
  if (!isPostgres(db)) await sql`delete from search_fts`.execute(db);
  await db.deleteFrom('search_documents').execute();
  await db.deleteFrom('search_terms').execute();
  await db
    .updateTable('search_state')
    .set({ generation: uuidv7(), doc_count: 0, title_length: 0, main_length: 0, detail_length: 0, body_length: 0 })
    .where('id', '=', 1)
    .execute();
}

export async function setIndexKey(db: Database, key: string): Promise<void> {
  await db.updateTable('search_state').set({ index_key: key }).where('id', '=', 1).execute();
}

export interface IndexSource {
  id: string;
  language: string;
  title: string;
  summary: string;
  situation: string;
  signals: string;
  steps: string;
  say: string;
  avoid: string;
  tags: string;
  body: string;
}

/** Practices in id order, a page at a time, for a rebuild. */
export async function practicesToIndex(db: Database, after: string, limit: number): Promise<IndexSource[]> {
  return db
    .selectFrom('practices')
    .select(['id', 'language', 'title', 'summary', 'situation', 'signals', 'steps', 'say', 'avoid', 'tags', 'body'])
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** After a rebuild: the term list and totals in one go. */
export async function writeRebuiltTotals(db: Database, terms: ReadonlyMap<string, number>, totals: StateDelta): Promise<void> {
  const entries = [...terms];
  for (let start = 0; start < entries.length; start += 500) {
    const values = entries.slice(start, start + 500).map(([token, df]) => ({ token, df }));
    await db.insertInto('search_terms').values(values).execute();
  }
  await db
    .updateTable('search_state')
    .set({ generation: uuidv7(), ...totals })
    .where('id', '=', 1)
    .execute();
  await settleRebuiltIndex(db);
}

/**
 * PostgreSQL after a bulk rebuild: the GIN index's pending list (up to 4 MB of new entries that
 * every search would scan one by one until autovacuum comes) is merged into the index now, and the
 * planner gets statistics of the new rows. Both work inside the rebuild's transaction.
 */
async function settleRebuiltIndex(db: Database): Promise<void> {
  if (!isPostgres(db)) return;
  // Only the index's owner may do this; a rebuild by another role leaves it to autovacuum.
  await sql`
    select gin_clean_pending_list(c.oid) from pg_class c
    where c.oid = 'search_documents_vector_idx'::regclass and pg_has_role(c.relowner, 'USAGE')`.execute(db);
  await sql`analyze search_documents`.execute(db);
  await sql`analyze search_terms`.execute(db);
}

/**
 * PostgreSQL after a rebuild has committed: VACUUM marks the new rows as visible to all (so searches
 * do not check and set that on every row they first read) and clears the old index's rows. Cannot
 * run in a transaction; a role that does not own the tables gets a warning and autovacuum does it.
 */
export async function vacuumRebuiltIndex(db: Database): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`vacuum (analyze) search_documents, search_terms`.execute(db);
}

export async function readAllTerms(db: Database): Promise<Array<{ token: string; df: number }>> {
  return db.selectFrom('search_terms').select(['token', 'df']).execute();
}

export interface SettingRow {
  key: string;
  value: string;
  updated_at: string;
}

export async function readSettings(db: Database, keys: readonly string[]): Promise<SettingRow[]> {
  return db
    .selectFrom('settings')
    .select(['key', 'value', 'updated_at'])
    .where('key', 'in', [...keys])
    .execute();
}

export async function writeSetting(db: Database, key: string, value: string, at: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
}

function isPostgres(db: Database): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
