import type { PracticeSettings } from '../../shared/practices.schema.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { readSetting, writeSetting } from './practice-settings.repository.ts';

const REVIEW_MONTHS_KEY = 'practices.review_months';
export const DEFAULT_REVIEW_MONTHS = 12;

export async function reviewMonths(db: Database): Promise<number> {
  const stored = Number(await readSetting(db, REVIEW_MONTHS_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_REVIEW_MONTHS;
}

/** The review-by date: the same day of the month, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const date = new Date(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString();
}

export async function reviewByFrom(db: Database, iso: string): Promise<string> {
  return addMonths(iso, await reviewMonths(db));
}

export async function readPracticeSettings(db: Database, context: RequestContext): Promise<PracticeSettings> {
  assertCan(context.actor, 'practice:settings');
  return { reviewMonths: await reviewMonths(db) };
}

export async function updatePracticeSettings(db: Database, context: RequestContext, input: PracticeSettings): Promise<PracticeSettings> {
  assertCan(context.actor, 'practice:settings');
  await writeSetting(db, REVIEW_MONTHS_KEY, String(input.reviewMonths), nowIso());
  return { reviewMonths: await reviewMonths(db) };
}
