// Checks a plan against Sheets' rules before any write, and works out how big each sheet must be.

import { PlanError } from '../../core/errors.js';
import { parseA1Range, type MergedRange } from '../../core/grid.js';
import { formattedRanges } from '../../core/plan/owned-columns.js';
import type { SheetPlan, WorkbookPlan } from '../../core/plan/types.js';
import { toSheetsInput } from './cell-input.js';
import { HostLimitError, MAX_CELL_CHARS, MAX_LIST_ITEMS, MAX_SHEET_NAME } from './limits.js';

/** A plan's A1 range as a rectangle; a bad range is a bad plan. */
export function rectOf(a1: string, where: string): MergedRange {
  try {
    return parseA1Range(a1);
  } catch {
    throw new PlanError(`${where}: "${a1}" is not an A1 range.`);
  }
}

/** Rows and columns a sheet needs to hold everything its plan writes (at least 1 x 1). */
export interface Extent {
  rows: number;
  cols: number;
}

export function extentOf(sheet: SheetPlan, plan: WorkbookPlan): Extent {
  let rows = Math.max(1, sheet.values.length, sheet.frozenRows + 1);
  let cols = Math.max(1, sheet.columnWidths.length, sheet.frozenColumns + 1);
  for (const row of sheet.values) cols = Math.max(cols, row.length);
  const named = plan.namedRanges.filter((n) => n.sheet === sheet.name).map((n) => rectOf(n.range, n.name));
  for (const r of [...formattedRanges(sheet), ...named]) {
    rows = Math.max(rows, r.bottom + 1);
    cols = Math.max(cols, r.right + 1);
  }
  return { rows, cols };
}

/** Throws PlanError or HostLimitError for anything Sheets would refuse; writes nothing. */
export function checkPlan(plan: WorkbookPlan): void {
  const names = new Set<string>();
  for (const sheet of plan.sheets) {
    const name = sheet.name;
    if (name.trim() === '' || name.length > MAX_SHEET_NAME || /[[\]*?/\\:]/.test(name))
      throw new PlanError(`"${name}" cannot be a sheet name in Google Sheets.`);
    if (names.has(name.toLowerCase())) throw new PlanError(`The plan names sheet "${name}" twice.`);
    names.add(name.toLowerCase());
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const input = toSheetsInput(v);
        if (typeof input === 'string' && input.length > MAX_CELL_CHARS)
          throw new HostLimitError(
            `${name} row ${r + 1} column ${c + 1} holds ${input.length} characters; Google Sheets allows ${MAX_CELL_CHARS}.`,
          );
      }),
    );
    for (const n of sheet.notes)
      if (n.text.length > MAX_CELL_CHARS)
        throw new HostLimitError(`The note on ${name}!${n.cell} is too long.`);
    for (const v of sheet.validations)
      if (v.rule.kind === 'list' && v.rule.values.length > MAX_LIST_ITEMS)
        throw new HostLimitError(
          `The dropdown on ${name}!${v.range} has ${v.rule.values.length} items; Google Sheets allows ${MAX_LIST_ITEMS} (use a list from a range).`,
        );
    formattedRanges(sheet);
  }
  for (const n of plan.namedRanges) {
    if (!names.has(n.sheet.toLowerCase()))
      throw new PlanError(`Named range ${n.name} is on "${n.sheet}", which the plan does not write.`);
    rectOf(n.range, n.name);
  }
  if (plan.activeSheet !== null && !names.has(plan.activeSheet.toLowerCase()))
    throw new PlanError(`The plan shows "${plan.activeSheet}", which it does not write.`);
}
