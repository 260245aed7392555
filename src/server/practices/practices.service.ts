import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import {
  type CreatePracticeSchema,
  type Practice,
  type PracticeBinder,
  type PracticeContent,
  PracticeContentSchema,
  type PracticeListQuery,
  type PracticePage,
  type UpdatePracticeSchema,
} from '../../shared/practices.schema.ts';
import type { Actor, RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import { assertBranchesExist } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { AppError } from '../errors.ts';
import { assertVersion, editConflict, loadVisible, refuse } from './practice-access.ts';
import { insertPractice, sameContent, updatePractice } from './practice-changes.ts';
import { accessOf, presentList, presentPractice, presentPractices } from './practice-presenter.ts';
import { reviewByFrom } from './practice-settings.service.ts';
import { RESERVED_SLUGS, slugify } from './practice-slug.ts';
import { actionsFor, canReviewBranch, canTargetBranch, visibilityFor } from './practices.policy.ts';
import {
  contentColumns,
  findPracticeRowBySlug,
  incrementViewCount,
  listPracticeRows,
  type PracticeRow,
  toContent,
  userExists,
} from './practices.repository.ts';

type CreatePractice = z.output<typeof CreatePracticeSchema>;
type UpdatePractice = z.output<typeof UpdatePracticeSchema>;

export async function readPractice(db: Database, actor: Actor, ref: string): Promise<Practice> {
  const { row } = await loadVisible(db, actor, ref);
  return presentPractice(db, actor, row);
}

export async function listPractices(db: Database, actor: Actor, query: PracticeListQuery): Promise<PracticePage> {
  assertCan(actor, 'practice:read');
  const { sort, limit, offset, ...filter } = query;
  const { rows, total } = await listPracticeRows(db, filter, visibilityFor(actor), { sort, limit, offset });
  return { items: await presentList(db, actor, rows), total, limit, offset };
}

/** The same selection as the list, as whole practices: a printed binder reads it in one request. */
export async function readBinder(db: Database, actor: Actor, query: PracticeListQuery): Promise<PracticeBinder> {
  assertCan(actor, 'practice:read');
  const { sort, limit, offset, ...filter } = query;
  const { rows, total } = await listPracticeRows(db, filter, visibilityFor(actor), { sort, limit, offset });
  return { items: await presentPractices(db, actor, rows), total, limit, offset };
}

/** Counted by an explicit call from the practice page, so prefetching a link does not count. */
export async function recordView(db: Database, actor: Actor, ref: string): Promise<void> {
  const { row } = await loadVisible(db, actor, ref);
  await incrementViewCount(db, row.id);
}

export async function assertSlugFree(db: Database, slug: string): Promise<void> {
  if (RESERVED_SLUGS.has(slug) || (await findPracticeRowBySlug(db, slug))) {
    throw new AppError('slug_taken', 409, { slug }, { field: 'slug' });
  }
}

async function freeSlug(db: Database, title: string): Promise<string> {
  const base = slugify(title);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!RESERVED_SLUGS.has(candidate) && !(await findPracticeRowBySlug(db, candidate))) return candidate;
  }
}

async function assertBranchAllowed(db: Database, actor: Actor, branchId: string | null): Promise<void> {
  if (branchId === null) return;
  await assertBranchesExist(db, [branchId]);
  if (!canTargetBranch(actor, branchId)) throw new AppError('forbidden', 403, {}, { field: 'branchId' });
}

async function assertOwnerAllowed(db: Database, actor: Actor, ownerId: string | null, branchId: string | null): Promise<void> {
  if (ownerId === null) return;
  if (ownerId !== actor.id && !canReviewBranch(actor, branchId)) throw new AppError('forbidden', 403, {}, { field: 'ownerId' });
  if (!(await userExists(db, ownerId))) throw new AppError('unknown_user', 400, {}, { field: 'ownerId' });
}

