import type { InteractionExportQuery, InteractionStats, InteractionStatsQuery } from '../../shared/interactions.schema.ts';
import { EFFORT_LEVELS, LIBRARY_TIME_ZONE, OUTCOMES } from '../../shared/interactions.schema.ts';
import { localParts } from '../../shared/library-time.ts';
import { ATTITUDES, CHANNELS, NEEDS } from '../../shared/practices.schema.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import {
  type Count,
  countByBranch,
  countByColumn,
  countByNeed,
  countByUtcHour,
  countWithoutPractice,
} from './interaction-stats.repository.ts';
import { EDIT_WINDOW_MS, filterFor, type PeriodFilter } from './interaction-rules.ts';
import { interactionsCsv } from './interactions-csv.ts';
import { type InteractionFilter, listInteractionRows, loadDetails, toInteraction } from './interactions.repository.ts';

/** Without dates, statistics and exports cover the last 30 days up to today. */
export const DEFAULT_PERIOD_DAYS = 30;
const EXPORT_CHUNK = 1000;

/** Every category appears, with 0 when nothing was counted, so charts keep a stable shape. */
function complete<K extends string | number>(keys: readonly K[], counts: readonly Count<string | number>[]): Count<K>[] {
  const found = new Map(counts.map((count) => [String(count.key), count.count]));
  return keys.map((key) => ({ key, count: found.get(String(key)) ?? 0 }));
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

function byLocalTime(utcHours: readonly Count<string>[]) {
  const hours = new Map<number, number>();
  const weekdays = new Map<number, number>();
  for (const { key, count } of utcHours) {
    const local = localParts(`${key}:00:00Z`);
    hours.set(local.hour, (hours.get(local.hour) ?? 0) + count);
    weekdays.set(local.weekday, (weekdays.get(local.weekday) ?? 0) + count);
  }
  return {
    byHour: HOURS.map((key) => ({ key, count: hours.get(key) ?? 0 })),
    byWeekday: WEEKDAYS.map((key) => ({ key, count: weekdays.get(key) ?? 0 })),
  };
}

function scopeName(filter: InteractionFilter): InteractionStats['scope'] {
  return filter.scope.kind;
}

export async function interactionStats(db: Database, context: RequestContext, query: InteractionStatsQuery): Promise<InteractionStats> {
  assertCan(context.actor, 'interaction:log');
  const filter = filterFor(context.actor, query, DEFAULT_PERIOD_DAYS);
  const [channels, needs, attitudes, outcomes, efforts, utcHours, branches, withoutPractice] = await Promise.all([
    countByColumn(db, filter, 'channel'),
    countByNeed(db, filter),
    countByColumn(db, filter, 'attitude'),
    countByColumn(db, filter, 'outcome'),
    countByColumn(db, filter, 'effort'),
    countByUtcHour(db, filter),
    countByBranch(db, filter),
    countWithoutPractice(db, filter),
  ]);
  return {
    from: filter.from ?? '',
    to: filter.to ?? '',
    timeZone: LIBRARY_TIME_ZONE,
    scope: scopeName(filter),
    total: channels.reduce((sum, count) => sum + count.count, 0),
    withoutPractice,
    byChannel: complete(CHANNELS, channels),
    byNeed: complete(NEEDS, needs),
    byAttitude: complete(ATTITUDES, attitudes),
    byOutcome: complete(OUTCOMES, outcomes),
    byEffort: complete(EFFORT_LEVELS, efforts),
    ...byLocalTime(utcHours),
    byBranch: branches,
  };
}

async function* exportedEntries(db: Database, filter: PeriodFilter) {
  for (let offset = 0; ; offset += EXPORT_CHUNK) {
    const rows = await listInteractionRows(db, filter, { limit: EXPORT_CHUNK, offset });
    const details = await loadDetails(
      db,
      rows.map((row) => row.id),
    );
    yield rows.map((row) => toInteraction(row, details, EDIT_WINDOW_MS));
    if (rows.length < EXPORT_CHUNK) return;
  }
}

export async function exportInteractions(
  db: Database,
  context: RequestContext,
  query: InteractionExportQuery,
): Promise<{ fileName: string; csv: string }> {
  assertCan(context.actor, 'interaction:log');
  const filter = filterFor(context.actor, query, DEFAULT_PERIOD_DAYS);
  const entries = [];
  for await (const chunk of exportedEntries(db, filter)) entries.push(...chunk);
  const csv = interactionsCsv(entries.reverse(), { withNotes: query.notes === 'true', delimiter: query.delimiter === 'comma' ? ',' : ';' });
  return { fileName: `kontakty-${filter.from}-${filter.to}.csv`, csv };
}
