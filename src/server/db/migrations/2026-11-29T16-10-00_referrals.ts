import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = sql.raw(db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text');

  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('branch_id', 'text', (col) => col.references('branches.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('address', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('hours', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('phone', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('website', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('needs', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', timestamp, (col) => col.notNull())
    .addColumn('updated_at', timestamp, (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.references('users.id'))
    .execute();
  await db.schema.createIndex('referrals_branch_idx').on('referrals').column('branch_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('referrals').execute();
}
