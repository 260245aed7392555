import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  Practice,
  ProposePracticeSchema,
  RestoreRevisionSchema,
  ReturnPracticeSchema,
  TransitionSchema,
} from '../../shared/practices.schema.ts';
import type { Actor, RequestContext } from '../auth/actor.ts';
import { assertCan, can } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { AppError, notFound } from '../errors.ts';
import { assertVersion, editConflict, invalidTransition, type Loaded, loadVisible, refuse } from './practice-access.ts';
import { addRevision, type PracticeChanges, type RevisionInput, sameContent, updatePractice } from './practice-changes.ts';
import { accessOf, presentPractice } from './practice-presenter.ts';
import { findRevisionRow, revisionContent, updateRevisionRow } from './practice-revisions.repository.ts';
import { reviewByFrom } from './practice-settings.service.ts';
import { actionsFor, canReviewBranch } from './practices.policy.ts';
import {
  contentColumns,
  deletePracticeRows,
  isPracticeUsedInContacts,
  type PracticeRow,
  setVerification,
  toContent,
} from './practices.repository.ts';
import { unindexPractice } from '../search/search-index.ts';
import { mergeContent } from './practices.service.ts';
import type { ReviewState } from './practices.table.ts';

type Transition = z.output<typeof TransitionSchema>;
type ReturnInput = z.output<typeof ReturnPracticeSchema>;
type Proposal = z.output<typeof ProposePracticeSchema>;
type Restore = z.output<typeof RestoreRevisionSchema>;
type Action = keyof ReturnType<typeof actionsFor>;
type Step = (trx: Database, loaded: Loaded, now: string) => Promise<{ changes: PracticeChanges; revision: RevisionInput }>;

/** Loads, checks the action and the version, applies one change in one transaction. */
async function transition(
  db: Database,
  context: RequestContext,
  ref: string,
  expectedVersion: number,
  action: Action,
  step: Step,
): Promise<Practice> {
  const { actor } = context;
  return db.transaction().execute(async (trx) => {
    const loaded = await loadVisible(trx, actor, ref);
    const { row, pending } = loaded;
    if (!actionsFor(actor, accessOf(row, pending))[action]) throw refusal(actor, row, action, pending?.author_id ?? null);
    await assertVersion(trx, actor, row, expectedVersion);
    const now = nowIso();
    const { changes, revision } = await step(trx, loaded, now);
    const saved = await updatePractice(trx, row, changes, { at: now, ...revision });
    if (!saved) throw await editConflict(trx, actor, row.id);
    return presentPractice(trx, actor, saved.row);
  });
}

/** Discards a draft that was never published, with its history; one named in logged contacts stays. */
export async function deleteDraft(db: Database, context: RequestContext, ref: string, expectedVersion: number): Promise<void> {
  const { actor } = context;
  await db.transaction().execute(async (trx) => {
    const { row, pending } = await loadVisible(trx, actor, ref);
    if (!actionsFor(actor, accessOf(row, pending)).deleteDraft) throw refusal(actor, row, 'deleteDraft', pending?.author_id ?? null);
    await assertVersion(trx, actor, row, expectedVersion);
    if (await isPracticeUsedInContacts(trx, row.id)) throw new AppError('practice_in_use', 409);
    await unindexPractice(trx, row.id);
    if (!(await deletePracticeRows(trx, row.id, row.version))) throw await editConflict(trx, actor, row.id);
  });
}

function refusal(actor: Actor, row: PracticeRow, action: Action, pendingAuthor: string | null): AppError {
  if (action === 'propose' && row.status === 'published' && pendingAuthor !== null) return new AppError('proposal_pending', 409);
  const reviewer = canReviewBranch(actor, row.branch_id);
  const own = row.author_id === actor.id;
  const byRole: Record<Action, boolean> = {
    edit: reviewer || own,
    propose: can(actor, 'practice:write'),
    submit: reviewer || own,
    publish: reviewer,
    return: reviewer,
    archive: reviewer,
    unarchive: reviewer,
    verify: reviewer || row.owner_id === actor.id,
    restoreRevision: reviewer,
    deleteDraft: reviewer || own,
  };
  return refuse(byRole[action]);
}

async function goingLive(db: Database, actor: Actor, row: PracticeRow, now: string): Promise<PracticeChanges> {
  return {
    status: 'published',
    published_at: now,
    review_by: await reviewByFrom(db, now),
    reviewer_id: actor.id,
    owner_id: row.owner_id ?? row.author_id ?? actor.id,
    updated_at: now,
  };
}

async function closeProposal(db: Database, id: string, state: ReviewState, actor: Actor | null, now: string, comment: string) {
  await updateRevisionRow(db, id, { review_state: state, reviewer_id: actor?.id ?? null, reviewed_at: now, review_comment: comment });
}

export async function submitPractice(db: Database, context: RequestContext, ref: string, input: Transition): Promise<Practice> {
  return transition(db, context, ref, input.expectedVersion, 'submit', async (_trx, _loaded, now) => ({
    changes: { status: 'in_review', updated_at: now },
    revision: { kind: 'submit', authorId: context.actor.id, comment: input.comment },
  }));
}

