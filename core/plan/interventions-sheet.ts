// The Interventions sheet: the provision audit (who delivers what, how often, at what cost) with live
// impact and cost figures over the Provision Map's rows.

import { hourlyRateFor } from '../evaluate/index.js';
import { a1, quoteSheet } from '../grid.js';
import type { ProvisionMap } from '../model/types.js';
import type { Settings } from '../settings.js';
import {
  AREA_LABELS,
  ENROLMENT_COL,
  groupSizeText,
  PROVISION_MAP_COL,
  PROVISION_MAP_PREAMBLE_ROWS,
} from './enrolment-columns.js';
import {
  countNumbersWhere,
  countWhere,
  distinctCount,
  eq,
  productOf,
  ratio,
  sumWhere,
  text,
} from './formulas.js';
import {
  currencyFormat,
  DATE_FORMAT,
  DECIMAL_FORMAT,
  PERCENT_FORMAT,
  TEXT_FORMAT,
  WHOLE_FORMAT,
} from './number-formats.js';
import { absoluteColumnRange, columnRange, geometry, tableSheet } from './sheet-builder.js';
import { AREAS_RANGE } from './scale-ranges.js';
import { SHEET } from './sheet-names.js';
import {
  keyOf,
  readTable,
  type ColumnSpec,
  type ExistingTable,
  type GeneratedRow,
  type TableRow,
} from './table.js';
import type { Grid } from '../grid.js';
import type { PlanValue, SheetPlan } from './types.js';

/** Column indexes of the Interventions sheet. */
export const INTERVENTION_COL = {
  intervention: 0,
  area: 1,
  groupSize: 2,
  schedule: 3,
  sessions: 4,
  minutes: 5,
  weeks: 6,
  staff: 7,
  costPerHour: 8,
  hours: 9,
  cost: 10,
  pupils: 11,
  assessed: 12,
  met: 13,
  percentMet: 14,
  meanProgress: 15,
  stepsGained: 16,
  costPerPupil: 17,
  costPerStep: 18,
  start: 19,
  end: 20,
} as const;

/** The Interventions sheet's columns. */
export function interventionsColumns(currency: string): ColumnSpec[] {
  const money = currencyFormat(currency);
  const f = (header: string, format: string, note: string, width = 85): ColumnSpec => ({
    header,
    kind: 'formula',
    width,
    format,
    note: `${note} Worked out by a formula from the Provision Map.`,
  });
  return [
    { header: 'Intervention', kind: 'input', width: 180, format: TEXT_FORMAT, wrap: true },
    { header: 'Area of need', kind: 'input', width: 170, wrap: true },
    { header: 'Group size', kind: 'input', width: 70, format: TEXT_FORMAT },
    { header: 'Frequency/duration', kind: 'input', width: 150, format: TEXT_FORMAT, wrap: true },
    { header: 'Sessions per week', kind: 'input', width: 80, format: WHOLE_FORMAT },
    { header: 'Minutes per session', kind: 'input', width: 80, format: WHOLE_FORMAT },
    { header: 'Weeks', kind: 'input', width: 60, format: WHOLE_FORMAT },
    { header: 'Staff', kind: 'input', width: 90, format: TEXT_FORMAT },
    {
      header: 'Cost per hour',
      kind: 'input',
      width: 80,
      format: money,
      note: "One staff hour. Filled from provmap's settings for the staff role when the map gave none; type your own.",
    },
    {
      header: 'Hours',
      kind: 'formula',
      width: 70,
      format: DECIMAL_FORMAT,
      note: 'Staff hours in all: sessions per week x minutes per session x weeks / 60.',
    },
    { header: 'Cost', kind: 'formula', width: 85, format: money, note: 'Hours x cost per hour.' },
    f(
      'Pupils',
      WHOLE_FORMAT,
      'Different pupils in this intervention on the Provision Map, told apart by name, UPN and class.',
      65,
    ),
    f('Assessed', WHOLE_FORMAT, 'Rows with both an entry and an exit grade (a progress figure).', 75),
    f('Met', WHOLE_FORMAT, "Rows whose status is 'met'.", 60),
    f(
      '% met',
      PERCENT_FORMAT,
      'Met as a share of the rows with an outcome (met, partly met or not met).',
      65,
    ),
    f('Mean progress', DECIMAL_FORMAT, 'Average progress in steps over the assessed rows.'),
    f('Steps gained', WHOLE_FORMAT, 'Progress in steps added up over the assessed rows.', 75),
    { header: 'Cost per pupil', kind: 'formula', width: 85, format: money, note: 'Cost / pupils.' },
    {
      header: 'Cost per step',
      kind: 'formula',
      width: 85,
      format: money,
      note: 'Cost / steps gained: what one step of progress cost. Blank when no steps were gained.',
    },
    { header: 'Start', kind: 'input', width: 95, format: DATE_FORMAT },
    { header: 'End', kind: 'input', width: 95, format: DATE_FORMAT },
  ];
}

/** Key of an Interventions row: its name, compared loosely. */
export function interventionRowKey(values: readonly PlanValue[]): string {
  const v = values[INTERVENTION_COL.intervention];
  return keyOf([v === undefined || (typeof v === 'object' && v !== null) ? null : v]);
}

/** Reads an existing Interventions sheet (null when it does not exist or is blank). */
export function readInterventions(grid: Grid | null | undefined): ExistingTable | null {
  return grid
    ? readTable(
        grid,
        interventionsColumns('').map((c) => c.header),
        4,
      )
    : null;
}

