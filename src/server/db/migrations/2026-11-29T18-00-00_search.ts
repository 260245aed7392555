import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const timestamp = sql.raw(postgres ? 'timestamptz' : 'text');

  await db.schema
    .createTable('search_documents')
    // SQLite: a rowid alias, also the FTS5 rowid; PostgreSQL: an identity column.
    .addColumn('doc_id', postgres ? 'bigserial' : 'integer', (col) => col.primaryKey())
    .addColumn('practice_id', 'text', (col) => col.notNull().unique().references('practices.id'))
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('title_tokens', 'text', (col) => col.notNull())
    .addColumn('main_tokens', 'text', (col) => col.notNull())
    .addColumn('detail_tokens', 'text', (col) => col.notNull())
    .addColumn('body_tokens', 'text', (col) => col.notNull())
    .addColumn('revision', 'text', (col) => col.notNull())
    .execute();
  if (postgres) {
    await sql`alter table search_documents add column vector tsvector not null default ''::tsvector`.execute(db);
    await sql`create index search_documents_vector_idx on search_documents using gin (vector)`.execute(db);
  } else {
    await sql`create virtual table search_fts using fts5(title, main, detail, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(
      db,
    );
  }

  await db.schema
    .createTable('search_terms')
    .addColumn('token', 'text', (col) => col.primaryKey())
    .addColumn('df', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('search_state')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('index_key', 'text', (col) => col.notNull())
    .addColumn('generation', 'text', (col) => col.notNull())
    .addColumn('vocabulary_stamp', 'text', (col) => col.notNull())
    .addColumn('practices_stamp', 'text', (col) => col.notNull())
    .addColumn('doc_count', 'integer', (col) => col.notNull())
    .addColumn('title_length', 'bigint', (col) => col.notNull())
    .addColumn('main_length', 'bigint', (col) => col.notNull())
    .addColumn('detail_length', 'bigint', (col) => col.notNull())
    .addColumn('body_length', 'bigint', (col) => col.notNull())
    .execute();
  await db
    .insertInto('search_state')
    .values({
      id: 1,
      index_key: '',
      generation: '',
      vocabulary_stamp: '',
      practices_stamp: '',
      doc_count: 0,
      title_length: 0,
      main_length: 0,
      detail_length: 0,
      body_length: 0,
    })
    .execute();

  await db.schema
    .createTable('search_queries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('query', 'text', (col) => col.notNull())
    .addColumn('normalized', 'text', (col) => col.notNull())
    .addColumn('redacted', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('result_count', 'integer', (col) => col.notNull())
    .addColumn('branch_id', 'text', (col) => col.references('branches.id'))
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .addColumn('opened_at', timestamp)
    .addColumn('opened_practice_id', 'text')
    .execute();
  await db.schema.createIndex('search_queries_created_idx').on('search_queries').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_queries').execute();
  await db.schema.dropTable('search_state').execute();
  await db.schema.dropTable('search_terms').execute();
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) await sql`drop table search_fts`.execute(db);
  await db.schema.dropTable('search_documents').execute();
}
