// The Provision Map sheet: title, wave 1 strategies, then one row per pupil per intervention per scale with
// live Progress, Status and Cost per pupil.

import { a1, quoteSheet, type CellValue, type Grid } from '../grid.js';
import { lookupExact } from './formulas.js';
import { currencyFormat, TEXT_FORMAT } from './number-formats.js';
import {
  ENROLMENT_COL,
  enrolmentColumns,
  enrolmentIdentity,
  enrolmentKey,
  enrolmentRules,
  enrolmentValues,
  fillEnrolmentFormulas,
  PROVISION_MAP_COL,
  PROVISION_MAP_PREAMBLE_ROWS,
  type MapRows,
} from './enrolment-columns.js';
import { INTERVENTION_COL } from './interventions-sheet.js';
import type { RowIdentity } from './row-identity.js';
import type { ScaleCatalog } from './scale-ranges.js';
import { absoluteColumnRange, geometry, tableSheet } from './sheet-builder.js';
import { SHEET } from './sheet-names.js';
import {
  readTable,
  uniqueKeys,
  type ColumnSpec,
  type ExistingTable,
  type GeneratedRow,
  type TableRow,
} from './table.js';
import type { PlanValue, SheetPlan } from './types.js';

/** The label in A2 before the class's wave 1 teaching strategies. */
export const STRATEGIES_LABEL = 'Wave 1 teaching strategies:';

/**
 * The Provision Map's columns: the enrolment columns (Cost per pupil looks the intervention up on the
 * Interventions sheet), then the pupil's UPN and class.
 */
export function provisionMapColumns(currency: string): ColumnSpec[] {
  return [
    ...enrolmentColumns({
      header: 'Cost per pupil',
      kind: 'formula',
      width: 120,
      format: currencyFormat(currency),
      note: "The intervention's cost per pupil from the Interventions sheet (its cost shared between its pupils).",
    }),
    {
      header: 'UPN',
      kind: 'input',
      width: 120,
      format: TEXT_FORMAT,
      note: "The pupil's unique pupil number, where known: it tells apart two children with the same name.",
    },
    {
      header: 'Class',
      kind: 'input',
      width: 70,
      format: TEXT_FORMAT,
      note: "The pupil's class, where known: it tells apart two children with the same name.",
    },
  ];
}

/** The Provision Map read back: the table, the title and the strategies as they stand on the sheet. */
export interface ExistingProvisionMap {
  table: ExistingTable | null;
  title: CellValue;
  strategies: CellValue;
}

/** Reads an existing Provision Map sheet (null grid: the sheet does not exist yet). */
export function readProvisionMap(grid: Grid | null | undefined): ExistingProvisionMap {
  if (!grid) return { table: null, title: null, strategies: null };
  const table = readTable(
    grid,
    provisionMapColumns('').map((c) => c.header),
    4,
  );
  const above = table ? grid.values.slice(0, table.headerRow) : [];
  return { table, title: above[0]?.[0] ?? null, strategies: above[1]?.[1] ?? null };
}

/** Who a Provision Map row is about: intervention and scale, and the pupil told apart by UPN and class. */
export function provisionMapIdentity(values: readonly PlanValue[]): RowIdentity {
  return enrolmentIdentity(values, 0, PROVISION_MAP_COL);
}

/** Key of a Provision Map row: intervention, scale, pupil, UPN and class, compared loosely. */
export function provisionMapKey(values: readonly PlanValue[]): string {
  return enrolmentKey(values, 0, PROVISION_MAP_COL);
}

/**
 * Generated Provision Map rows for a map's enrolments: the enrolment cells, then the pupil's UPN and class
 * (keys made unique, so no enrolment is dropped). Merge them with `identify: provisionMapIdentity`.
 */
export function provisionMapRows(map: MapRows, catalog: ScaleCatalog): GeneratedRow[] {
  const pupils = new Map(map.pupils.map((p) => [p.id, p]));
  const cells = enrolmentValues(map, catalog);
  const rows = map.enrolments.map((e, i) => {
    const p = pupils.get(e.pupilId);
    const values: PlanValue[] = [...cells[i]!, p?.upn ?? null, p?.group ?? null];
    return { key: provisionMapKey(values), values };
  });
  return uniqueKeys(rows);
}

export interface ProvisionMapInput {
  title: PlanValue;
  /** The class's wave 1 teaching strategies, as one line of text. */
  strategies: PlanValue;
  rows: readonly TableRow[];
  extraHeaders: readonly string[];
  catalog: ScaleCatalog;
  /** Data rows on the Interventions sheet, for the Cost per pupil lookup. */
  interventionRows: number;
  currency: string;
}

/** The Provision Map sheet plan. Formula cells of `rows` are filled in. */
export function provisionMapSheet(p: ProvisionMapInput): SheetPlan {
  const columns = provisionMapColumns(p.currency);
  const g = geometry(PROVISION_MAP_PREAMBLE_ROWS, p.rows.length);
  fillEnrolmentFormulas(p.rows, g, 0, p.catalog);
  const ig = geometry(0, p.interventionRows);
  const names = absoluteColumnRange(ig, INTERVENTION_COL.intervention);
  const costs = absoluteColumnRange(ig, INTERVENTION_COL.costPerPupil);
  p.rows.forEach((row, i) => {
    const key = a1(g.firstRow + i, ENROLMENT_COL.intervention);
    row.values[ENROLMENT_COL.costPerPupil] = {
      formula:
        names && costs
          ? lookupExact(
              `${quoteSheet(SHEET.interventions)}!${names}`,
              `${quoteSheet(SHEET.interventions)}!${costs}`,
              key,
              ig.firstRow + 1,
            )
          : '""',
    };
  });
  const sheet = tableSheet({
    name: SHEET.provisionMap,
    preamble: [[p.title ?? 'Provision map'], [STRATEGIES_LABEL, p.strategies], []],
    columns,
    rows: p.rows,
    extraHeaders: p.extraHeaders,
  });
  sheet.styles.push({ range: 'A2', style: { bold: true } });
  const rules = enrolmentRules(p.rows, g, 0, p.catalog, { pupilDropdown: true, interventionDropdown: true });
  sheet.validations.push(...rules.validations);
  sheet.conditionalFormats.push(...rules.conditionalFormats);
  return sheet;
}