/** Generated rows for a map's interventions; Cost per hour falls back to the settings rate for the staff. */
export function interventionRows(
  map: Pick<ProvisionMap, 'interventions'>,
  settings: Pick<Settings, 'hourlyRates'>,
): GeneratedRow[] {
  return map.interventions.map((i) => {
    const values: PlanValue[] = interventionsColumns('').map(() => null);
    const s = i.schedule;
    values[INTERVENTION_COL.intervention] = i.name;
    values[INTERVENTION_COL.area] = i.area ? AREA_LABELS[i.area] : null;
    values[INTERVENTION_COL.groupSize] = groupSizeText(i.groupSize);
    values[INTERVENTION_COL.schedule] = s.text || null;
    values[INTERVENTION_COL.sessions] = s.sessionsPerWeek;
    values[INTERVENTION_COL.minutes] = s.minutesPerSession;
    values[INTERVENTION_COL.weeks] = s.weeks;
    values[INTERVENTION_COL.staff] = i.staff;
    values[INTERVENTION_COL.costPerHour] = i.costPerHour ?? hourlyRateFor(i.staff, settings.hourlyRates);
    values[INTERVENTION_COL.start] = i.start ? { date: i.start } : null;
    values[INTERVENTION_COL.end] = i.end ? { date: i.end } : null;
    return { key: interventionRowKey(values), values };
  });
}

export interface InterventionsInput {
  rows: readonly TableRow[];
  extraHeaders: readonly string[];
  /** Data rows on the Provision Map, which the figures are worked out over. */
  provisionMapRows: number;
  currency: string;
}

/** The Interventions sheet plan. Formula cells of `rows` are filled in. */
export function interventionsSheet(p: InterventionsInput): SheetPlan {
  const columns = interventionsColumns(p.currency);
  const g = geometry(0, p.rows.length);
  const pm = geometry(PROVISION_MAP_PREAMBLE_ROWS, p.provisionMapRows);
  const pmRange = (col: number): string | null => {
    const r = absoluteColumnRange(pm, col);
    return r ? `${quoteSheet(SHEET.provisionMap)}!${r}` : null;
  };
  const int = pmRange(ENROLMENT_COL.intervention);
  const pupil = pmRange(ENROLMENT_COL.pupil);
  const progress = pmRange(ENROLMENT_COL.progress);
  const status = pmRange(ENROLMENT_COL.status);
  // Pupils are told apart by name, UPN and class, as the core tells them apart by Pupil.id.
  const identity = [PROVISION_MAP_COL.upn, PROVISION_MAP_COL.group]
    .map(pmRange)
    .filter((r): r is string => r !== null);
  const C = INTERVENTION_COL;
  p.rows.forEach((row, i) => {
    const r = g.firstRow + i;
    const at = (col: number): string => a1(r, col);
    const set = (col: number, formula: string): void => {
      row.values[col] = { formula };
    };
    set(C.hours, productOf([at(C.sessions), at(C.minutes), at(C.weeks)], 60));
    set(C.cost, productOf([at(C.hours), at(C.costPerHour)]));
    if (int && pupil && progress && status) {
      const mine = eq(int, at(C.intervention));
      const outcomes = countWhere([
        mine,
        `((${status}="met")+(${status}="partly met")+(${status}="not met"))`,
      ]);
      set(C.pupils, distinctCount([{ range: int, values: [at(C.intervention)] }], [pupil, ...identity]));
      set(C.assessed, countNumbersWhere([mine], progress));
      set(C.met, countWhere([mine, eq(status, text('met'))]));
      set(C.percentMet, `IF(${outcomes}>0,${at(C.met)}/${outcomes},"")`);
      set(C.stepsGained, sumWhere([mine], progress));
    } else {
      for (const col of [C.pupils, C.assessed, C.met, C.stepsGained]) set(col, '0');
      set(C.percentMet, '""');
    }
    set(C.meanProgress, ratio(at(C.stepsGained), at(C.assessed)));
    set(C.costPerPupil, ratio(at(C.cost), at(C.pupils)));
    set(C.costPerStep, ratio(at(C.cost), at(C.stepsGained)));
  });
  const sheet = tableSheet({
    name: SHEET.interventions,
    columns,
    rows: p.rows,
    extraHeaders: p.extraHeaders,
    frozenColumns: 1,
  });
  const col = (c: number): string | null => columnRange(g, c);
  if (col(0)) {
    sheet.validations.push(
      {
        range: col(C.area)!,
        rule: { kind: 'list-from-range', source: AREAS_RANGE, strict: true },
        help: 'One of the four areas of need of the SEND Code of Practice.',
      },
      {
        range: col(C.sessions)!,
        rule: { kind: 'whole-number', min: 0, max: 50 },
        help: 'Sessions a week: a whole number from 0 to 50.',
      },
      {
        range: col(C.minutes)!,
        rule: { kind: 'whole-number', min: 1, max: 240 },
        help: 'Minutes per session: a whole number from 1 to 240.',
      },
      {
        range: col(C.weeks)!,
        rule: { kind: 'whole-number', min: 1, max: 52 },
        help: 'Weeks the intervention runs: a whole number from 1 to 52.',
      },
      {
        range: col(C.costPerHour)!,
        rule: { kind: 'decimal', min: 0, max: 1000 },
        help: 'Cost of one staff hour, for example 14.50.',
      },
      { range: col(C.start)!, rule: { kind: 'date' }, help: 'The date the intervention starts.' },
      {
        range: col(C.end)!,
        rule: { kind: 'date' },
        help: 'The date the intervention ends (or is reviewed).',
      },
    );
  }
  return sheet;
}
