import { v7 as uuidv7 } from 'uuid';
import type { CreateInteractionInput, Outcome } from '../../shared/interactions.schema.ts';
import type { Attitude, Channel, Need } from '../../shared/practices.schema.ts';
import type { Database } from '../db/database.ts';

/** A complete contact for the API; every call has a fresh client id. */
export function contactInput(branchId: string, overrides: Partial<CreateInteractionInput> = {}): CreateInteractionInput {
  return {
    clientId: uuidv7(),
    branchId,
    channel: 'desk',
    needs: ['loan'],
    attitude: 'friendly',
    effort: 2,
    outcome: 'resolved',
    ...overrides,
  };
}

export interface TestInteractionOptions {
  authorId: string;
  branchId: string;
  channel?: Channel;
  needs?: Need[];
  attitude?: Attitude;
  effort?: number;
  outcome?: Outcome;
  note?: string | null;
  practiceIds?: string[];
  occurredAt?: string;
  createdAt?: string;
}

/** Straight into the database, for data sets with chosen times (and entries older than the edit window). */
export async function insertTestInteraction(db: Database, options: TestInteractionOptions): Promise<string> {
  const id = uuidv7();
  const occurredAt = options.occurredAt ?? new Date().toISOString();
  const createdAt = options.createdAt ?? occurredAt;
  await db
    .insertInto('interactions')
    .values({
      id,
      client_id: uuidv7(),
      author_id: options.authorId,
      branch_id: options.branchId,
      channel: options.channel ?? 'desk',
      attitude: options.attitude ?? 'neutral',
      effort: options.effort ?? 1,
      outcome: options.outcome ?? 'resolved',
      return_suggestions: '[]',
      note: options.note ?? null,
      note_erased_at: null,
      occurred_at: occurredAt,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute();
  for (const need of options.needs ?? ['information']) {
    await db.insertInto('interaction_needs').values({ interaction_id: id, need }).execute();
  }
  for (const practiceId of options.practiceIds ?? []) {
    await db.insertInto('interaction_practices').values({ interaction_id: id, practice_id: practiceId }).execute();
  }
  return id;
}
