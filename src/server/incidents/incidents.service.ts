import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  CreateIncidentSchema,
  Incident,
  IncidentCounts,
  IncidentCountsQuerySchema,
  MyNotes,
  PersonalDataWarning,
  UpdateIncidentSchema,
} from '../../shared/incidents.schema.ts';
import { EDIT_WINDOW_HOURS } from '../../shared/interactions.schema.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import { listBranches } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { nowIso, toIso } from '../db/dialect.ts';
import { AppError, notFound } from '../errors.ts';
import { eraseCheckInNotes, eraseIncidentCheckInNote, listCheckInRowsByAuthor } from './check-ins.repository.ts';
import { insertCheckIn, presentCheckIns } from './check-ins.service.ts';
import { checkPersonalData, resolveBranch } from './incident-rules.ts';
import {
  countByBranch,
  eraseAlertMessages,
  eraseIncidentNote,
  eraseIncidentNotes,
  findAlertRow,
  findIncidentRow,
  type IncidentRow,
  insertIncidentRow,
  listIncidentRowsByAuthor,
  updateIncidentRow,
} from './incidents.repository.ts';

type CreateIncident = z.output<typeof CreateIncidentSchema>;
type UpdateIncident = z.output<typeof UpdateIncidentSchema>;
type CountsQuery = z.output<typeof IncidentCountsQuerySchema>;

/** A clock a minute fast on the client is not "the future". */
const CLOCK_SKEW_MS = 60_000;
const DAY_MS = 86_400_000;
const DEFAULT_PERIOD_DAYS = 30;
const EDIT_WINDOW_MS = EDIT_WINDOW_HOURS * 3_600_000;

function editableUntil(row: IncidentRow, now: number): string | null {
  const until = Date.parse(toIso(row.created_at)) + EDIT_WINDOW_MS;
  return row.notes_erased_at === null && until > now ? new Date(until).toISOString() : null;
}

async function present(db: Database, context: RequestContext, rows: readonly IncidentRow[]): Promise<Incident[]> {
  const branchNames = new Map((await listBranches(db, context)).map((branch) => [branch.id, branch.name]));
  const checkInRows = (await listCheckInRowsByAuthor(db, context.actor.id)).filter((row) => row.incident_id !== null);
  const checkIns = await presentCheckIns(db, context, checkInRows);
  return rows.map((row) => ({
    id: row.id,
    branchId: row.branch_id,
    branchName: branchNames.get(row.branch_id) ?? '',
    occurredAt: toIso(row.occurred_at),
    createdAt: toIso(row.created_at),
    whatHappened: row.what_happened ?? '',
    whatHelped: row.what_helped ?? '',
    notesErased: row.notes_erased_at !== null,
    editableUntil: editableUntil(row, Date.now()),
    checkIn: checkIns.find((checkIn) => checkIn.incidentId === row.id) ?? null,
  }));
}

function occurredAt(input: Pick<CreateIncident, 'occurredAt'>, now: string): string {
  if (!input.occurredAt) return now;
  const at = new Date(input.occurredAt);
  if (at.getTime() > Date.parse(now) + CLOCK_SKEW_MS) throw new AppError('date_in_future', 400, {}, { field: 'occurredAt' });
  return at.toISOString();
}

async function alertBranchId(db: Database, alertId: string | undefined): Promise<string | undefined> {
  if (!alertId) return undefined;
  const alert = await findAlertRow(db, alertId);
  if (!alert) throw new AppError('not_found', 404, {}, { field: 'alertId' });
  return alert.branch_id;
}

/** The note after a difficult situation, and optionally the author's check-in, stored together or not at all. */
export async function createIncident(
  db: Database,
  context: RequestContext,
  input: CreateIncident,
): Promise<{ incident: Incident; warnings: PersonalDataWarning[] }> {
  assertCan(context.actor, 'incident:write');
  const warnings = checkPersonalData({
    whatHappened: input.whatHappened,
    whatHelped: input.whatHelped,
    'checkIn.reliefOther': input.checkIn?.reliefOther ?? '',
  });
  const branch = await resolveBranch(db, context, input.branchId ?? (await alertBranchId(db, input.alertId)));
  const now = nowIso();
  const row: IncidentRow = {
    id: uuidv7(),
    branch_id: branch.id,
    author_id: context.actor.id,
    alert_id: input.alertId ?? null,
    occurred_at: occurredAt(input, now),
    created_at: now,
    what_happened: input.whatHappened,
    what_helped: input.whatHelped,
    notes_erased_at: null,
  };
  return db.transaction().execute(async (trx) => {
    await insertIncidentRow(trx, row);
    if (input.checkIn) await insertCheckIn(trx, context.actor, input.checkIn, { incidentId: row.id, talkBranch: branch });
    const [incident] = await present(trx, context, [row]);
    if (!incident) throw notFound();
    return { incident, warnings };
  });
}

