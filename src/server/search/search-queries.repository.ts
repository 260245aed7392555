import type { Database } from '../db/database.ts';
import type { SearchQueriesTable } from './search.table.ts';

export type SearchQueryRow = SearchQueriesTable;

export async function insertSearchQuery(db: Database, row: SearchQueryRow): Promise<void> {
  await db.insertInto('search_queries').values(row).execute();
}

/** The first opened result counts; later ones leave the row as it is. False when there is no such query. */
export async function markQueryOpened(db: Database, id: string, practiceId: string, at: string): Promise<boolean> {
  const existing = await db.selectFrom('search_queries').select(['id', 'opened_at']).where('id', '=', id).executeTakeFirst();
  if (existing === undefined) return false;
  if (existing.opened_at === null) {
    await db.updateTable('search_queries').set({ opened_at: at, opened_practice_id: practiceId }).where('id', '=', id).execute();
  }
  return true;
}

export async function deleteSearchQueriesBefore(db: Database, cutoff: string): Promise<number> {
  const result = await db.deleteFrom('search_queries').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface UnansweredFilter {
  since: string;
  branchIds: readonly string[] | 'all';
  limit: number;
}

/** Queries with no result, or whose results nobody opened, newest first. */
export async function findUnansweredQueries(db: Database, filter: UnansweredFilter): Promise<SearchQueryRow[]> {
  let query = db
    .selectFrom('search_queries')
    .selectAll()
    .where('created_at', '>=', filter.since)
    .where((eb) => eb.or([eb('result_count', '=', 0), eb('opened_at', 'is', null)]));
  if (filter.branchIds !== 'all') {
    if (filter.branchIds.length === 0) return [];
    query = query.where('branch_id', 'in', [...filter.branchIds]);
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}
