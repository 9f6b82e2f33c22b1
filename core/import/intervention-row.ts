// Reads an intervention's audit details from a provision map row: size, schedule, staff, area, cost.

import type { Intervention } from '../model/types.js';
import { inferAreaOfNeed, parseAreaOfNeed } from './area-of-need.js';
import type { ImportContext } from './context.js';
import { parseDate } from './mis-values.js';
import { interventionKey } from './pupil-key.js';
import { parseRatio } from './ratio.js';
import { parseSchedule, unreadSchedule } from './schedule.js';
import { oneLine, textOf } from './text.js';

/** Interventions by id in the order first met. A later row fills in details an earlier one left blank. */
export class InterventionBook {
  private readonly byId = new Map<string, Intervention>();
  private readonly unreadArea = new Set<string>();

  /** The intervention named on `row`, created on first sight; this row's details fill its blanks. */
  read(ctx: ImportContext, row: number, name: string): Intervention {
    const id = interventionKey(name);
    let iv = this.byId.get(id);
    if (!iv) {
      iv = {
        id,
        name,
        area: null,
        groupSize: null,
        schedule: unreadSchedule(''),
        staff: null,
        costPerHour: null,
        start: null,
        end: null,
        source: { sheet: ctx.sheet, cell: ctx.address(row, 'intervention') },
      };
      this.byId.set(id, iv);
    }
    fillDetails(ctx, row, iv, this.unreadArea);
    return iv;
  }

  /**
   * Every intervention, in order. Those no row gave an area of need get one inferred from their name
   * (reported), unless a row gave an area that could not be read.
   */
  finish(ctx: ImportContext): Intervention[] {
    for (const iv of this.byId.values()) {
      if (iv.area !== null || this.unreadArea.has(iv.id)) continue;
      iv.area = inferAreaOfNeed(iv.name);
      if (iv.area !== null)
        ctx.report(
          'info',
          iv.source?.cell ?? '',
          'AREA_INFERRED',
          `No area of need was given for "${iv.name}"; from its name it was taken as ${iv.area}.`,
          'Add an "Area of need" column to say which area each intervention meets.',
        );
    }
    return [...this.byId.values()];
  }
}

function fillDetails(ctx: ImportContext, row: number, iv: Intervention, unreadArea: Set<string>): void {
  if (iv.groupSize === null) iv.groupSize = readGroupSize(ctx, row);
  if (iv.schedule.text === '') iv.schedule = readSchedule(ctx, row, iv.name);
  if (iv.staff === null) {
    const staff = oneLine(ctx.text(row, 'staff'));
    iv.staff = staff === '' ? null : staff;
  }
  if (iv.area === null && !unreadArea.has(iv.id)) {
    const area = readArea(ctx, row);
    if (area === 'unreadable') unreadArea.add(iv.id);
    else iv.area = area;
  }
  // Only a cost written in the sheet: evaluation falls back to the settings' rate for the staff named.
  if (iv.costPerHour === null) iv.costPerHour = readCost(ctx, row);
  if (iv.start === null) iv.start = readDate(ctx, row, 'start');
  if (iv.end === null) iv.end = readDate(ctx, row, 'end');
}

function readGroupSize(ctx: ImportContext, row: number): number | null {
  const v = ctx.value(row, 'groupSize');
  if (v === null || textOf(v) === '') return null;
  const size = parseRatio(v);
  if (size !== null) return size;
  // Typing 1:6 into a spreadsheet can turn it into a time of day (a Date, or a fraction of a day).
  const time = v instanceof Date || (typeof v === 'number' && v > 0 && v < 1);
  ctx.report(
    'warning',
    ctx.address(row, 'groupSize'),
    'UNKNOWN_RATIO',
    `"${textOf(v)}" is not a group size.`,
    time
      ? 'The spreadsheet turned the ratio into a time: format the column as plain text and type 1:6 again.'
      : 'Write the ratio of staff to pupils, such as 1:6 or 1:1, or the number of pupils in the group.',
  );
  return null;
}

function readSchedule(ctx: ImportContext, row: number, name: string): Intervention['schedule'] {
  const text = ctx.text(row, 'schedule');
  if (text === '') return unreadSchedule('');
  const cell = ctx.address(row, 'schedule');
  const schedule = parseSchedule(text, ctx.settings);
  if (schedule === null) {
    ctx.report(
      'warning',
      cell,
      'UNKNOWN_SCHEDULE',
      `"${oneLine(text)}" (${name}) could not be read as sessions, minutes and weeks.`,
      'Write it as sessions x minutes x weeks, such as "3 x 15 mins x 6 weeks" or "Daily x 10 mins for a term".',
    );
    return unreadSchedule(text);
  }
  const missing = [
    schedule.sessionsPerWeek === null ? 'sessions a week' : null,
    schedule.minutesPerSession === null ? 'minutes a session' : null,
    schedule.weeks === null ? 'number of weeks' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0)
    ctx.report(
      'info',
      cell,
      'UNKNOWN_SCHEDULE',
      `"${schedule.text}" (${name}) gives no ${missing.join(' or ')}, so its staff hours cannot be costed.`,
      'Add what is missing, such as "x 6 weeks" or "for a term".',
    );
  return schedule;
}

/** The area an Area of need cell names; null when blank, 'unreadable' (reported) when not an area. */
function readArea(ctx: ImportContext, row: number): Intervention['area'] | 'unreadable' {
  const text = oneLine(ctx.text(row, 'area'));
  if (text === '') return null;
  const reading = parseAreaOfNeed(text);
  if (reading.kind === 'area') return reading.area;
  ctx.report(
    'warning',
    ctx.address(row, 'area'),
    'IGNORED_CELL',
    reading.kind === 'several'
      ? `"${text}" names more than one area of need (${reading.areas.join('; ')}).`
      : `"${text}" is not one of the four areas of need.`,
    'Write the main area: C&I (communication and interaction), C&L (cognition and learning), SEMH, or sensory and/or physical.',
  );
  return 'unreadable';
}

function readCost(ctx: ImportContext, row: number): number | null {
  const v = ctx.value(row, 'costPerHour');
  if (v === null || textOf(v) === '') return null;
  const n =
    typeof v === 'number'
      ? v
      : Number(
          textOf(v)
            .replace(/^[£$€]\s*/, '')
            .replace(/,/g, ''),
        );
  if (Number.isFinite(n) && n >= 0) return n;
  ctx.report(
    'warning',
    ctx.address(row, 'costPerHour'),
    'UNKNOWN_NUMBER',
    `"${textOf(v)}" is not a cost per hour.`,
    'Write the cost of one staff hour as a number, such as 14.50.',
  );
  return null;
}

function readDate(ctx: ImportContext, row: number, field: 'start' | 'end'): string | null {
  const v = ctx.value(row, field);
  if (v === null || textOf(v) === '') return null;
  const date = parseDate(v);
  if (date === null)
    ctx.report(
      'warning',
      ctx.address(row, field),
      'UNKNOWN_DATE',
      `"${textOf(v)}" is not a date.`,
      'Write the date as dd/mm/yyyy (day first) or yyyy-mm-dd.',
    );
  return date;
}
