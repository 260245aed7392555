import type { TalkRequest } from '../../shared/incidents.schema.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import { listBranches } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { nowIso, toIso } from '../db/dialect.ts';
import { notFound } from '../errors.ts';
import {
  branchesWithManagers,
  findTalkRequestRow,
  listTalkRequestRows,
  markTalkRequestDone,
  personNames,
  type TalkRequestRow,
} from './check-ins.repository.ts';

/**
 * A request to talk is addressed to the managers of its branch; a branch without an active manager
 * sends it to the administrators, so no request goes unanswered.
 */
async function addressedBranchIds(db: Database, context: RequestContext): Promise<string[]> {
  const { actor } = context;
  assertCan(actor, 'incident:overview');
  if (actor.role !== 'admin') return [...actor.branchIds];
  const managed = await branchesWithManagers(db);
  return (await listBranches(db, context)).map((branch) => branch.id).filter((id) => !managed.has(id));
}

async function present(db: Database, context: RequestContext, rows: readonly TalkRequestRow[]): Promise<TalkRequest[]> {
  const names = await personNames(
    db,
    rows.flatMap((row) => [row.requester_id, row.done_by]),
  );
  const branchNames = new Map((await listBranches(db, context)).map((branch) => [branch.id, branch.name]));
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  return rows.map((row) => ({
    id: row.id,
    requester: person(row.requester_id),
    branchId: row.branch_id,
    branchName: branchNames.get(row.branch_id) ?? '',
    createdAt: toIso(row.created_at),
    doneAt: row.done_at ? toIso(row.done_at) : null,
    doneBy: row.done_by ? person(row.done_by) : null,
  }));
}

export async function listTalkRequests(
  db: Database,
  context: RequestContext,
  state: 'open' | 'done' | 'all',
): Promise<{ items: TalkRequest[]; total: number }> {
  const branchIds = await addressedBranchIds(db, context);
  const items = await present(db, context, await listTalkRequestRows(db, { branchIds, state }));
  return { items, total: items.length };
}

/** Marks a request addressed to the actor as done; done twice stays done the first time. */
export async function completeTalkRequest(db: Database, context: RequestContext, id: string): Promise<TalkRequest> {
  return db.transaction().execute(async (trx) => {
    const branchIds = await addressedBranchIds(trx, context);
    const row = await findTalkRequestRow(trx, id);
    if (!row || !branchIds.includes(row.branch_id)) throw notFound();
    await markTalkRequestDone(trx, id, context.actor.id, nowIso());
    const updated = await findTalkRequestRow(trx, id);
    const [request] = await present(trx, context, updated ? [updated] : []);
    if (!request) throw notFound();
    return request;
  });
}
