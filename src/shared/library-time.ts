/**
 * Calendar arithmetic in the library's time zone with the platform's Intl only: a day, an hour of
 * day and a weekday mean what they mean at the desk in Warsaw, also across DST changes.
 */
import { LIBRARY_TIME_ZONE } from './interactions.schema.ts';

export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  hour: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function fields(instant: Date, timeZone: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) result[part.type] = part.value;
  return result;
}

export function localParts(instant: Date | string, timeZone = LIBRARY_TIME_ZONE): LocalParts {
  const f = fields(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
  return {
    date: `${f.year}-${f.month}-${f.day}`,
    time: `${f.hour}:${f.minute}`,
    hour: Number(f.hour),
    weekday: WEEKDAYS[f.weekday ?? ''] ?? 1,
  };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const f = fields(new Date(instant), timeZone);
  const wall = Date.UTC(Number(f.year), Number(f.month) - 1, Number(f.day), Number(f.hour), Number(f.minute), Number(f.second));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a local day (YYYY-MM-DD) begins, as an ISO UTC string. */
export function localDayStart(date: string, timeZone = LIBRARY_TIME_ZONE): string {
  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  let instant = midnightAsUtc - offsetMs(midnightAsUtc, timeZone);
  instant = midnightAsUtc - offsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A period of whole local days, both ends inclusive, as a half-open UTC range [start, end). */
export function localPeriod(from: string, to: string, timeZone = LIBRARY_TIME_ZONE): { start: string; end: string } {
  return { start: localDayStart(from, timeZone), end: localDayStart(addDays(to, 1), timeZone) };
}

export function localToday(now: Date = new Date(), timeZone = LIBRARY_TIME_ZONE): string {
  return localParts(now, timeZone).date;
}
