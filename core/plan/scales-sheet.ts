// The Scales sheet: every scale the workbook uses as two columns (labels, steps 1..n) with named ranges,
// plus the list of scale names that feeds the Scale dropdowns.

import { a1Range, cellText, columnLetters, isBlank, type Grid } from '../grid.js';
import type { Scale } from '../scales/types.js';
import { HEADER_STYLE, COMPUTED_STYLE } from './palette.js';
import { AREA_LABELS } from './enrolment-columns.js';
import {
  AREAS_RANGE,
  SCALE_NAMES_RANGE,
  scaleNamed,
  scaleRanges,
  type ScaleCatalog,
} from './scale-ranges.js';
import { EXTRA_COLUMN_WIDTH, emptySheet } from './sheet-builder.js';
import { SHEET } from './sheet-names.js';
import { norm, toPlanValue } from './table.js';
import type { NamedRangePlan, PlanValue, SheetPlan } from './types.js';

const NAMES_HEADER = 'Scale names';
const AREAS_HEADER = 'Areas of need';
const STEP_HEADER = 'Step';

/** The scales an existing Scales sheet holds (by the names in its header row), in catalog order. */
export function scalesOnSheet(grid: Grid | null | undefined, catalog: ScaleCatalog): Scale[] {
  const header = grid?.values[0] ?? [];
  const ids = new Set(header.map((v) => scaleNamed(catalog, v)?.id).filter((id): id is string => !!id));
  return catalog.all().filter((s) => ids.has(s.id));
}

/** Columns of an existing Scales sheet that provmap did not write, kept whole after its own. */
function extraColumns(grid: Grid | null | undefined, catalog: ScaleCatalog): PlanValue[][] {
  if (!grid) return [];
  const header = grid.values[0] ?? [];
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const out: PlanValue[][] = [];
  for (let c = 0; c < width; c++) {
    const h = header[c] ?? null;
    const known =
      [norm(NAMES_HEADER), norm(AREAS_HEADER), norm(STEP_HEADER)].includes(norm(h)) ||
      scaleNamed(catalog, h) !== null;
    const column = grid.values.map((row) => row[c] ?? null);
    if (!known && !column.every(isBlank)) out.push(column.map(toPlanValue));
  }
  return out;
}

/**
 * The Scales sheet for the scales with `usedIds` (written in catalog order, so the sheet does not depend on
 * the order scales were met), and the named ranges formulas and dropdowns refer to.
 */
export function scalesSheet(
  catalog: ScaleCatalog,
  usedIds: Iterable<string>,
  existing?: Grid | null,
): { sheet: SheetPlan; namedRanges: NamedRangePlan[] } {
  const wanted = new Set(usedIds);
  const used = catalog.all().filter((s) => wanted.has(s.id));
  const names = catalog.all().map((s) => s.name);
  const areas = Object.values(AREA_LABELS);
  const columns: { header: string; cells: PlanValue[]; width: number }[] = [
    { header: NAMES_HEADER, cells: names, width: 170 },
    { header: AREAS_HEADER, cells: areas, width: 230 },
  ];
  const namedRanges: NamedRangePlan[] = [
    { name: SCALE_NAMES_RANGE, sheet: SHEET.scales, range: absoluteRange(0, names.length) },
    { name: AREAS_RANGE, sheet: SHEET.scales, range: absoluteRange(1, areas.length) },
  ];
  for (const scale of used) {
    const col = columns.length;
    const ranges = scaleRanges(scale);
    columns.push({ header: scale.name, cells: scale.steps.map((s) => s.label), width: 140 });
    columns.push({ header: STEP_HEADER, cells: scale.steps.map((_, i) => i + 1), width: 50 });
    namedRanges.push({
      name: ranges.labels,
      sheet: SHEET.scales,
      range: absoluteRange(col, scale.steps.length),
    });
    namedRanges.push({
      name: ranges.steps,
      sheet: SHEET.scales,
      range: absoluteRange(col + 1, scale.steps.length),
    });
  }
  const ownWidth = columns.length;
  for (const extra of extraColumns(existing, catalog))
    columns.push({ header: cellText(toCell(extra[0])), cells: extra.slice(1), width: EXTRA_COLUMN_WIDTH });

  const sheet = emptySheet(SHEET.scales);
  const height = Math.max(...columns.map((c) => c.cells.length));
  sheet.values = [columns.map((c) => c.header)];
  for (let r = 0; r < height; r++) sheet.values.push(columns.map((c) => c.cells[r] ?? null));
  trimRows(sheet.values);
  sheet.columnWidths = columns.map((c) => c.width);
  sheet.frozenRows = 1;
  sheet.styles.push({ range: a1Range(0, 0, 0, columns.length - 1), style: HEADER_STYLE });
  const ownHeight = Math.max(names.length, areas.length, ...used.map((s) => s.steps.length));
  sheet.styles.push({ range: a1Range(1, 0, ownHeight, ownWidth - 1), style: COMPUTED_STYLE });
  sheet.protections.push({
    range: a1Range(1, 0, ownHeight, ownWidth - 1),
    description: 'Scales: written by provmap from its settings. Change a scale in the settings, not here.',
  });
  sheet.notes.push({
    cell: 'A1',
    text:
      'Every scale provmap knows, and the four areas of need. Each scale this workbook uses follows as two columns: its grades, lowest ' +
      'first, and their step numbers. Dropdowns and formulas read these ranges, so change scales in ' +
      "provmap's settings rather than here.",
  });
  return { sheet, namedRanges };
}

function absoluteRange(col: number, length: number): string {
  const c = columnLetters(col);
  return `$${c}$2:$${c}$${Math.max(length, 1) + 1}`;
}

function toCell(value: PlanValue | undefined): string | number | boolean | null {
  return value === undefined || (typeof value === 'object' && value !== null) ? null : value;
}

/** Drops trailing all-blank rows, so the sheet is trimmed to its content. */
function trimRows(rows: PlanValue[][]): void {
  while (rows.length > 1 && rows[rows.length - 1]!.every((v) => v === null || v === '')) rows.pop();
}
