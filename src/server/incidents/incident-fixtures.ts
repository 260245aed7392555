import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';

/** Test data written straight to the database, as another user would have left it. */
export async function insertTestIncident(db: Database, options: { authorId: string; branchId: string; at?: string }) {
  const id = uuidv7();
  const at = options.at ?? nowIso();
  await db
    .insertInto('incidents')
    .values({
      id,
      branch_id: options.branchId,
      author_id: options.authorId,
      alert_id: null,
      occurred_at: at,
      created_at: at,
      what_happened: 'Czytelnik podniósł głos przy ladzie.',
      what_helped: 'Spokojny ton i druga osoba obok.',
      notes_erased_at: null,
    })
    .execute();
  return { id };
}

export async function insertTestCheckIn(db: Database, options: { authorId: string; tension?: number; at?: string }) {
  const id = uuidv7();
  await db
    .insertInto('incident_check_ins')
    .values({
      id,
      author_id: options.authorId,
      incident_id: null,
      tension: options.tension ?? 4,
      reliefs: '["walk","other"]',
      relief_other: 'Herbata w pokoju socjalnym',
      wants_talk: 1,
      created_at: options.at ?? nowIso(),
    })
    .execute();
  return { id };
}

export async function insertTestTalkRequest(db: Database, options: { requesterId: string; branchId: string }) {
  const checkIn = await insertTestCheckIn(db, { authorId: options.requesterId });
  const id = uuidv7();
  await db
    .insertInto('talk_requests')
    .values({
      id,
      check_in_id: checkIn.id,
      requester_id: options.requesterId,
      branch_id: options.branchId,
      created_at: nowIso(),
      done_at: null,
      done_by: null,
    })
    .execute();
  return { id, checkInId: checkIn.id };
}
