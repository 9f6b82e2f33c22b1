// The School Map: every class map's enrolment rows collated, each with its source and the pupil's class,
// year, UPN, SEN, PP and EAL, with the same live Progress and Status as a class Provision Map.

import type { SchoolMap } from '../collate/index.js';
import type { Grid } from '../grid.js';
import {
  enrolmentColumns,
  enrolmentIdentity,
  enrolmentRules,
  enrolmentValues,
  fillEnrolmentFormulas,
  ENROLMENT_COL,
} from './enrolment-columns.js';
import { currencyFormat, TEXT_FORMAT } from './number-formats.js';
import { flagCell, pupilFlagValidations, yearCell } from './pupil-values.js';
import { identityKey, type RowIdentity } from './row-identity.js';
import type { ScaleCatalog } from './scale-ranges.js';
import { columnRange, geometry, tableSheet } from './sheet-builder.js';
import { SHEET } from './sheet-names.js';
import {
  keyOf,
  readTable,
  uniqueKeys,
  type ColumnSpec,
  type ExistingTable,
  type GeneratedRow,
  type TableRow,
} from './table.js';
import { cellOf } from './enrolment-columns.js';
import type { PlanValue, SheetPlan } from './types.js';

/** Column indexes of the School Map before its enrolment columns. */
export const SCHOOL_COL = { source: 0, group: 1, year: 2, upn: 3, sen: 4, pp: 5, eal: 6 } as const;
/** Where the enrolment columns start. */
export const SCHOOL_OFFSET = 7;

const PREFIX: readonly ColumnSpec[] = [
  {
    header: 'Source',
    kind: 'input',
    width: 140,
    format: TEXT_FORMAT,
    note: 'The class map (sheet) this row was collated from. Collating that map again replaces its rows.',
  },
  { header: 'Class', kind: 'input', width: 70, format: TEXT_FORMAT },
  { header: 'Year', kind: 'input', width: 50 },
  { header: 'UPN', kind: 'input', width: 120, format: TEXT_FORMAT },
  {
    header: 'SEN',
    kind: 'input',
    width: 50,
    note: 'N: no SEN. K: SEN support. E: education, health and care plan.',
  },
  { header: 'PP', kind: 'input', width: 45, note: 'Pupil premium: Y or N.' },
  { header: 'EAL', kind: 'input', width: 45, note: 'English as an additional language: Y or N.' },
];

/** The School Map's columns. Cost per pupil is the collated intervention's, as at the last run. */
export function schoolMapColumns(currency: string): ColumnSpec[] {
  return [
    ...PREFIX,
    ...enrolmentColumns({
      header: 'Cost per pupil',
      kind: 'computed',
      width: 120,
      format: currencyFormat(currency),
      note: "The intervention's cost shared between its pupils across the school, as at the last run of provmap.",
    }),
  ];
}

/**
 * Who a School Map row is about: its source, intervention and scale, and the pupil told apart by UPN and
 * class (as the Summary's formulas tell pupils apart: name, class and UPN).
 */
export function schoolMapIdentity(values: readonly PlanValue[]): RowIdentity {
  const id = enrolmentIdentity(values, SCHOOL_OFFSET, SCHOOL_COL);
  return { ...id, scope: `${keyOf([cellOf(values[SCHOOL_COL.source])])}\u0002${id.scope}` };
}

/** Key of a School Map row: its source, intervention, scale, pupil, UPN and class. */
export function schoolMapKey(values: readonly PlanValue[]): string {
  return identityKey(schoolMapIdentity(values));
}

/** Reads an existing School Map sheet (null when it does not exist or is blank). */
export function readSchoolMap(grid: Grid | null | undefined): ExistingTable | null {
  return grid
    ? readTable(
        grid,
        schoolMapColumns('').map((c) => c.header),
        5,
      )
    : null;
}

/** Generated rows for a school map, in its order (keys made unique); `costPerPupil` by intervention id. */
export function schoolMapRows(
  school: SchoolMap,
  catalog: ScaleCatalog,
  costPerPupil: ReadonlyMap<string, number | null>,
): GeneratedRow[] {
  const pupils = new Map(school.pupils.map((p) => [p.id, p]));
  const cells = enrolmentValues(school, catalog);
  const rows = school.enrolments.map((e, i) => {
    const p = pupils.get(e.pupilId);
    const enrolment = cells[i]!;
    enrolment[ENROLMENT_COL.costPerPupil] = costPerPupil.get(e.interventionId) ?? null;
    const values: PlanValue[] = [
      e.mapSource,
      p?.group ?? null,
      yearCell(p?.year ?? null),
      p?.upn ?? null,
      p?.sen ?? null,
      flagCell(p?.pp ?? null),
      flagCell(p?.eal ?? null),
      ...enrolment,
    ];
    return { key: schoolMapKey(values), values };
  });
  return uniqueKeys(rows);
}

/** The School Map sheet plan. Formula cells of `rows` are filled in. */
export function schoolMapSheet(
  rows: readonly TableRow[],
  extraHeaders: readonly string[],
  catalog: ScaleCatalog,
  currency: string,
): SheetPlan {
  const g = geometry(0, rows.length);
  fillEnrolmentFormulas(rows, g, SCHOOL_OFFSET, catalog);
  const sheet = tableSheet({
    name: SHEET.schoolMap,
    columns: schoolMapColumns(currency),
    rows,
    extraHeaders,
  });
  const col = (c: number): string | null => columnRange(g, c);
  if (!col(0)) return sheet;
  sheet.validations.push(
    ...pupilFlagValidations({
      sen: col(SCHOOL_COL.sen)!,
      pp: col(SCHOOL_COL.pp)!,
      eal: col(SCHOOL_COL.eal)!,
    }),
  );
  const rules = enrolmentRules(rows, g, SCHOOL_OFFSET, catalog, {
    pupilDropdown: false,
    interventionDropdown: false,
  });
  sheet.validations.push(...rules.validations);
  sheet.conditionalFormats.push(...rules.conditionalFormats);
  return sheet;
}
