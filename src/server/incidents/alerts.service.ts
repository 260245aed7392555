import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { ColleagueAlertEvent } from '../../shared/events.schema.ts';
import type { AlertInputSchema, AlertReceipt } from '../../shared/incidents.schema.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import type { StaffEvents } from '../events/events.service.ts';
import { checkPersonalData, resolveBranch } from './incident-rules.ts';
import { insertAlertRow } from './incidents.repository.ts';

type AlertInput = z.output<typeof AlertInputSchema>;

/** "Call for a colleague": every other listening member of the branch is notified at once. */
export async function sendAlert(db: Database, events: StaffEvents, context: RequestContext, input: AlertInput): Promise<AlertReceipt> {
  const { actor } = context;
  assertCan(actor, 'incident:write');
  checkPersonalData({ message: input.message });
  const branch = await resolveBranch(db, context, input.branchId);
  const event: ColleagueAlertEvent = {
    type: 'colleague_alert',
    id: uuidv7(),
    sender: { id: actor.id, name: actor.name },
    branch: { id: branch.id, name: branch.name },
    message: input.message,
    sentAt: nowIso(),
  };
  const notified = await events.notifyBranch(branch.id, actor.id, event);
  await insertAlertRow(db, {
    id: event.id,
    branch_id: branch.id,
    sender_id: actor.id,
    message: input.message === '' ? null : input.message,
    notified,
    created_at: event.sentAt,
  });
  return { id: event.id, branchId: branch.id, branchName: branch.name, notified, sentAt: event.sentAt };
}
