import { v7 as uuidv7 } from 'uuid';
import type {
  CreateInteraction,
  Interaction,
  InteractionListQuery,
  InteractionPage,
  UpdateInteraction,
} from '../../shared/interactions.schema.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import type { InteractionsTable } from './interactions.table.ts';
import {
  assertNoPersonalData,
  assertOccurredAtInRange,
  canSee,
  checkedReferences,
  EDIT_WINDOW_MS,
  filterFor,
} from './interaction-rules.ts';
import {
  countInteractionRows,
  deleteInteractionRow,
  eraseNotesBefore,
  findInteractionRow,
  findStoredContact,
  type InteractionRow,
  insertContactOnce,
  listInteractionRows,
  loadDetails,
  replaceNeeds,
  replacePractices,
  toInteraction,
  updateInteractionRow,
} from './interactions.repository.ts';
import type { Channel, Need } from '../../shared/practices.schema.ts';
import { toIso } from '../db/dialect.ts';
import { listRowsWithoutPractice, type WithoutPracticeFilter } from './interactions.repository.ts';

async function present(db: Database, row: InteractionRow): Promise<Interaction> {
  return toInteraction(row, await loadDetails(db, [row.id]), EDIT_WINDOW_MS);
}

async function checkContent(db: Database, context: RequestContext, input: UpdateInteraction, reference: number, now: number) {
  assertNoPersonalData(input.note);
  if (input.occurredAt !== undefined) assertOccurredAtInRange(input.occurredAt, reference, now);
  return checkedReferences(db, context, input.branchId, input.practiceIds);
}

function newRow(context: RequestContext, input: CreateInteraction, now: number): InteractionsTable {
  const nowIso = new Date(now).toISOString();
  return {
    id: uuidv7(),
    client_id: input.clientId,
    author_id: context.actor.id,
    branch_id: input.branchId,
    channel: input.channel,
    attitude: input.attitude,
    effort: input.effort,
    outcome: input.outcome,
    return_suggestions: JSON.stringify(input.returnSuggestions),
    note: input.note,
    note_erased_at: null,
    occurred_at: input.occurredAt ? new Date(input.occurredAt).toISOString() : nowIso,
    created_at: nowIso,
    updated_at: nowIso,
  };
}

async function storedTwin(db: Database, context: RequestContext, clientId: string): Promise<Interaction | undefined> {
  const stored = await findStoredContact(db, context.actor.id, clientId);
  return stored ? toInteraction(stored.row, stored.details, EDIT_WINDOW_MS) : undefined;
}

/**
 * Idempotent by (author, client id): a retry answers with the stored entry and `created: false`, even
 * when its content would no longer pass (a time now too far back). Concurrent twins all reach the
 * insert; the unique index lets one through and the others read it back.
 */
export async function logInteraction(
  db: Database,
  context: RequestContext,
  input: CreateInteraction,
): Promise<{ created: boolean; interaction: Interaction }> {
  assertCan(context.actor, 'interaction:log');
  const now = Date.now();
  const checked = await checkContent(db, context, input, now, now).catch(async (error: unknown) => {
    const twin = await storedTwin(db, context, input.clientId);
    if (twin) return twin;
    throw error;
  });
  if (!('branch' in checked)) return { created: false, interaction: checked };
  const row = newRow(context, input, now);
  const created = await insertContactOnce(db, row, input.needs, input.practiceIds);
  const twin = created ? undefined : await storedTwin(db, context, input.clientId);
  if (twin) return { created: false, interaction: twin };
  const details = { needs: new Map([[row.id, [...input.needs].sort()]]), practices: new Map([[row.id, checked.practices ?? []]]) };
  const names = { author_name: context.actor.name, branch_name: checked.branch?.name ?? '' };
  return { created: true, interaction: toInteraction({ ...row, ...names }, details, EDIT_WINDOW_MS) };
}

export async function listInteractions(db: Database, context: RequestContext, query: InteractionListQuery): Promise<InteractionPage> {
  assertCan(context.actor, 'interaction:log');
  const filter = { ...filterFor(context.actor, query), ...(query.mine === 'true' ? { authorId: context.actor.id } : {}) };
  const [rows, total] = await Promise.all([
    listInteractionRows(db, filter, { limit: query.limit, offset: query.offset }),
    countInteractionRows(db, filter),
  ]);
  const details = await loadDetails(
    db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => toInteraction(row, details, EDIT_WINDOW_MS)), total, limit: query.limit, offset: query.offset };
}

/** Only the author, and only within the edit window; others who may see the entry get 403, the rest 404. */
async function editableRow(db: Database, context: RequestContext, id: string, now: number): Promise<InteractionRow> {
  assertCan(context.actor, 'interaction:log');
  const row = await findInteractionRow(db, id);
  if (!row || !canSee(context.actor, row)) throw notFound();
  if (row.author_id !== context.actor.id) throw forbidden();
  if (Date.parse(row.created_at) + EDIT_WINDOW_MS <= now) throw new AppError('edit_window_closed', 409);
  return row;
}

export async function correctInteraction(
  db: Database,
  context: RequestContext,
  id: string,
  input: UpdateInteraction,
): Promise<Interaction> {
  const now = Date.now();
  const row = await editableRow(db, context, id, now);
  await checkContent(db, context, input, Date.parse(row.created_at), now);
  await db.transaction().execute(async (trx) => {
    const { needs, practiceIds, returnSuggestions, occurredAt, branchId, ...plain } = input;
    await updateInteractionRow(trx, id, {
      ...plain,
      ...(branchId !== undefined ? { branch_id: branchId } : {}),
      ...(returnSuggestions !== undefined ? { return_suggestions: JSON.stringify(returnSuggestions) } : {}),
      ...(occurredAt !== undefined ? { occurred_at: new Date(occurredAt).toISOString() } : {}),
      updated_at: new Date(now).toISOString(),
    });
    if (needs !== undefined) await replaceNeeds(trx, id, needs);
    if (practiceIds !== undefined) await replacePractices(trx, id, practiceIds);
  });
  const updated = await findInteractionRow(db, id);
  if (!updated) throw notFound();
  return present(db, updated);
}

export async function deleteInteraction(db: Database, context: RequestContext, id: string): Promise<void> {
  await editableRow(db, context, id, Date.now());
  await db.transaction().execute((trx) => deleteInteractionRow(trx, id));
}

/** For the retention job: notes of contacts that happened before the cutoff are erased; the entries stay. */
export async function eraseInteractionNotesBefore(db: Database, cutoff: Date | string, now = new Date()): Promise<number> {
  return eraseNotesBefore(db, new Date(cutoff).toISOString(), now.toISOString());
}

export interface ContactWithoutPractice {
  branchId: string;
  channel: Channel;
  needs: Need[];
  note: string | null;
  occurredAt: string;
}

/** For the knowledge gaps, whose service checks access: contacts in a period where no practice was used. */
export async function listContactsWithoutPractice(db: Database, filter: WithoutPracticeFilter): Promise<ContactWithoutPractice[]> {
  const rows = await listRowsWithoutPractice(db, filter);
  const details = await loadDetails(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    branchId: row.branch_id,
    channel: row.channel,
    needs: details.needs.get(row.id) ?? [],
    note: row.note,
    occurredAt: toIso(row.occurred_at),
  }));
}
