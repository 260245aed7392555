import type { z } from 'zod';
import type { InteractionDefaults, UpdateInteractionDefaultsSchema } from '../../shared/interactions.schema.ts';
import { ChannelSchema } from '../../shared/practices.schema.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { allowedBranch } from './interaction-rules.ts';
import { findPreferences, savePreferences } from './user-preferences.repository.ts';

const storedChannel = ChannelSchema.catch('desk');

/** What the log dialog starts with: the remembered branch and channel, else the first own branch at the desk. */
export async function readInteractionDefaults(db: Database, context: RequestContext): Promise<InteractionDefaults> {
  assertCan(context.actor, 'interaction:log');
  const { actor } = context;
  const stored = await findPreferences(db, actor.id);
  const rememberedBranch = stored?.branch_id ?? null;
  const branchStillOwn = rememberedBranch !== null && (actor.role === 'admin' || actor.branchIds.includes(rememberedBranch));
  return {
    branchId: branchStillOwn ? rememberedBranch : (actor.branchIds[0] ?? null),
    channel: storedChannel.parse(stored?.channel ?? 'desk'),
  };
}

export async function saveInteractionDefaults(
  db: Database,
  context: RequestContext,
  input: z.output<typeof UpdateInteractionDefaultsSchema>,
): Promise<InteractionDefaults> {
  assertCan(context.actor, 'interaction:log');
  if (input.branchId !== null) await allowedBranch(db, context, input.branchId);
  await savePreferences(db, { user_id: context.actor.id, branch_id: input.branchId, channel: input.channel, updated_at: nowIso() });
  return readInteractionDefaults(db, context);
}
