import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = sql.raw(db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text');

  await db.schema
    .createTable('practices')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('branch_id', 'text', (col) => col.references('branches.id'))
    .addColumn('author_id', 'text', (col) => col.references('users.id'))
    .addColumn('owner_id', 'text', (col) => col.references('users.id'))
    .addColumn('reviewer_id', 'text', (col) => col.references('users.id'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('situation', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('signals', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('steps', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('say', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('avoid', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('channels', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('attitudes', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('needs', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('tags', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('body', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('source', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .addColumn('updated_at', timestamp, (col) => col.notNull())
    .addColumn('published_at', timestamp)
    .addColumn('review_by', timestamp)
    .addColumn('verified_at', timestamp)
    .addColumn('verified_by', 'text', (col) => col.references('users.id'))
    .addColumn('view_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('helpful_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('not_helpful_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('pending_revision_id', 'text')
    .execute();
  await db.schema.createIndex('practices_status_updated_idx').on('practices').columns(['status', 'updated_at']).execute();
  await db.schema.createIndex('practices_review_by_idx').on('practices').columns(['status', 'review_by']).execute();
  await db.schema.createIndex('practices_author_idx').on('practices').column('author_id').execute();
  await db.schema.createIndex('practices_owner_idx').on('practices').column('owner_id').execute();
  await db.schema.createIndex('practices_branch_idx').on('practices').column('branch_id').execute();

  await db.schema
    .createTable('practice_revisions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('practice_id', 'text', (col) => col.notNull().references('practices.id'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('author_id', 'text', (col) => col.references('users.id'))
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .addColumn('comment', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('review_state', 'text')
    .addColumn('reviewer_id', 'text', (col) => col.references('users.id'))
    .addColumn('reviewed_at', timestamp)
    .addColumn('review_comment', 'text')
    .addColumn('base_version', 'integer')
    .addColumn('content', 'text', (col) => col.notNull())
    .addUniqueConstraint('practice_revisions_number_uq', ['practice_id', 'number'])
    .execute();
  await db.schema.createIndex('practice_revisions_review_idx').on('practice_revisions').columns(['review_state', 'created_at']).execute();
  await db.schema.createIndex('practice_revisions_author_idx').on('practice_revisions').columns(['author_id', 'kind']).execute();

  await db.schema
    .createTable('practice_facets')
    .addColumn('practice_id', 'text', (col) => col.notNull().references('practices.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('practice_facets_pk', ['practice_id', 'kind', 'value'])
    .execute();
  await db.schema.createIndex('practice_facets_lookup_idx').on('practice_facets').columns(['kind', 'value', 'practice_id']).execute();

  await db.schema
    .createTable('practice_feedback')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('practice_id', 'text', (col) => col.notNull().references('practices.id'))
    .addColumn('user_id', 'text', (col) => col.references('users.id'))
    .addColumn('helpful', 'integer', (col) => col.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .addColumn('resolved_at', timestamp)
    .addColumn('resolved_by', 'text', (col) => col.references('users.id'))
    .addColumn('resolution', 'text')
    .execute();
  await db.schema.createIndex('practice_feedback_practice_idx').on('practice_feedback').columns(['practice_id', 'created_at']).execute();
  await db.schema.createIndex('practice_feedback_open_idx').on('practice_feedback').columns(['resolved_at', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['practice_feedback', 'practice_facets', 'practice_revisions', 'practices']) {
    await db.schema.dropTable(table).execute();
  }
}
