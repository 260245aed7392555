import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';

  await db.schema
    .createTable('branches')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('address', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('phone', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', sql.raw(timestamp), (col) => col.notNull())
    .addColumn('updated_at', sql.raw(timestamp), (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('must_change_password', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('active', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('locale', 'text', (col) => col.notNull().defaultTo('pl'))
    .addColumn('invitation_hash', 'text', (col) => col.unique())
    .addColumn('invitation_expires_at', sql.raw(timestamp))
    .addColumn('created_at', sql.raw(timestamp), (col) => col.notNull())
    .addColumn('updated_at', sql.raw(timestamp), (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('user_branches')
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('branch_id', 'text', (col) => col.notNull().references('branches.id'))
    .addPrimaryKeyConstraint('user_branches_pk', ['user_id', 'branch_id'])
    .execute();

  await db.schema
    .createTable('password_history')
    .addColumn('id', db.getExecutor().adapter instanceof PostgresAdapter ? 'serial' : 'integer', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', sql.raw(timestamp), (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (col) => col.notNull())
    .addColumn('created_at', sql.raw(timestamp), (col) => col.notNull())
    .addColumn('last_seen_at', sql.raw(timestamp), (col) => col.notNull())
    .addColumn('ip', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('window_start', sql.raw(timestamp), (col) => col.notNull())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('at', sql.raw(timestamp), (col) => col.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('ip', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('details', 'text', (col) => col.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'at']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('updated_at', sql.raw(timestamp), (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['settings', 'audit_log', 'rate_limit_hits', 'sessions', 'password_history', 'user_branches', 'users', 'branches']) {
    await db.schema.dropTable(table).execute();
  }
}
