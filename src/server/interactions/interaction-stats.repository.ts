import { PostgresAdapter, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { type InteractionFilter, matchesFilter } from './interactions.repository.ts';

export interface Count<K> {
  key: K;
  count: number;
}

const COUNTED_COLUMNS = ['channel', 'attitude', 'outcome', 'effort'] as const;
type CountedColumn = (typeof COUNTED_COLUMNS)[number];

export async function countByColumn(db: Database, filter: InteractionFilter, column: CountedColumn): Promise<Count<string | number>[]> {
  const rows = await db
    .selectFrom('interactions')
    .select([`interactions.${column} as key`, (eb) => eb.fn.countAll<number>().as('count')])
    .where((eb) => matchesFilter(eb, filter))
    .groupBy(`interactions.${column}`)
    .execute();
  return rows.map((row) => ({ key: row.key, count: Number(row.count) }));
}

export async function countByNeed(db: Database, filter: InteractionFilter): Promise<Count<string>[]> {
  const rows = await db
    .selectFrom('interaction_needs')
    .innerJoin('interactions', 'interactions.id', 'interaction_needs.interaction_id')
    .select(['interaction_needs.need as key', (eb) => eb.fn.countAll<number>().as('count')])
    .where((eb) => matchesFilter(eb, filter))
    .groupBy('interaction_needs.need')
    .execute();
  return rows.map((row) => ({ key: row.key, count: Number(row.count) }));
}

export async function countByBranch(db: Database, filter: InteractionFilter) {
  const rows = await db
    .selectFrom('interactions')
    .innerJoin('branches', 'branches.id', 'interactions.branch_id')
    .select(['branches.id as branchId', 'branches.name as name', (eb) => eb.fn.countAll<number>().as('count')])
    .where((eb) => matchesFilter(eb, filter))
    .groupBy(['branches.id', 'branches.name'])
    .orderBy('branches.name')
    .execute();
  return rows.map((row) => ({ branchId: row.branchId, name: row.name, count: Number(row.count) }));
}

export async function countWithoutPractice(db: Database, filter: InteractionFilter): Promise<number> {
  const row = await db
    .selectFrom('interactions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) =>
      eb.and([
        matchesFilter(eb, filter),
        eb.not(eb.exists(eb.selectFrom('interaction_practices').select('practice_id').whereRef('interaction_id', '=', 'interactions.id'))),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Counts per UTC hour ('YYYY-MM-DDTHH'); the caller turns them into local hours and weekdays. Offsets of
 * Europe/Warsaw are whole hours, so an UTC hour lies within one local hour. At most 24 × 366 groups.
 */
export async function countByUtcHour(db: Database, filter: InteractionFilter): Promise<Count<string>[]> {
  const hour =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? sql<string>`to_char(interactions.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24')`
      : sql<string>`substr(interactions.occurred_at, 1, 13)`;
  const rows = await db
    .selectFrom('interactions')
    .select([hour.as('key'), (eb) => eb.fn.countAll<number>().as('count')])
    .where((eb) => matchesFilter(eb, filter))
    .groupBy(hour)
    .execute();
  return rows.map((row) => ({ key: row.key, count: Number(row.count) }));
}
