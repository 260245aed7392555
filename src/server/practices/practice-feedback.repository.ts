import type { Selectable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ReviewScope } from './practices.repository.ts';
import type { PracticeFeedbackTable } from './practices.table.ts';

export type FeedbackRow = Selectable<PracticeFeedbackTable>;

export async function insertFeedbackRow(db: Database, row: FeedbackRow): Promise<void> {
  await db.insertInto('practice_feedback').values(row).execute();
}

export async function findFeedbackRow(db: Database, id: string): Promise<FeedbackRow | undefined> {
  return db.selectFrom('practice_feedback').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function resolveFeedbackRow(db: Database, id: string, by: string, at: string, note: string): Promise<void> {
  await db.updateTable('practice_feedback').set({ resolved_at: at, resolved_by: by, resolution: note }).where('id', '=', id).execute();
}

/** Open flags (feedback with a comment, not yet resolved) per practice. */
export async function openFlagCounts(db: Database, practiceIds: readonly string[]): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (practiceIds.length === 0) return result;
  const rows = await db
    .selectFrom('practice_feedback')
    .select(['practice_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('practice_id', 'in', [...practiceIds])
    .where('comment', 'is not', null)
    .where('resolved_at', 'is', null)
    .groupBy('practice_id')
    .execute();
  for (const row of rows) result.set(row.practice_id, Number(row.n));
  return result;
}

export interface FlagFilter {
  state: 'open' | 'resolved' | 'all';
  practiceId?: string;
  scope: ReviewScope;
  limit: number;
  offset: number;
}

export async function listFlagRows(db: Database, filter: FlagFilter) {
  let base = db
    .selectFrom('practice_feedback')
    .innerJoin('practices', 'practices.id', 'practice_feedback.practice_id')
    .where('practice_feedback.comment', 'is not', null);
  if (filter.state === 'open') base = base.where('practice_feedback.resolved_at', 'is', null);
  if (filter.state === 'resolved') base = base.where('practice_feedback.resolved_at', 'is not', null);
  if (filter.practiceId) base = base.where('practice_feedback.practice_id', '=', filter.practiceId);
  const { scope } = filter;
  if (scope === 'none') base = base.where('practice_feedback.id', '=', '');
  else if (scope !== 'all') {
    base = base.where((eb) =>
      eb.or([
        eb('practices.branch_id', 'is', null),
        ...(scope.branchIds.length > 0 ? [eb('practices.branch_id', 'in', [...scope.branchIds])] : []),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll('practice_feedback')
      .select(['practices.slug as practice_slug', 'practices.title as practice_title'])
      .orderBy('practice_feedback.created_at', filter.state === 'resolved' ? 'desc' : 'asc')
      .orderBy('practice_feedback.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export interface NotHelpfulFilter {
  /** Half-open UTC range [start, end). */
  start: string;
  end: string;
  /** Only answers given by staff of these branches; null for all. */
  branchIds: readonly string[] | null;
  limit: number;
}

/** "Nie pomogło" answers, newest first, with their practice and the branches of whoever gave them. */
export async function listNotHelpfulRows(db: Database, filter: NotHelpfulFilter) {
  const { branchIds } = filter;
  let query = db
    .selectFrom('practice_feedback')
    .innerJoin('practices', 'practices.id', 'practice_feedback.practice_id')
    .select([
      'practice_feedback.user_id',
      'practice_feedback.comment',
      'practice_feedback.created_at',
      'practices.id as practice_id',
      'practices.slug as practice_slug',
      'practices.title as practice_title',
    ])
    .where('practice_feedback.helpful', '=', 0)
    .where('practice_feedback.created_at', '>=', filter.start)
    .where('practice_feedback.created_at', '<', filter.end);
  if (branchIds !== null) {
    if (branchIds.length === 0) return [];
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_branches')
          .select('user_branches.user_id')
          .whereRef('user_branches.user_id', '=', 'practice_feedback.user_id')
          .where('user_branches.branch_id', 'in', [...branchIds]),
      ),
    );
  }
  return query.orderBy('practice_feedback.created_at', 'desc').orderBy('practice_feedback.id', 'desc').limit(filter.limit).execute();
}

export async function branchesOfUsers(db: Database, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('user_branches')
    .selectAll()
    .where('user_id', 'in', [...new Set(userIds)])
    .execute();
  for (const row of rows) result.set(row.user_id, [...(result.get(row.user_id) ?? []), row.branch_id]);
  return result;
}
