import { BACKDATE_LIMIT_DAYS, EDIT_WINDOW_HOURS, MAX_PERIOD_DAYS, NOTE_REFUSED_KINDS } from '../../shared/interactions.schema.ts';
import { addDays, localDayStart, localToday } from '../../shared/library-time.ts';
import { type PersonalDataKind, personalDataKinds } from '../../shared/personal-data.ts';
import type { Actor, RequestContext } from '../auth/actor.ts';
import { getBranch } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { can } from '../auth/policy.ts';
import { findContactReferences, type InteractionFilter, type InteractionScope } from './interactions.repository.ts';

export const EDIT_WINDOW_MS = EDIT_WINDOW_HOURS * 3_600_000;
const BACKDATE_LIMIT_MS = BACKDATE_LIMIT_DAYS * 86_400_000;
/** A device clock a few minutes ahead must not make a contact "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

const KIND_LABELS: Record<PersonalDataKind, string> = { pesel: 'PESEL', email: 'e-mail', phone: 'tel.', card_number: 'nr karty' };

export function assertNoPersonalData(note: string | null | undefined): void {
  if (!note) return;
  const kinds = personalDataKinds(note).filter((kind) => NOTE_REFUSED_KINDS.includes(kind));
  if (kinds.length === 0) return;
  throw new AppError(
    'personal_data_in_text',
    400,
    { kinds: kinds.map((kind) => KIND_LABELS[kind]).join(', ') },
    { field: 'note', extensions: { kinds } },
  );
}

/** Not in the future, and not earlier than the backdating limit before `reference` (when the entry was made). */
export function assertOccurredAtInRange(occurredAt: string, reference: number, now: number): void {
  const at = Date.parse(occurredAt);
  if (at <= now + CLOCK_SKEW_MS && at >= reference - BACKDATE_LIMIT_MS) return;
  throw new AppError('occurred_at_out_of_range', 400, { days: BACKDATE_LIMIT_DAYS }, { field: 'occurredAt' });
}

/** An unknown branch (400) or one that is not the caller's (403) is refused. */
function assertBranchAllowed(
  context: RequestContext,
  branchId: string,
  branch: { name: string } | undefined,
): asserts branch is { name: string } {
  if (!branch) throw new AppError('unknown_branch', 400, {}, { field: 'branchId' });
  const { actor } = context;
  if (actor.role !== 'admin' && !actor.branchIds.includes(branchId)) {
    throw new AppError('branch_not_allowed', 403, {}, { field: 'branchId' });
  }
}

/** The branch's name for the answer; unknown (400) or not one of the caller's branches (403) is refused. */
export async function allowedBranch(db: Database, context: RequestContext, branchId: string): Promise<{ id: string; name: string }> {
  const branch = await getBranch(db, context, branchId).catch(() => undefined);
  assertBranchAllowed(context, branchId, branch);
  return { id: branchId, name: branch.name };
}

/**
 * A contact's branch (when given) and practices (when given), read in one statement and checked as
 * allowedBranch does; an unknown practice id is refused. The practices come by title.
 */
export async function checkedReferences(
  db: Database,
  context: RequestContext,
  branchId: string | undefined,
  practiceIds: readonly string[] | undefined,
): Promise<{ branch: { id: string; name: string } | undefined; practices: { id: string; title: string }[] | undefined }> {
  const found = await findContactReferences(db, branchId, practiceIds ?? []);
  // as in allowedBranch, a branch the caller may not read counts as unknown
  const branch = can(context.actor, 'branch:read') ? found.branch : undefined;
  if (branchId !== undefined) assertBranchAllowed(context, branchId, branch);
  if (practiceIds !== undefined && found.practices.length !== practiceIds.length) {
    throw new AppError('unknown_practice', 400, {}, { field: 'practiceIds' });
  }
  return { branch, practices: practiceIds === undefined ? undefined : found.practices };
}

/** Librarians see their own entries, managers also their branches', admins all. */
export function scopeOf(actor: Actor): InteractionScope {
  if (actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'manager') return { kind: 'branches', branchIds: actor.branchIds, authorId: actor.id };
  return { kind: 'own', authorId: actor.id };
}

export function canSee(actor: Actor, entry: { author_id: string; branch_id: string }): boolean {
  const scope = scopeOf(actor);
  if (scope.kind === 'all') return true;
  if (entry.author_id === actor.id) return true;
  return scope.kind === 'branches' && scope.branchIds.includes(entry.branch_id);
}

/** A branch filter outside the caller's branches is refused rather than silently answered with nothing. */
export function assertBranchFilterAllowed(actor: Actor, branchId: string | undefined): void {
  if (!branchId || actor.role !== 'manager') return;
  if (!actor.branchIds.includes(branchId)) throw new AppError('branch_not_allowed', 403, {}, { field: 'branchId' });
}

export type PeriodFilter = InteractionFilter & { from?: string; to?: string };

export interface PeriodQuery {
  from?: string | undefined;
  to?: string | undefined;
  branchId?: string | undefined;
  channel?: InteractionFilter['channel'];
}

/** Local days to a UTC range. With `defaultDays`, a missing end is today and a missing start makes the period that long. */
export function filterFor(actor: Actor, query: PeriodQuery, defaultDays?: number, now = new Date()): PeriodFilter {
  assertBranchFilterAllowed(actor, query.branchId);
  const bounded = defaultDays !== undefined;
  const to = query.to ?? (bounded ? localToday(now) : undefined);
  let from = query.from ?? (bounded && to ? addDays(to, 1 - defaultDays) : undefined);
  if (bounded && from && to && from < addDays(to, 1 - MAX_PERIOD_DAYS)) from = addDays(to, 1 - MAX_PERIOD_DAYS);
  return {
    scope: scopeOf(actor),
    ...(from ? { from, start: localDayStart(from) } : {}),
    ...(to ? { to, end: localDayStart(addDays(to, 1)) } : {}),
    ...(query.branchId ? { branchId: query.branchId } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
  };
}
