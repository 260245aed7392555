import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = sql.raw(db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text');

  await db.schema
    .createTable('gap_dismissals')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('match_key', 'text', (col) => col.notNull())
    .addColumn('branch_ids', 'text')
    .addColumn('up_to', timestamp, (col) => col.notNull())
    .addColumn('dismissed_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('dismissed_at', timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('gap_dismissals_up_to_idx').on('gap_dismissals').column('up_to').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('gap_dismissals').execute();
}
