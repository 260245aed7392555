import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { Branch } from '../../shared/branches.schema.ts';
import {
  type CheckIn,
  type CheckInInputSchema,
  type PersonalDataWarning,
  type Relief,
  ReliefSchema,
} from '../../shared/incidents.schema.ts';
import type { Actor, RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import { listBranches } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { nowIso, toIso } from '../db/dialect.ts';
import { notFound } from '../errors.ts';
import {
  type CheckInRow,
  eraseCheckInNote,
  findCheckInRow,
  insertCheckInRow,
  insertTalkRequestRow,
  talkRequestRowsOf,
} from './check-ins.repository.ts';
import { checkPersonalData, resolveBranch } from './incident-rules.ts';

export type CheckInInput = Omit<z.output<typeof CheckInInputSchema>, 'branchId'>;

function parseReliefs(text: string): Relief[] {
  const parsed = ReliefSchema.array().safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : [];
}

/** The check-ins with their talk requests, for their author only. */
export async function presentCheckIns(db: Database, context: RequestContext, rows: readonly CheckInRow[]): Promise<CheckIn[]> {
  const requests = await talkRequestRowsOf(
    db,
    rows.map((row) => row.id),
  );
  const branchNames = new Map((await listBranches(db, context)).map((branch) => [branch.id, branch.name]));
  return rows.map((row) => {
    const request = requests.find((candidate) => candidate.check_in_id === row.id);
    return {
      id: row.id,
      incidentId: row.incident_id,
      createdAt: toIso(row.created_at),
      tension: row.tension,
      reliefs: parseReliefs(row.reliefs),
      reliefOther: row.relief_other ?? '',
      wantsTalk: row.wants_talk === 1,
      talkRequest: request
        ? {
            branchId: request.branch_id,
            branchName: branchNames.get(request.branch_id) ?? '',
            createdAt: toIso(request.created_at),
            doneAt: request.done_at ? toIso(request.done_at) : null,
          }
        : null,
    };
  });
}

/** Stores a check-in (inside the caller's transaction); a wish to talk becomes a request to the branch's managers. */
export async function insertCheckIn(
  db: Database,
  actor: Actor,
  input: CheckInInput,
  options: { incidentId: string | null; talkBranch: Branch | undefined },
): Promise<string> {
  const id = uuidv7();
  const now = nowIso();
  await insertCheckInRow(db, {
    id,
    author_id: actor.id,
    incident_id: options.incidentId,
    tension: input.tension,
    reliefs: JSON.stringify(input.reliefs),
    relief_other: input.reliefOther === '' ? null : input.reliefOther,
    wants_talk: input.wantsTalk ? 1 : 0,
    created_at: now,
  });
  if (input.wantsTalk && options.talkBranch) {
    const request = { id: uuidv7(), check_in_id: id, requester_id: actor.id, branch_id: options.talkBranch.id, created_at: now };
    await insertTalkRequestRow(db, { ...request, done_at: null, done_by: null });
  }
  return id;
}

export async function createCheckIn(
  db: Database,
  context: RequestContext,
  input: z.output<typeof CheckInInputSchema>,
): Promise<{ checkIn: CheckIn; warnings: PersonalDataWarning[] }> {
  assertCan(context.actor, 'incident:write');
  const warnings = checkPersonalData({ reliefOther: input.reliefOther });
  const talkBranch = input.wantsTalk ? await resolveBranch(db, context, input.branchId) : undefined;
  return db.transaction().execute(async (trx) => {
    const id = await insertCheckIn(trx, context.actor, input, { incidentId: null, talkBranch });
    return { checkIn: await readCheckIn(trx, context, id), warnings };
  });
}

/** The author erases their own words in a check-in ("what else helps") for good; the rest stays. */
export async function eraseOwnCheckInNote(db: Database, context: RequestContext, id: string): Promise<CheckIn> {
  assertCan(context.actor, 'incident:write');
  return db.transaction().execute(async (trx) => {
    const row = await findCheckInRow(trx, id);
    if (!row || row.author_id !== context.actor.id) throw notFound();
    await eraseCheckInNote(trx, id);
    return readCheckIn(trx, context, id);
  });
}

/** Only the author reads a check-in; for anyone else, administrators included, it does not exist. */
export async function readCheckIn(db: Database, context: RequestContext, id: string): Promise<CheckIn> {
  assertCan(context.actor, 'incident:write');
  const row = await findCheckInRow(db, id);
  if (!row || row.author_id !== context.actor.id) throw notFound();
  const [checkIn] = await presentCheckIns(db, context, [row]);
  if (!checkIn) throw notFound();
  return checkIn;
}
