import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { FeedbackInputSchema, Flag, FlagListQuerySchema, ResolveFlagSchema } from '../../shared/practices.schema.ts';
import type { Actor, RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso, toIso } from '../db/dialect.ts';
import { notFound } from '../errors.ts';
import { findByRef, loadVisible } from './practice-access.ts';
import {
  branchesOfUsers,
  type FeedbackRow,
  findFeedbackRow,
  insertFeedbackRow,
  listFlagRows,
  listNotHelpfulRows,
  type NotHelpfulFilter,
  resolveFeedbackRow,
} from './practice-feedback.repository.ts';
import { personRef } from './practice-presenter.ts';
import { canReviewBranch, reviewScope } from './practices.policy.ts';
import { findPracticeRow, incrementFeedbackCount, namesOf } from './practices.repository.ts';

type FeedbackInput = z.output<typeof FeedbackInputSchema>;
type FlagQuery = z.output<typeof FlagListQuerySchema>;

/** "Pomogło / Nie pomogło" at the point of use; a comment flags the practice for improvement. */
export async function giveFeedback(
  db: Database,
  context: RequestContext,
  ref: string,
  input: FeedbackInput,
): Promise<{ id: string; flagged: boolean }> {
  const { actor } = context;
  assertCan(actor, 'practice:read');
  return db.transaction().execute(async (trx) => {
    const { row } = await loadVisible(trx, actor, ref);
    const id = uuidv7();
    await insertFeedbackRow(trx, {
      id,
      practice_id: row.id,
      user_id: actor.id,
      helpful: input.helpful ? 1 : 0,
      comment: input.comment ?? null,
      created_at: nowIso(),
      resolved_at: null,
      resolved_by: null,
      resolution: null,
    });
    await incrementFeedbackCount(trx, row.id, input.helpful);
    return { id, flagged: input.comment !== undefined };
  });
}

function toFlag(row: FeedbackRow, practice: Flag['practice'], names: Map<string, string>): Flag {
  return {
    id: row.id,
    practice,
    helpful: row.helpful === 1,
    comment: row.comment ?? '',
    user: personRef(names, row.user_id),
    createdAt: toIso(row.created_at),
    resolvedAt: row.resolved_at === null ? null : toIso(row.resolved_at),
    resolvedBy: personRef(names, row.resolved_by),
    resolution: row.resolution,
  };
}

export async function listFlags(db: Database, actor: Actor, query: FlagQuery): Promise<{ items: Flag[]; total: number }> {
  assertCan(actor, 'practice:review');
  let practiceId: string | undefined;
  if (query.practice) {
    const practice = await findByRef(db, query.practice);
    if (!practice || !canReviewBranch(actor, practice.branch_id)) return { items: [], total: 0 };
    practiceId = practice.id;
  }
  const { rows, total } = await listFlagRows(db, { ...query, practiceId, scope: reviewScope(actor) });
  const names = await namesOf(
    db,
    rows.flatMap((row) => [row.user_id, row.resolved_by]),
  );
  const items = rows.map((row) => toFlag(row, { id: row.practice_id, slug: row.practice_slug, title: row.practice_title }, names));
  return { items, total };
}

export async function resolveFlag(
  db: Database,
  context: RequestContext,
  flagId: string,
  input: z.output<typeof ResolveFlagSchema>,
): Promise<Flag> {
  const { actor } = context;
  assertCan(actor, 'practice:review');
  return db.transaction().execute(async (trx) => {
    const flag = await findFeedbackRow(trx, flagId);
    const practice = flag && (await findPracticeRow(trx, flag.practice_id));
    if (!flag || flag.comment === null || !practice || !canReviewBranch(actor, practice.branch_id)) throw notFound();
    if (flag.resolved_at === null) await resolveFeedbackRow(trx, flag.id, actor.id, nowIso(), input.note);
    const resolved = await findFeedbackRow(trx, flag.id);
    if (!resolved) throw notFound();
    const names = await namesOf(trx, [resolved.user_id, resolved.resolved_by]);
    return toFlag(resolved, { id: practice.id, slug: practice.slug, title: practice.title }, names);
  });
}

export interface NotHelpfulAnswer {
  comment: string | null;
  createdAt: string;
  practice: { id: string; slug: string; title: string };
  /** The branches of the staff member who answered. */
  branchIds: string[];
}

/** "Nie pomogło" answers for the knowledge gaps, whose service checks access; newest first. */
export async function listNotHelpfulAnswers(db: Database, filter: NotHelpfulFilter): Promise<NotHelpfulAnswer[]> {
  const rows = await listNotHelpfulRows(db, filter);
  const branches = await branchesOfUsers(
    db,
    rows.flatMap((row) => (row.user_id === null ? [] : [row.user_id])),
  );
  return rows.map((row) => ({
    comment: row.comment,
    createdAt: toIso(row.created_at),
    practice: { id: row.practice_id, slug: row.practice_slug, title: row.practice_title },
    branchIds: row.user_id === null ? [] : (branches.get(row.user_id) ?? []),
  }));
}
