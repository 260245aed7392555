import { describe, expect, it } from 'vitest';
import { addDays, localDayStart, localParts, localPeriod, localToday } from './library-time.ts';

describe('library time (Europe/Warsaw)', () => {
  it('tells the local hour, date and weekday in winter (UTC+1) and summer (UTC+2)', () => {
    expect(localParts('2026-01-15T23:30:00Z')).toEqual({ date: '2026-01-16', time: '00:30', hour: 0, weekday: 5 });
    expect(localParts('2026-07-15T06:05:00Z')).toEqual({ date: '2026-07-15', time: '08:05', hour: 8, weekday: 3 });
    expect(localParts('2026-11-29T12:00:00.123Z').weekday).toBe(7);
  });

  it('finds when a local day begins, also on the days the clocks change', () => {
    expect(localDayStart('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(localDayStart('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(localDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(localDayStart('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(localDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(localDayStart('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });

  it('turns inclusive local days into a half-open UTC range', () => {
    expect(localPeriod('2026-11-01', '2026-11-30')).toEqual({ start: '2026-10-31T23:00:00.000Z', end: '2026-11-30T23:00:00.000Z' });
    expect(localPeriod('2026-03-29', '2026-03-29')).toEqual({ start: '2026-03-28T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z' });
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it("knows today's local date shortly after midnight", () => {
    expect(localToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
