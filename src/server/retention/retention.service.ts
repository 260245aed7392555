import type { FastifyBaseLogger } from 'fastify';
import {
  DEFAULT_RETENTION_DAYS,
  RetentionDaysSchema,
  type RetentionRun,
  RetentionRunSchema,
  type RetentionSettings,
  type UpdateRetentionSettings,
} from '../../shared/retention.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { eraseIncidentNotesBefore } from '../incidents/incidents.service.ts';
import { eraseInteractionNotesBefore } from '../interactions/interactions.service.ts';
import { eraseSearchQueriesBefore } from '../search/search.service.ts';
import { readSetting, writeSetting } from './retention.repository.ts';

const DAYS_KEY = 'retention.days';
const LAST_RUN_KEY = 'retention.last_run';
const DAY_MS = 86_400_000;
export const RETENTION_INTERVAL_MS = 3_600_000;

export async function retentionDays(db: Database): Promise<number> {
  const stored = RetentionDaysSchema.safeParse(Number(await readSetting(db, DAYS_KEY)));
  return stored.success ? stored.data : DEFAULT_RETENTION_DAYS;
}

async function lastRun(db: Database): Promise<RetentionRun | null> {
  const text = await readSetting(db, LAST_RUN_KEY);
  if (!text) return null;
  const parsed = RetentionRunSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/**
 * Erases free text older than the retention period through each feature's own erase function: notes
 * of contacts, of difficult situations (with colleague alerts and check-ins) and stored search
 * queries. Counts and categories stay. Idempotent, so instances running it at once do no harm.
 */
export async function runRetention(db: Database, now: Date = new Date()): Promise<RetentionRun> {
  const days = await retentionDays(db);
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const interactionNotes = await eraseInteractionNotesBefore(db, cutoff, now);
  const incidents = await eraseIncidentNotesBefore(db, cutoff);
  const searchQueries = await eraseSearchQueriesBefore(db, cutoff);
  const run: RetentionRun = {
    at: now.toISOString(),
    cutoff: cutoff.toISOString(),
    erased: {
      interactionNotes,
      incidentNotes: incidents.incidents,
      colleagueAlerts: incidents.alerts,
      checkInNotes: incidents.checkIns,
      searchQueries,
    },
  };
  await writeSetting(db, LAST_RUN_KEY, JSON.stringify(run), run.at);
  return run;
}

export async function readRetentionSettings(db: Database, context: RequestContext): Promise<RetentionSettings> {
  assertCan(context.actor, 'retention:manage');
  return { days: await retentionDays(db), lastRun: await lastRun(db) };
}

export async function updateRetentionSettings(
  db: Database,
  context: RequestContext,
  input: UpdateRetentionSettings,
): Promise<RetentionSettings> {
  assertCan(context.actor, 'retention:manage');
  const before = await retentionDays(db);
  await db.transaction().execute(async (trx) => {
    await writeSetting(trx, DAYS_KEY, String(input.days), nowIso());
    await recordAudit(trx, {
      actor: context.actor,
      action: 'settings.retention_changed',
      ip: context.ip,
      details: { from: before, to: input.days },
    });
  });
  return readRetentionSettings(db, context);
}

/** Runs now and then every hour; the timer does not keep the process alive. Returns a stop function. */
export function startRetentionSchedule(db: Database, log: FastifyBaseLogger, intervalMs = RETENTION_INTERVAL_MS): () => void {
  const tick = () => {
    runRetention(db)
      .then((run) => log.info({ retention: run }, 'retention run'))
      .catch((error: unknown) => log.error({ err: error }, 'retention run failed'));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
