import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = sql.raw(db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text');

  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('author_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('branch_id', 'text', (col) => col.notNull().references('branches.id'))
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('attitude', 'text', (col) => col.notNull())
    .addColumn('effort', 'integer', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('return_suggestions', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('note', 'text')
    .addColumn('note_erased_at', timestamp)
    .addColumn('occurred_at', timestamp, (col) => col.notNull())
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .addColumn('updated_at', timestamp, (col) => col.notNull())
    .addUniqueConstraint('interactions_client_uq', ['author_id', 'client_id'])
    .execute();
  await db.schema.createIndex('interactions_occurred_idx').on('interactions').column('occurred_at').execute();
  await db.schema.createIndex('interactions_branch_occurred_idx').on('interactions').columns(['branch_id', 'occurred_at']).execute();
  await db.schema.createIndex('interactions_author_occurred_idx').on('interactions').columns(['author_id', 'occurred_at']).execute();

  await db.schema
    .createTable('interaction_needs')
    .addColumn('interaction_id', 'text', (col) => col.notNull().references('interactions.id').onDelete('cascade'))
    .addColumn('need', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('interaction_needs_pk', ['interaction_id', 'need'])
    .execute();

  await db.schema
    .createTable('interaction_practices')
    .addColumn('interaction_id', 'text', (col) => col.notNull().references('interactions.id').onDelete('cascade'))
    .addColumn('practice_id', 'text', (col) => col.notNull().references('practices.id'))
    .addPrimaryKeyConstraint('interaction_practices_pk', ['interaction_id', 'practice_id'])
    .execute();
  await db.schema.createIndex('interaction_practices_practice_idx').on('interaction_practices').column('practice_id').execute();

  await db.schema
    .createTable('user_preferences')
    .addColumn('user_id', 'text', (col) => col.primaryKey().references('users.id'))
    .addColumn('branch_id', 'text', (col) => col.references('branches.id'))
    .addColumn('channel', 'text')
    .addColumn('updated_at', timestamp, (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['user_preferences', 'interaction_practices', 'interaction_needs', 'interactions']) {
    await db.schema.dropTable(table).execute();
  }
}
