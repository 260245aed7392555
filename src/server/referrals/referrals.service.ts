import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { type Need, NeedSchema } from '../../shared/practices.schema.ts';
import { matchesAllWords } from '../../shared/fold-text.ts';
import type {
  CreateReferralSchema,
  Referral,
  ReferralCategory,
  ReferralList,
  ReferralListQuery,
  UpdateReferralSchema,
} from '../../shared/referrals.schema.ts';
import type { Actor, RequestContext } from '../auth/actor.ts';
import { assertCan, can } from '../auth/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listBranches } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { nowIso, toIso } from '../db/dialect.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import {
  deleteReferralRow,
  editorNames,
  findReferralRow,
  insertReferralRow,
  listReferralRows,
  type ReferralFilter,
  type ReferralRow,
  updateReferralRow,
} from './referrals.repository.ts';

type CreateReferral = z.output<typeof CreateReferralSchema>;
type UpdateReferral = z.output<typeof UpdateReferralSchema>;

/** Words a librarian may type for a category, in both languages, so "pomoc prawna" finds legal_aid. */
const CATEGORY_WORDS: Record<ReferralCategory, string> = {
  social_welfare: 'pomoc społeczna ośrodek pomocy społecznej OPS MOPS social welfare',
  legal_aid: 'nieodpłatna pomoc prawna porada prawna prawnik legal aid',
  employment: 'urząd pracy praca zatrudnienie employment job',
  library: 'biblioteka library',
  crisis_line: 'telefon zaufania kryzys wsparcie crisis line helpline',
  city_office: 'urząd miasta urząd dzielnicy city office',
  ngo: 'organizacja pozarządowa fundacja stowarzyszenie NGO',
  health: 'zdrowie przychodnia lekarz health clinic',
  other: 'inne other',
};

/**
 * Managers change the entries of their own branches and the library-wide ones (a library-wide entry
 * belongs to every branch, as with practices); administrators change all; librarians read.
 */
export function canEditReferral(actor: Actor, branchId: string | null): boolean {
  if (!can(actor, 'referral:manage')) return false;
  return actor.role === 'admin' || branchId === null || actor.branchIds.includes(branchId);
}

function parseNeeds(text: string): Need[] {
  const parsed = NeedSchema.array().safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : [];
}

function toReferral(row: ReferralRow, actor: Actor, names: Map<string, string>): Referral {
  const editor = row.updated_by ? { id: row.updated_by, name: names.get(row.updated_by) ?? '' } : null;
  return {
    id: row.id,
    branchId: row.branch_id,
    name: row.name,
    category: row.category,
    address: row.address,
    hours: row.hours,
    phone: row.phone,
    website: row.website,
    needs: parseNeeds(row.needs),
    note: row.note,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    updatedBy: editor,
    canEdit: canEditReferral(actor, row.branch_id),
  };
}

async function present(db: Database, actor: Actor, rows: readonly ReferralRow[]): Promise<Referral[]> {
  const names = await editorNames(
    db,
    rows.map((row) => row.updated_by),
  );
  return rows.map((row) => toReferral(row, actor, names));
}

function filterOf(actor: Actor, query: ReferralListQuery): ReferralFilter {
  const base = { category: query.category, need: query.need };
  if (query.branch === undefined) return { ...base, libraryWide: true };
  if (query.branch === 'library') return { ...base, branchIds: [], libraryWide: true };
  if (query.branch === 'mine') return { ...base, branchIds: actor.branchIds, libraryWide: true };
  return { ...base, branchIds: [query.branch], libraryWide: false };
}

function searchableText(row: ReferralRow): string {
  return [row.name, CATEGORY_WORDS[row.category], row.address, row.note].join(' ');
}

export async function listReferrals(db: Database, actor: Actor, query: ReferralListQuery): Promise<ReferralList> {
  assertCan(actor, 'referral:read');
  const rows = await listReferralRows(db, filterOf(actor, query));
  const q = query.q ?? '';
  const matching = rows
    .filter((row) => q === '' || matchesAllWords(searchableText(row), q))
    .sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  return { items: await present(db, actor, matching), total: matching.length };
}

export async function getReferral(db: Database, actor: Actor, id: string): Promise<Referral> {
  assertCan(actor, 'referral:read');
  const row = await findReferralRow(db, id);
  if (!row) throw notFound();
  const [referral] = await present(db, actor, [row]);
  if (!referral) throw notFound();
  return referral;
}

async function assertTargetBranch(db: Database, context: RequestContext, branchId: string | null): Promise<void> {
  if (!canEditReferral(context.actor, branchId)) throw forbidden();
  if (branchId === null) return;
  const branches = await listBranches(db, context);
  if (!branches.some((branch) => branch.id === branchId)) throw new AppError('unknown_branch', 400, {}, { field: 'branchId' });
}

/** Without an actor check: for the demo seed, where the operator acts. */
export async function insertReferral(db: Database, input: CreateReferral, editorId: string | null): Promise<ReferralRow> {
  const now = nowIso();
  const row: ReferralRow = {
    id: uuidv7(),
    branch_id: input.branchId,
    name: input.name,
    category: input.category,
    address: input.address,
    hours: input.hours,
    phone: input.phone,
    website: input.website,
    needs: JSON.stringify(input.needs),
    note: input.note,
    created_at: now,
    updated_at: now,
    updated_by: editorId,
  };
  await insertReferralRow(db, row);
  return row;
}

export async function createReferral(db: Database, context: RequestContext, input: CreateReferral): Promise<Referral> {
  assertCan(context.actor, 'referral:manage');
  return db.transaction().execute(async (trx) => {
    await assertTargetBranch(trx, context, input.branchId);
    const row = await insertReferral(trx, input, context.actor.id);
    await auditReferral(trx, context, 'referral.created', row.id, { name: row.name });
    return getReferral(trx, context.actor, row.id);
  });
}

function auditReferral(
  db: Database,
  context: RequestContext,
  action: 'referral.created' | 'referral.updated' | 'referral.deleted',
  id: string,
  details: Record<string, unknown>,
): Promise<void> {
  return recordAudit(db, { actor: context.actor, action, target: { type: 'referral', id }, ip: context.ip, details });
}

async function loadEditable(db: Database, actor: Actor, id: string): Promise<ReferralRow> {
  assertCan(actor, 'referral:manage');
  const row = await findReferralRow(db, id);
  if (!row) throw notFound();
  if (!canEditReferral(actor, row.branch_id)) throw forbidden();
  return row;
}

export async function updateReferral(db: Database, context: RequestContext, id: string, input: UpdateReferral): Promise<Referral> {
  return db.transaction().execute(async (trx) => {
    const before = await loadEditable(trx, context.actor, id);
    if (input.branchId !== undefined) await assertTargetBranch(trx, context, input.branchId);
    const { needs, branchId, ...rest } = input;
    await updateReferralRow(trx, id, {
      ...rest,
      ...(branchId !== undefined ? { branch_id: branchId } : {}),
      ...(needs !== undefined ? { needs: JSON.stringify(needs) } : {}),
      updated_at: nowIso(),
      updated_by: context.actor.id,
    });
    await auditReferral(trx, context, 'referral.updated', id, { name: input.name ?? before.name, changed: Object.keys(input) });
    return getReferral(trx, context.actor, id);
  });
}

export async function deleteReferral(db: Database, context: RequestContext, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await loadEditable(trx, context.actor, id);
    await deleteReferralRow(trx, id);
    await auditReferral(trx, context, 'referral.deleted', id, { name: row.name });
  });
}
