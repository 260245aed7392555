import type { PracticeActions, PracticeStatus } from '../../shared/practices.schema.ts';
import type { Actor } from '../auth/actor.ts';
import { can } from '../auth/policy.ts';
import type { ReviewScope, Visibility } from './practices.repository.ts';

/** The facts about a practice that decide who may do what with it. */
export interface PracticeAccess {
  status: PracticeStatus;
  branchId: string | null;
  authorId: string | null;
  ownerId: string | null;
  pendingAuthorId: string | null;
  hasPending: boolean;
  /** Unknown where only visibility is decided (search results); deleting needs it. */
  everPublished?: boolean;
}

/**
 * The review rule: an administrator reviews every practice; a manager reviews the practices of
 * their own branches and the library-wide ones (branch null), because a library-wide practice
 * belongs to every branch; librarians review none.
 */
export function reviewScope(actor: Actor): ReviewScope {
  if (!can(actor, 'practice:review')) return 'none';
  if (actor.role === 'admin') return 'all';
  return { branchIds: actor.branchIds };
}

export function visibilityFor(actor: Actor): Visibility {
  return { userId: actor.id, scope: reviewScope(actor) };
}

export function canReviewBranch(actor: Actor, branchId: string | null): boolean {
  const scope = reviewScope(actor);
  if (scope === 'none') return false;
  if (scope === 'all') return true;
  return branchId === null || scope.branchIds.includes(branchId);
}

/** Who may write a practice for this branch: staff of that branch, anyone for the whole library. */
export function canTargetBranch(actor: Actor, branchId: string | null): boolean {
  return branchId === null || actor.role === 'admin' || actor.branchIds.includes(branchId);
}

/** Librarians see published practices and their own work; drafts of others do not exist for them. */
export function canSee(actor: Actor, practice: PracticeAccess): boolean {
  if (!can(actor, 'practice:read')) return false;
  return practice.status === 'published' || practice.authorId === actor.id || canReviewBranch(actor, practice.branchId);
}

export function canSeeProposal(actor: Actor, practice: PracticeAccess): boolean {
  return practice.pendingAuthorId === actor.id || canReviewBranch(actor, practice.branchId);
}

export function canSeeStats(actor: Actor): boolean {
  return can(actor, 'practice:review');
}

export function actionsFor(actor: Actor, practice: PracticeAccess): PracticeActions {
  const reviewer = canReviewBranch(actor, practice.branchId);
  const writer = can(actor, 'practice:write');
  const own = practice.authorId !== null && practice.authorId === actor.id;
  const { status } = practice;
  const working = status === 'draft' || status === 'in_review';
  const inReview = status === 'in_review' || (status === 'published' && practice.hasPending);
  return {
    edit: working ? (own && writer) || reviewer : status === 'published' && reviewer,
    propose: status === 'published' && writer && (!practice.hasPending || practice.pendingAuthorId === actor.id),
    submit: status === 'draft' && ((own && writer) || reviewer),
    publish: reviewer && (working || inReview),
    return: reviewer && inReview,
    archive: reviewer && status !== 'archived',
    unarchive: reviewer && status === 'archived',
    verify: status === 'published' && (practice.ownerId === actor.id || reviewer),
    restoreRevision: reviewer && status !== 'archived',
    deleteDraft: working && practice.everPublished === false && ((own && writer) || reviewer),
  };
}
