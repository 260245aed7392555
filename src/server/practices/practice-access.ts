import type { Actor } from '../auth/actor.ts';
import type { Database } from '../db/database.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { presentPractice } from './practice-presenter.ts';
import { accessOf } from './practice-presenter.ts';
import { findRevisionRowsByIds, type RevisionRow } from './practice-revisions.repository.ts';
import { canSee } from './practices.policy.ts';
import { findPracticeRow, findPracticeRowBySlug, type PracticeRow } from './practices.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A practice by uuid or by slug (a slug may itself look like a uuid, so both are tried). */
export async function findByRef(db: Database, ref: string): Promise<PracticeRow | undefined> {
  if (UUID.test(ref)) {
    const byId = await findPracticeRow(db, ref.toLowerCase());
    if (byId) return byId;
  }
  return findPracticeRowBySlug(db, ref);
}

export async function pendingOf(db: Database, row: PracticeRow): Promise<RevisionRow | undefined> {
  if (!row.pending_revision_id) return undefined;
  const [pending] = await findRevisionRowsByIds(db, [row.pending_revision_id]);
  return pending;
}

export interface Loaded {
  row: PracticeRow;
  pending: RevisionRow | undefined;
}

/** 404 for a practice the actor may not see, exactly as for one that does not exist. */
export async function loadVisible(db: Database, actor: Actor, ref: string): Promise<Loaded> {
  const row = await findByRef(db, ref);
  if (!row) throw notFound();
  const pending = await pendingOf(db, row);
  if (!canSee(actor, accessOf(row, pending))) throw notFound();
  return { row, pending };
}

export async function editConflict(db: Database, actor: Actor, id: string): Promise<AppError> {
  const current = await findPracticeRow(db, id);
  if (!current) return notFound();
  const extensions = { current: await presentPractice(db, actor, current) };
  return new AppError('edit_conflict', 409, {}, { field: 'expectedVersion', extensions });
}

export async function assertVersion(db: Database, actor: Actor, row: PracticeRow, expected: number): Promise<void> {
  if (row.version !== expected) throw await editConflict(db, actor, row.id);
}

export function invalidTransition(): AppError {
  return new AppError('invalid_transition', 409);
}

/** 403 when the actor can see the practice but this action is not theirs; 409 when it is theirs but not now. */
export function refuse(allowedForSomeStatus: boolean): AppError {
  return allowedForSomeStatus ? invalidTransition() : forbidden();
}
