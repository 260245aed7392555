import { v7 as uuidv7 } from 'uuid';
import type { Branch, CreateBranchSchema, UpdateBranchSchema } from '../../shared/branches.schema.ts';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit.service.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { AppError, notFound } from '../errors.ts';
import {
  countExistingBranches,
  findBranchRow,
  findBranchRowByName,
  insertBranchRow,
  listBranchRows,
  toBranch,
  updateBranchRow,
} from './branches.repository.ts';

type CreateBranch = z.output<typeof CreateBranchSchema>;
type UpdateBranch = z.output<typeof UpdateBranchSchema>;

const BRANCH_FIELDS = ['name', 'address', 'phone'] as const;

export async function listBranches(db: Database, context: RequestContext): Promise<Branch[]> {
  assertCan(context.actor, 'branch:read');
  return (await listBranchRows(db)).map(toBranch);
}

export async function getBranch(db: Database, context: RequestContext, id: string): Promise<Branch> {
  assertCan(context.actor, 'branch:read');
  const row = await findBranchRow(db, id);
  if (!row) throw notFound();
  return toBranch(row);
}

async function assertNameFree(db: Database, name: string, exceptId?: string): Promise<void> {
  const existing = await findBranchRowByName(db, name);
  if (existing && existing.id !== exceptId) throw new AppError('branch_name_taken', 409, { name }, { field: 'name' });
}

/** Used by the CLI and the demo seed as well as the API: no actor, the caller is the operator. */
export async function insertBranch(db: Database, input: CreateBranch): Promise<Branch> {
  await assertNameFree(db, input.name);
  const now = nowIso();
  const row = { id: uuidv7(), name: input.name, address: input.address, phone: input.phone, created_at: now, updated_at: now };
  await insertBranchRow(db, row);
  return toBranch(row);
}

export async function createBranch(db: Database, context: RequestContext, input: CreateBranch): Promise<Branch> {
  assertCan(context.actor, 'branch:manage');
  return db.transaction().execute(async (trx) => {
    const branch = await insertBranch(trx, input);
    await recordAudit(trx, {
      actor: context.actor,
      action: 'branch.created',
      target: { type: 'branch', id: branch.id },
      ip: context.ip,
      details: { name: branch.name },
    });
    return branch;
  });
}

export async function updateBranch(db: Database, context: RequestContext, id: string, input: UpdateBranch): Promise<Branch> {
  assertCan(context.actor, 'branch:manage');
  return db.transaction().execute(async (trx) => {
    const before = await findBranchRow(trx, id);
    if (!before) throw notFound();
    if (input.name !== undefined) await assertNameFree(trx, input.name, id);
    await updateBranchRow(trx, id, { ...input, updated_at: nowIso() });
    const after = await findBranchRow(trx, id);
    if (!after) throw notFound();
    const changed = BRANCH_FIELDS.filter((field) => before[field] !== after[field]);
    await recordAudit(trx, {
      actor: context.actor,
      action: 'branch.updated',
      target: { type: 'branch', id },
      ip: context.ip,
      details: { changed },
    });
    return toBranch(after);
  });
}

export async function assertBranchesExist(db: Database, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if ((await countExistingBranches(db, unique)) !== unique.length) {
    throw new AppError('unknown_branch', 400, {}, { field: 'branchIds' });
  }
}