/** Publishes a draft or a practice in review, or approves the pending proposal of a published one. */
export async function publishPractice(db: Database, context: RequestContext, ref: string, input: Transition): Promise<Practice> {
  const { actor } = context;
  return transition(db, context, ref, input.expectedVersion, 'publish', async (trx, { row, pending }, now) => {
    const live = await goingLive(trx, actor, row, now);
    const revision: RevisionInput = { kind: 'publish', authorId: actor.id, comment: input.comment };
    if (row.status !== 'published' || !pending) return { changes: live, revision };
    await closeProposal(trx, pending.id, 'approved', actor, now, input.comment);
    const changes = { ...live, ...contentColumns(revisionContent(pending)), pending_revision_id: null };
    return { changes, revision };
  });
}

/** Sends a practice in review back to draft, or declines a proposal; the comment says why. */
export async function returnPractice(db: Database, context: RequestContext, ref: string, input: ReturnInput): Promise<Practice> {
  const { actor } = context;
  return transition(db, context, ref, input.expectedVersion, 'return', async (trx, { row, pending }, now) => {
    const revision: RevisionInput = { kind: 'return', authorId: actor.id, comment: input.comment };
    if (row.status === 'in_review') return { changes: { status: 'draft', reviewer_id: actor.id, updated_at: now }, revision };
    if (!pending) throw invalidTransition();
    await closeProposal(trx, pending.id, 'returned', actor, now, input.comment);
    return { changes: { pending_revision_id: null }, revision: { ...revision, content: revisionContent(pending) } };
  });
}

export async function archivePractice(db: Database, context: RequestContext, ref: string, input: Transition): Promise<Practice> {
  return transition(db, context, ref, input.expectedVersion, 'archive', async (trx, { pending }, now) => {
    if (pending) await closeProposal(trx, pending.id, 'superseded', context.actor, now, input.comment);
    return {
      changes: { status: 'archived', pending_revision_id: null, updated_at: now },
      revision: { kind: 'archive', authorId: context.actor.id, comment: input.comment },
    };
  });
}

/** Back to where it was: published when it had been published (its review date kept), else draft. */
export async function unarchivePractice(db: Database, context: RequestContext, ref: string, input: Transition): Promise<Practice> {
  return transition(db, context, ref, input.expectedVersion, 'unarchive', async (_trx, { row }, now) => ({
    changes: { status: row.published_at === null ? 'draft' : 'published', updated_at: now },
    revision: { kind: 'unarchive', authorId: context.actor.id, comment: input.comment },
  }));
}

/** A change to a published practice that waits for review; everyone keeps reading the published text. */
export async function proposeChange(db: Database, context: RequestContext, ref: string, input: Proposal): Promise<Practice> {
  const { actor } = context;
  assertCan(actor, 'practice:write');
  return transition(db, context, ref, input.expectedVersion, 'propose', async (trx, { row, pending }, now) => {
    const content = mergeContent(row, input);
    if (sameContent(content, toContent(row))) throw invalidTransition();
    if (pending) await closeProposal(trx, pending.id, 'superseded', actor, now, '');
    const id = uuidv7();
    return {
      changes: { pending_revision_id: id },
      revision: {
        id,
        kind: 'proposal',
        authorId: actor.id,
        comment: input.comment,
        content,
        reviewState: 'pending',
        baseVersion: row.version,
      },
    };
  });
}

/** An older text becomes the current one again, as a new revision; history is never rewritten. */
export async function restoreRevision(
  db: Database,
  context: RequestContext,
  ref: string,
  revisionId: string,
  input: Restore,
): Promise<Practice> {
  const { actor } = context;
  return transition(db, context, ref, input.expectedVersion, 'restoreRevision', async (trx, { row }, now) => {
    const source = await findRevisionRow(trx, row.id, revisionId);
    if (!source) throw notFound();
    const live = row.status === 'published' ? { published_at: now, review_by: await reviewByFrom(trx, now), reviewer_id: actor.id } : {};
    return {
      changes: { ...contentColumns(revisionContent(source)), ...live, updated_at: now },
      revision: { kind: 'restore', authorId: actor.id, comment: input.comment },
    };
  });
}

/** The owner or a reviewer confirms the practice is still right; its review date moves forward. */
export async function verifyPractice(db: Database, context: RequestContext, ref: string): Promise<Practice> {
  const { actor } = context;
  return db.transaction().execute(async (trx) => {
    const { row, pending } = await loadVisible(trx, actor, ref);
    if (!actionsFor(actor, accessOf(row, pending)).verify) throw refusal(actor, row, 'verify', null);
    const now = nowIso();
    const changes = {
      verified_at: now,
      verified_by: actor.id,
      review_by: await reviewByFrom(trx, now),
      owner_id: row.owner_id ?? actor.id,
    };
    await setVerification(trx, row.id, changes);
    const verified = { ...row, ...changes };
    await addRevision(trx, verified, { kind: 'verify', authorId: actor.id, comment: '', at: now });
    return presentPractice(trx, actor, verified);
  });
}
