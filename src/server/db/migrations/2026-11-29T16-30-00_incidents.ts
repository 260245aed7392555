import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = sql.raw(db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text');

  await db.schema
    .createTable('incident_alerts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('branch_id', 'text', (col) => col.notNull().references('branches.id'))
    .addColumn('sender_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('message', 'text')
    .addColumn('notified', 'integer', (col) => col.notNull())
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('incident_alerts_branch_idx').on('incident_alerts').columns(['branch_id', 'created_at']).execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('branch_id', 'text', (col) => col.notNull().references('branches.id'))
    .addColumn('author_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('alert_id', 'text', (col) => col.references('incident_alerts.id'))
    .addColumn('occurred_at', timestamp, (col) => col.notNull())
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .addColumn('what_happened', 'text')
    .addColumn('what_helped', 'text')
    .addColumn('notes_erased_at', timestamp)
    .execute();
  await db.schema.createIndex('incidents_branch_idx').on('incidents').columns(['branch_id', 'occurred_at']).execute();
  await db.schema.createIndex('incidents_author_idx').on('incidents').column('author_id').execute();
  await db.schema.createIndex('incidents_created_idx').on('incidents').column('created_at').execute();

  await db.schema
    .createTable('incident_check_ins')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('author_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('incident_id', 'text', (col) => col.references('incidents.id'))
    .addColumn('tension', 'integer', (col) => col.notNull())
    .addColumn('reliefs', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('relief_other', 'text')
    .addColumn('wants_talk', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('incident_check_ins_author_idx').on('incident_check_ins').column('author_id').execute();

  await db.schema
    .createTable('talk_requests')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('check_in_id', 'text', (col) => col.notNull().unique().references('incident_check_ins.id'))
    .addColumn('requester_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('branch_id', 'text', (col) => col.notNull().references('branches.id'))
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .addColumn('done_at', timestamp)
    .addColumn('done_by', 'text', (col) => col.references('users.id'))
    .execute();
  await db.schema.createIndex('talk_requests_branch_idx').on('talk_requests').columns(['branch_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['talk_requests', 'incident_check_ins', 'incidents', 'incident_alerts']) {
    await db.schema.dropTable(table).execute();
  }
}