/** The author corrects the note within 24 hours of writing it; after that it is final. */
export async function updateIncident(
  db: Database,
  context: RequestContext,
  id: string,
  input: UpdateIncident,
): Promise<{ incident: Incident; warnings: PersonalDataWarning[] }> {
  assertCan(context.actor, 'incident:write');
  const warnings = checkPersonalData({ whatHappened: input.whatHappened ?? '', whatHelped: input.whatHelped ?? '' });
  return db.transaction().execute(async (trx) => {
    const row = await findIncidentRow(trx, id);
    if (!row || row.author_id !== context.actor.id) throw notFound();
    if (editableUntil(row, Date.now()) === null) throw new AppError('edit_window_closed', 409);
    const changes = {
      ...(input.occurredAt !== undefined ? { occurred_at: occurredAt(input, nowIso()) } : {}),
      ...(input.whatHappened !== undefined ? { what_happened: input.whatHappened } : {}),
      ...(input.whatHelped !== undefined ? { what_helped: input.whatHelped } : {}),
    };
    if (Object.keys(changes).length > 0) await updateIncidentRow(trx, id, changes);
    const [incident] = await present(trx, context, [{ ...row, ...changes }]);
    if (!incident) throw notFound();
    return { incident, warnings };
  });
}

/**
 * The author erases the text of their note (and of the check-in written with it) at any time, for
 * good. The incident still counts for the branch, as after the retention period. Erasing again
 * changes nothing.
 */
export async function eraseIncidentNoteOf(db: Database, context: RequestContext, id: string): Promise<Incident> {
  assertCan(context.actor, 'incident:write');
  return db.transaction().execute(async (trx) => {
    const row = await findIncidentRow(trx, id);
    if (!row || row.author_id !== context.actor.id) throw notFound();
    await eraseIncidentNote(trx, id, nowIso());
    await eraseIncidentCheckInNote(trx, id);
    const erased = await findIncidentRow(trx, id);
    const [incident] = erased ? await present(trx, context, [erased]) : [];
    if (!incident) throw notFound();
    return incident;
  });
}

/** Only the author reads an incident note; managers see counts, never the note. */
export async function readIncident(db: Database, context: RequestContext, id: string): Promise<Incident> {
  assertCan(context.actor, 'incident:write');
  const row = await findIncidentRow(db, id);
  if (!row || row.author_id !== context.actor.id) throw notFound();
  const [incident] = await present(db, context, [row]);
  if (!incident) throw notFound();
  return incident;
}

export async function myNotes(db: Database, context: RequestContext): Promise<MyNotes> {
  assertCan(context.actor, 'incident:write');
  const incidents = await present(db, context, await listIncidentRowsByAuthor(db, context.actor.id));
  const standalone = (await listCheckInRowsByAuthor(db, context.actor.id)).filter((row) => row.incident_id === null);
  return { incidents, checkIns: await presentCheckIns(db, context, standalone) };
}

function periodOf(query: CountsQuery): { from: string; to: string; start: string; end: string } {
  const to = query.to ?? new Date().toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(to) - (DEFAULT_PERIOD_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  if (from > to) throw new AppError('validation_failed', 400, { count: 1 }, { field: 'from' });
  return { from, to, start: `${from}T00:00:00.000Z`, end: new Date(Date.parse(to) + DAY_MS).toISOString() };
}

/** How many difficult situations per branch: managers see their branches, administrators all; never who or what. */
export async function incidentCounts(db: Database, context: RequestContext, query: CountsQuery): Promise<IncidentCounts> {
  const { actor } = context;
  assertCan(actor, 'incident:overview');
  const period = periodOf(query);
  const branches = (await listBranches(db, context)).filter((branch) => actor.role === 'admin' || actor.branchIds.includes(branch.id));
  const [incidents, alerts, talks] = await Promise.all([
    countByBranch(db, 'incidents', period),
    countByBranch(db, 'incident_alerts', period),
    countByBranch(db, 'talk_requests', period),
  ]);
  return {
    from: period.from,
    to: period.to,
    branches: branches.map((branch) => ({
      branchId: branch.id,
      branchName: branch.name,
      incidents: incidents.get(branch.id) ?? 0,
      alerts: alerts.get(branch.id) ?? 0,
      talkRequests: talks.get(branch.id) ?? 0,
    })),
  };
}

/**
 * For the retention job: erases the free text of incidents, colleague alerts and check-ins written
 * before the cutoff; the rows stay, so the counts per branch and period do not change.
 */
export async function eraseIncidentNotesBefore(
  db: Database,
  cutoff: Date | string,
): Promise<{ incidents: number; alerts: number; checkIns: number }> {
  const before = new Date(cutoff).toISOString();
  return db.transaction().execute(async (trx) => ({
    incidents: await eraseIncidentNotes(trx, before, nowIso()),
    alerts: await eraseAlertMessages(trx, before),
    checkIns: await eraseCheckInNotes(trx, before),
  }));
}