export function emptyRow(id: string, slug: string, content: PracticeContent, at: string): PracticeRow {
  return {
    id,
    slug,
    ...contentColumns(content),
    status: 'draft',
    branch_id: null,
    author_id: null,
    owner_id: null,
    reviewer_id: null,
    version: 1,
    created_at: at,
    updated_at: at,
    published_at: null,
    review_by: null,
    verified_at: null,
    verified_by: null,
    view_count: 0,
    helpful_count: 0,
    not_helpful_count: 0,
    pending_revision_id: null,
  };
}

export async function createPractice(db: Database, context: RequestContext, input: CreatePractice): Promise<Practice> {
  const { actor } = context;
  assertCan(actor, 'practice:write');
  const { slug, branchId, ownerId, comment, ...content } = input;
  return db.transaction().execute(async (trx) => {
    await assertBranchAllowed(trx, actor, branchId);
    await assertOwnerAllowed(trx, actor, ownerId ?? null, branchId);
    if (slug !== undefined) await assertSlugFree(trx, slug);
    const now = nowIso();
    const base = emptyRow(uuidv7(), slug ?? (await freeSlug(trx, content.title)), content, now);
    const row = { ...base, branch_id: branchId, author_id: actor.id, owner_id: ownerId ?? null };
    await insertPractice(trx, row, { kind: 'create', authorId: actor.id, comment, at: now });
    return presentPractice(trx, actor, row);
  });
}

/** The row's content with the fields the request carries (any extra members of the body are ignored here). */
export function mergeContent(row: PracticeRow, input: object): PracticeContent {
  const fields = PracticeContentSchema.partial().parse(input);
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return PracticeContentSchema.parse({ ...toContent(row), ...given });
}

async function scopeChanges(db: Database, actor: Actor, row: PracticeRow, input: UpdatePractice) {
  const branchId = input.branchId === undefined ? row.branch_id : input.branchId;
  const ownerId = input.ownerId === undefined ? row.owner_id : input.ownerId;
  if (branchId !== row.branch_id) {
    await assertBranchAllowed(db, actor, branchId);
    if (row.status !== 'draft' && !canReviewBranch(actor, branchId)) throw new AppError('forbidden', 403, {}, { field: 'branchId' });
  }
  if (ownerId !== row.owner_id) {
    if (!canReviewBranch(actor, branchId)) throw new AppError('forbidden', 403, {}, { field: 'ownerId' });
    await assertOwnerAllowed(db, actor, ownerId, branchId);
  }
  return { branch_id: branchId, owner_id: ownerId };
}

/**
 * Saves an edit: drafts and practices in review by their author or a reviewer; a published
 * practice only by a reviewer, whose edit is published at once (librarians propose instead).
 */
export async function editPractice(db: Database, context: RequestContext, ref: string, input: UpdatePractice): Promise<Practice> {
  const { actor } = context;
  assertCan(actor, 'practice:write');
  return db.transaction().execute(async (trx) => {
    const { row, pending } = await loadVisible(trx, actor, ref);
    const actions = actionsFor(actor, accessOf(row, pending));
    if (!actions.edit) throw refuse(row.status === 'archived' && canReviewBranch(actor, row.branch_id));
    await assertVersion(trx, actor, row, input.expectedVersion);
    const content = mergeContent(row, input);
    const scope = await scopeChanges(trx, actor, row, input);
    if (sameContent(content, toContent(row)) && scope.branch_id === row.branch_id && scope.owner_id === row.owner_id) {
      return presentPractice(trx, actor, row);
    }
    const now = nowIso();
    const live = row.status === 'published' ? { published_at: now, review_by: await reviewByFrom(trx, now), reviewer_id: actor.id } : {};
    const changes = { ...contentColumns(content), ...scope, ...live, updated_at: now };
    const saved = await updatePractice(trx, row, changes, { kind: 'edit', authorId: actor.id, comment: input.comment, at: now });
    if (!saved) throw await editConflict(trx, actor, row.id);
    return presentPractice(trx, actor, saved.row);
  });
}
