import type { Selectable, Updateable } from 'kysely';
import { type PracticeContent, PracticeContentSchema } from '../../shared/practices.schema.ts';
import type { Database } from '../db/database.ts';
import type { PracticeRevisionsTable } from './practices.table.ts';

export type RevisionRow = Selectable<PracticeRevisionsTable>;

export function revisionContent(row: RevisionRow): PracticeContent {
  return PracticeContentSchema.parse(JSON.parse(row.content));
}

export async function nextRevisionNumber(db: Database, practiceId: string): Promise<number> {
  const row = await db
    .selectFrom('practice_revisions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertRevisionRow(db: Database, row: RevisionRow): Promise<void> {
  await db.insertInto('practice_revisions').values(row).execute();
}

export async function updateRevisionRow(db: Database, id: string, changes: Updateable<PracticeRevisionsTable>): Promise<void> {
  await db.updateTable('practice_revisions').set(changes).where('id', '=', id).execute();
}

export async function findRevisionRow(db: Database, practiceId: string, id: string): Promise<RevisionRow | undefined> {
  return db.selectFrom('practice_revisions').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

/** History without the content snapshots, newest first. */
export async function listRevisionRows(db: Database, practiceId: string): Promise<Omit<RevisionRow, 'content'>[]> {
  return db
    .selectFrom('practice_revisions')
    .select([
      'id',
      'practice_id',
      'number',
      'kind',
      'status',
      'author_id',
      'created_at',
      'comment',
      'review_state',
      'reviewer_id',
      'reviewed_at',
      'review_comment',
      'base_version',
    ])
    .where('practice_id', '=', practiceId)
    .orderBy('number', 'desc')
    .execute();
}

export async function findRevisionRowsByIds(db: Database, ids: readonly string[]): Promise<RevisionRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('practice_revisions')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** A user's proposals that are waiting or were sent back, newest first. */
export async function listProposalRowsBy(db: Database, authorId: string, limit: number): Promise<RevisionRow[]> {
  return db
    .selectFrom('practice_revisions')
    .selectAll()
    .where('author_id', '=', authorId)
    .where('kind', '=', 'proposal')
    .where('review_state', 'in', ['pending', 'returned'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/** The revision that put a practice into review: the latest `submit` (or the import that did). */
export async function latestRevisionOfKinds(
  db: Database,
  practiceIds: readonly string[],
  kinds: readonly PracticeRevisionsTable['kind'][],
): Promise<Map<string, RevisionRow>> {
  const result = new Map<string, RevisionRow>();
  if (practiceIds.length === 0) return result;
  const rows = await db
    .selectFrom('practice_revisions')
    .selectAll()
    .where('practice_id', 'in', [...practiceIds])
    .where('kind', 'in', [...kinds])
    .orderBy('number', 'asc')
    .execute();
  for (const row of rows) result.set(row.practice_id, row);
  return result;
}
