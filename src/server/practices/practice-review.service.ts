import type { z } from 'zod';
import type {
  MyWork,
  NeedsReviewQuerySchema,
  PracticePage,
  ReviewQueueItem,
  Revision,
  RevisionSummary,
} from '../../shared/practices.schema.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso, toIso } from '../db/dialect.ts';
import { notFound } from '../errors.ts';
import { loadVisible } from './practice-access.ts';
import { personRef, presentList, revisionSummary } from './practice-presenter.ts';
import {
  findRevisionRow,
  findRevisionRowsByIds,
  latestRevisionOfKinds,
  listProposalRowsBy,
  listRevisionRows,
  type RevisionRow,
  revisionContent,
} from './practice-revisions.repository.ts';
import { canReviewBranch, reviewScope, visibilityFor } from './practices.policy.ts';
import { listPracticeRows, namesOf, type PracticeRow, toContent } from './practices.repository.ts';

const QUEUE_LIMIT = 500;

/** Proposals by others stay private to their author and the reviewers, like drafts. */
function revisionVisible(actor: Actor, row: PracticeRow, revision: Pick<RevisionRow, 'kind' | 'author_id'>): boolean {
  return revision.kind !== 'proposal' || revision.author_id === actor.id || canReviewBranch(actor, row.branch_id);
}

export async function listRevisions(db: Database, actor: Actor, ref: string): Promise<RevisionSummary[]> {
  const { row } = await loadVisible(db, actor, ref);
  const rows = (await listRevisionRows(db, row.id)).filter((revision) => revisionVisible(actor, row, revision));
  const names = await namesOf(
    db,
    rows.flatMap((revision) => [revision.author_id, revision.reviewer_id]),
  );
  return rows.map((revision) => revisionSummary(revision, names));
}

export async function readRevision(db: Database, actor: Actor, ref: string, revisionId: string): Promise<Revision> {
  const { row } = await loadVisible(db, actor, ref);
  const revision = await findRevisionRow(db, row.id, revisionId);
  if (!revision || !revisionVisible(actor, row, revision)) throw notFound();
  const names = await namesOf(db, [revision.author_id, revision.reviewer_id]);
  return { ...revisionSummary(revision, names), content: revisionContent(revision) };
}

async function queueRows(db: Database, actor: Actor) {
  const visibility = { userId: actor.id, scope: reviewScope(actor) };
  const page = { sort: 'updated' as const, limit: QUEUE_LIMIT, offset: 0 };
  const submitted = await listPracticeRows(db, { status: ['in_review'] }, visibility, page);
  const proposing = await listPracticeRows(db, { status: ['published'], withProposal: true }, visibility, page);
  return [...submitted.rows, ...proposing.rows].filter((row) => canReviewBranch(actor, row.branch_id));
}

/** What awaits a reviewer, oldest first, with the proposed and the published text for a diff. */
export async function reviewQueue(db: Database, actor: Actor): Promise<{ items: ReviewQueueItem[]; total: number }> {
  assertCan(actor, 'practice:review');
  const rows = await queueRows(db, actor);
  const pendingIds = rows.flatMap((row) => (row.pending_revision_id ? [row.pending_revision_id] : []));
  const proposals = new Map((await findRevisionRowsByIds(db, pendingIds)).map((revision) => [revision.id, revision]));
  const submissions = await latestRevisionOfKinds(
    db,
    rows.filter((row) => row.status === 'in_review').map((row) => row.id),
    ['submit', 'import'],
  );
  const summaries = new Map((await presentList(db, actor, rows)).map((item) => [item.id, item]));
  const names = await namesOf(
    db,
    [...proposals.values(), ...submissions.values()].map((revision) => revision.author_id),
  );
  const items = rows.flatMap((row): ReviewQueueItem[] => {
    const practice = summaries.get(row.id);
    const proposal = row.pending_revision_id ? proposals.get(row.pending_revision_id) : undefined;
    const revision = proposal ?? submissions.get(row.id);
    if (!practice) return [];
    return [
      {
        kind: proposal ? 'proposal' : 'submission',
        practice,
        revisionId: revision?.id ?? '',
        submittedBy: personRef(names, revision?.author_id ?? row.author_id),
        submittedAt: toIso(revision?.created_at ?? row.updated_at),
        comment: revision?.comment ?? '',
        version: row.version,
        baseVersion: proposal?.base_version ?? null,
        proposed: proposal ? revisionContent(proposal) : toContent(row),
        published: proposal ? toContent(row) : null,
      },
    ];
  });
  items.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  return { items, total: items.length };
}

export async function myWork(db: Database, actor: Actor): Promise<MyWork> {
  assertCan(actor, 'practice:read');
  const visibility = visibilityFor(actor);
  const page = { sort: 'updated' as const, limit: 200, offset: 0 };
  const drafts = await listPracticeRows(db, { status: ['draft', 'in_review'], author: actor.id }, visibility, page);
  const proposals = await listProposalRowsBy(db, actor.id, 100);
  const proposed = await listPracticeRows(db, { status: ['published'], ids: proposals.map((p) => p.practice_id) }, visibility, page);
  const stale = await listPracticeRows(db, { status: ['published'], owner: actor.id, staleBefore: nowIso() }, visibility, page);
  const proposedItems = new Map((await presentList(db, actor, proposed.rows)).map((item) => [item.id, item]));
  const names = await namesOf(db, [actor.id, ...proposals.map((p) => p.reviewer_id)]);
  return {
    drafts: await presentList(db, actor, drafts.rows),
    proposals: proposals.flatMap((revision) => {
      const practice = proposedItems.get(revision.practice_id);
      return practice ? [{ practice, revision: revisionSummary(revision, names) }] : [];
    }),
    needsReview: await presentList(db, actor, stale.rows),
  };
}

/** Published practices past their review-by date: a reviewer's whole scope, or one owner's own. */
export async function needsReview(db: Database, actor: Actor, query: z.output<typeof NeedsReviewQuerySchema>): Promise<PracticePage> {
  assertCan(actor, 'practice:read');
  const onlyMine = query.mine === 'true' || reviewScope(actor) === 'none';
  const filter = { status: ['published' as const], staleBefore: nowIso(), ...(onlyMine ? { owner: actor.id } : {}) };
  const { rows, total } = await listPracticeRows(db, filter, visibilityFor(actor), {
    sort: 'review_by',
    limit: query.limit,
    offset: query.offset,
  });
  return { items: await presentList(db, actor, rows), total, limit: query.limit, offset: query.offset };
}
