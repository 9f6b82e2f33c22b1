// The date an action calls today ("has this intervention ended?"). Core is pure except here: the clock is
// read only when a caller gave no date and an action needs one. Hosts pass their own (calendarDate).

import { SettingsError } from '../errors.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The calendar date (yyyy-mm-dd) of `now` in the time zone of the runtime reading it: what a host passes as
 * ActionInput.today, e.g. `calendarDate(new Date())`, so "today" is the school's day, not UTC's.
 */
export function calendarDate(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a yyyy-mm-dd date that is a day of the calendar. */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * The date an action takes as today: `today` when the caller gave one, else the calendar date of `clock()`
 * (by default the runtime's clock, the only clock read in core). Throws SettingsError for a `today` that
 * is not a yyyy-mm-dd date.
 */
export function resolveToday(today: string | undefined, clock: () => Date = () => new Date()): string {
  if (today === undefined) return calendarDate(clock());
  if (!isCalendarDate(today))
    throw new SettingsError(`today must be a date written yyyy-mm-dd, such as 2025-01-31 (not "${today}").`);
  return today;
}
