import type { PersonRef, Practice, PracticeListItem, PracticeStats, RevisionSummary } from '../../shared/practices.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { Database } from '../db/database.ts';
import { nowIso, toIso } from '../db/dialect.ts';
import { openFlagCounts } from './practice-feedback.repository.ts';
import { findRevisionRowsByIds, type RevisionRow } from './practice-revisions.repository.ts';
import { actionsFor, canSeeProposal, canSeeStats, type PracticeAccess } from './practices.policy.ts';
import { namesOf, type PracticeRow, toContent } from './practices.repository.ts';

type Names = Map<string, string>;

export function personRef(names: Names, id: string | null): PersonRef | null {
  if (id === null) return null;
  return { id, name: names.get(id) ?? '' };
}

const isoOrNull = (value: string | null): string | null => (value === null ? null : toIso(value));

export function accessOf(row: PracticeRow, pending?: Pick<RevisionRow, 'author_id'>): PracticeAccess {
  return {
    status: row.status,
    branchId: row.branch_id,
    authorId: row.author_id,
    ownerId: row.owner_id,
    hasPending: row.pending_revision_id !== null,
    pendingAuthorId: pending?.author_id ?? null,
    everPublished: row.published_at !== null,
  };
}

function statsOf(row: PracticeRow, openFlags: number): PracticeStats {
  const rated = row.helpful_count + row.not_helpful_count;
  return {
    viewCount: row.view_count,
    helpfulCount: row.helpful_count,
    notHelpfulCount: row.not_helpful_count,
    helpfulRatio: rated === 0 ? null : row.helpful_count / rated,
    openFlagCount: openFlags,
  };
}

function isStale(row: PracticeRow, now: string): boolean {
  return row.status === 'published' && row.review_by !== null && toIso(row.review_by) < now;
}

function listItem(row: PracticeRow, names: Names, stats: PracticeStats | undefined, now: string): PracticeListItem {
  const content = toContent(row);
  return {
    id: row.id,
    slug: row.slug,
    title: content.title,
    summary: content.summary,
    language: content.language,
    status: row.status,
    branchId: row.branch_id,
    channels: content.channels,
    attitudes: content.attitudes,
    needs: content.needs,
    tags: content.tags,
    author: personRef(names, row.author_id),
    owner: personRef(names, row.owner_id),
    version: row.version,
    updatedAt: toIso(row.updated_at),
    publishedAt: isoOrNull(row.published_at),
    reviewBy: isoOrNull(row.review_by),
    stale: isStale(row, now),
    proposalPending: row.pending_revision_id !== null,
    ...(stats ? { stats } : {}),
  };
}

/** Usage figures (views, ratings, open flags) per row for those who may see them, else undefined. */
async function usageStats(db: Database, actor: Actor, rows: readonly PracticeRow[]) {
  if (!canSeeStats(actor)) return (_row: PracticeRow): PracticeStats | undefined => undefined;
  const flags = await openFlagCounts(
    db,
    rows.map((row) => row.id),
  );
  return (row: PracticeRow): PracticeStats | undefined => statsOf(row, flags.get(row.id) ?? 0);
}

export async function presentList(db: Database, actor: Actor, rows: readonly PracticeRow[]): Promise<PracticeListItem[]> {
  const names = await namesOf(
    db,
    rows.flatMap((row) => [row.author_id, row.owner_id]),
  );
  const statsFor = await usageStats(db, actor, rows);
  const now = nowIso();
  return rows.map((row) => listItem(row, names, statsFor(row), now));
}

export async function presentPractice(db: Database, actor: Actor, row: PracticeRow): Promise<Practice> {
  const [practice] = await presentPractices(db, actor, [row]);
  if (practice === undefined) throw new Error('a presented row went missing');
  return practice;
}

/** Whole practices, with the people, pending proposals and flag counts of all of them read at once. */
export async function presentPractices(db: Database, actor: Actor, rows: readonly PracticeRow[]): Promise<Practice[]> {
  const pendingIds = rows.flatMap((row) => (row.pending_revision_id === null ? [] : [row.pending_revision_id]));
  const pendings = new Map((await findRevisionRowsByIds(db, pendingIds)).map((revision) => [revision.id, revision]));
  const pendingOf = (row: PracticeRow) => (row.pending_revision_id === null ? undefined : pendings.get(row.pending_revision_id));
  const names = await namesOf(
    db,
    rows.flatMap((row) => [row.author_id, row.owner_id, row.reviewer_id, row.verified_by, pendingOf(row)?.author_id ?? null]),
  );
  const statsFor = await usageStats(db, actor, rows);
  const now = nowIso();
  return rows.map((row) => {
    const pending = pendingOf(row);
    const access = accessOf(row, pending);
    const { title, summary, language, ...rest } = toContent(row);
    const item = listItem(row, names, statsFor(row), now);
    return {
      ...item,
      ...rest,
      title,
      summary,
      language,
      reviewer: personRef(names, row.reviewer_id),
      createdAt: toIso(row.created_at),
      verifiedAt: isoOrNull(row.verified_at),
      verifiedBy: personRef(names, row.verified_by),
      pendingProposal:
        pending && canSeeProposal(actor, access)
          ? {
              revisionId: pending.id,
              author: personRef(names, pending.author_id),
              createdAt: toIso(pending.created_at),
              comment: pending.comment,
              baseVersion: pending.base_version ?? row.version,
            }
          : null,
      actions: actionsFor(actor, access),
    };
  });
}

export function revisionSummary(row: Omit<RevisionRow, 'content'>, names: Names): RevisionSummary {
  return {
    id: row.id,
    practiceId: row.practice_id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    author: personRef(names, row.author_id),
    createdAt: toIso(row.created_at),
    comment: row.comment,
    reviewState: row.review_state,
    reviewer: personRef(names, row.reviewer_id),
    reviewedAt: isoOrNull(row.reviewed_at),
    reviewComment: row.review_comment,
    baseVersion: row.base_version,
  };
}
