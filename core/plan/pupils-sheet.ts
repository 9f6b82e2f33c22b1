// The Pupils sheet: one row per pupil with MIS details, dropdowns for the codes, and each pupil's running
// provision record as at the last run.

import type { Grid } from '../grid.js';
import type { Pupil } from '../model/types.js';
import { DATE_FORMAT, TEXT_FORMAT } from './number-formats.js';
import { FLAG_VALUES, flagCell, SEN_CODES, yearCell } from './pupil-values.js';
import { PUPIL_NAMES_RANGE } from './scale-ranges.js';
import { absoluteColumnRange, columnRange, geometry, tableSheet } from './sheet-builder.js';
import { identityKey, rowIdentity, type RowIdentity } from './row-identity.js';
import { SHEET } from './sheet-names.js';
import { cellOf } from './enrolment-columns.js';
import {
  readTable,
  uniqueKeys,
  type ColumnSpec,
  type ExistingTable,
  type GeneratedRow,
  type TableRow,
} from './table.js';
import type { NamedRangePlan, PlanValue, SheetPlan } from './types.js';

/** Column indexes of the Pupils sheet. */
export const PUPIL_COL = {
  pupil: 0,
  surname: 1,
  forename: 2,
  upn: 3,
  year: 4,
  group: 5,
  sen: 6,
  pp: 7,
  eal: 8,
  lookedAfter: 9,
  gender: 10,
  dateOfBirth: 11,
  record: 12,
} as const;

/** The Pupils sheet's columns. */
export const PUPILS_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Pupil', kind: 'input', width: 160, format: TEXT_FORMAT },
  { header: 'Surname', kind: 'input', width: 110, format: TEXT_FORMAT },
  { header: 'Forename', kind: 'input', width: 110, format: TEXT_FORMAT },
  { header: 'UPN', kind: 'input', width: 120, format: TEXT_FORMAT },
  { header: 'Year', kind: 'input', width: 50 },
  { header: 'Class', kind: 'input', width: 70, format: TEXT_FORMAT },
  {
    header: 'SEN',
    kind: 'input',
    width: 50,
    note: 'N: no SEN. K: SEN support. E: education, health and care plan.',
  },
  { header: 'PP', kind: 'input', width: 45, note: 'Pupil premium: Y or N.' },
  { header: 'EAL', kind: 'input', width: 45, note: 'English as an additional language: Y or N.' },
  { header: 'Looked after', kind: 'input', width: 70, note: 'Looked after child: Y or N.' },
  { header: 'Gender', kind: 'input', width: 70, format: TEXT_FORMAT },
  { header: 'Date of birth', kind: 'input', width: 95, format: DATE_FORMAT },
  {
    header: 'Provision record',
    kind: 'computed',
    width: 380,
    wrap: true,
    note: "The pupil's running record of provision (intervention, scale, entry -> exit, status), as at the last run of provmap. It is rewritten on every run, so add your own notes in a column of your own.",
  },
];

/** Who a Pupils row is about: the name, told apart by UPN and class. */
export function pupilRowIdentity(values: readonly PlanValue[]): RowIdentity {
  return rowIdentity(
    [],
    cellOf(values[PUPIL_COL.pupil]),
    cellOf(values[PUPIL_COL.upn]),
    cellOf(values[PUPIL_COL.group]),
  );
}

/** Key of a Pupils row: name, UPN and class, compared loosely. */
export function pupilRowKey(values: readonly PlanValue[]): string {
  return identityKey(pupilRowIdentity(values));
}

/** Reads an existing Pupils sheet (null when it does not exist or is blank). */
export function readPupils(grid: Grid | null | undefined): ExistingTable | null {
  return grid
    ? readTable(
        grid,
        PUPILS_COLUMNS.map((c) => c.header),
        3,
      )
    : null;
}

/**
 * Generated rows for pupils, one each (keys made unique); `records` holds each pupil's provision record
 * by pupil id. Merge them with `identify: pupilRowIdentity`.
 */
export function pupilRows(pupils: readonly Pupil[], records: ReadonlyMap<string, string>): GeneratedRow[] {
  const rows = pupils.map((p) => {
    const values: PlanValue[] = [
      p.name,
      null,
      null,
      p.upn,
      yearCell(p.year),
      p.group,
      p.sen,
      flagCell(p.pp),
      flagCell(p.eal),
      flagCell(p.lookedAfter),
      p.gender,
      p.dateOfBirth ? { date: p.dateOfBirth } : null,
      records.get(p.id) ?? null,
    ];
    return { key: pupilRowKey(values), values };
  });
  return uniqueKeys(rows);
}

/** The Pupils sheet plan and the named range of pupil names the Pupil dropdowns use. */
export function pupilsSheet(
  rows: readonly TableRow[],
  extraHeaders: readonly string[],
): { sheet: SheetPlan; namedRange: NamedRangePlan } {
  const g = geometry(0, rows.length);
  const sheet = tableSheet({
    name: SHEET.pupils,
    columns: PUPILS_COLUMNS,
    rows,
    extraHeaders,
    frozenColumns: 1,
  });
  const col = (c: number): string | null => columnRange(g, c);
  if (col(0)) {
    const list = (c: number, values: readonly string[], help: string): void => {
      sheet.validations.push({ range: col(c)!, rule: { kind: 'list', values, strict: true }, help });
    };
    list(PUPIL_COL.sen, SEN_CODES, 'N (no SEN), K (SEN support) or E (EHC plan).');
    list(PUPIL_COL.pp, FLAG_VALUES, 'Pupil premium: Y or N.');
    list(PUPIL_COL.eal, FLAG_VALUES, 'English as an additional language: Y or N.');
    list(PUPIL_COL.lookedAfter, FLAG_VALUES, 'Looked after: Y or N.');
    sheet.validations.push({
      range: col(PUPIL_COL.dateOfBirth)!,
      rule: { kind: 'date' },
      help: 'Date of birth.',
    });
  }
  const names = absoluteColumnRange(g, PUPIL_COL.pupil) ?? '$A$2:$A$2';
  return { sheet, namedRange: { name: PUPIL_NAMES_RANGE, sheet: SHEET.pupils, range: names } };
}
