import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** One row per open event stream and branch of its user, so any app instance can count who is listening. */
export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = sql.raw(db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text');

  await db.schema
    .createTable('event_presence')
    .addColumn('connection_id', 'text', (col) => col.notNull())
    .addColumn('branch_id', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('instance_id', 'text', (col) => col.notNull())
    .addColumn('seen_at', timestamp, (col) => col.notNull())
    .addPrimaryKeyConstraint('event_presence_pk', ['connection_id', 'branch_id'])
    .execute();
  await db.schema.createIndex('event_presence_branch_idx').on('event_presence').columns(['branch_id', 'seen_at']).execute();
  await db.schema.createIndex('event_presence_seen_idx').on('event_presence').column('seen_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('event_presence').execute();
}
