import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = sql.raw(db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text');

  await db.schema
    .createTable('branch_safety_contacts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('branch_id', 'text', (col) => col.notNull().references('branches.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('phone', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('updated_at', timestamp, (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.references('users.id'))
    .execute();
  await db.schema
    .createIndex('branch_safety_contacts_branch_idx')
    .on('branch_safety_contacts')
    .columns(['branch_id', 'position'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('branch_safety_contacts').execute();
}
