// The part of an existing sheet provmap owns: its own columns (core's ownedColumns), every row. Right of
// them the teacher's formatting, notes, dropdowns, merges and column widths stay as they are; only values
// travel in the plan.

import { parseA1Range, type MergedRange } from '../../core/grid.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What to clear on an existing sheet before its plan is written. */
export interface OwnedArea {
  /** The sheet's size once grown for the plan. */
  rows: number;
  cols: number;
  /** provmap's columns, from A (all of them when `owned >= cols`). */
  owned: number;
  /** The teacher's merges that reach across the right edge of provmap's columns. */
  straddling: MergedRange[];
}

/**
 * Merges that cross from provmap's last column into the next one (a read: call it before any write). Only
 * a teacher makes merges on provmap's sheets; one reaching into provmap's columns is broken with them.
 */
export function straddlingMerges(sheet: Sheet, owned: number, rows: number, cols: number): MergedRange[] {
  if (owned >= cols || rows < 1) return [];
  return sheet
    .getRange(1, owned, rows, 2)
    .getMergedRanges()
    .map((m) => parseA1Range(m.getA1Notation()))
    .filter((m) => m.left < owned && m.right >= owned);
}

/**
 * Clears a sheet provmap is about to write over: every value (the plan holds the sheet's whole content, a
 * teacher's extra columns included), and formats, dropdowns, notes and merges in provmap's columns only.
 */
export function clearOwned(sheet: Sheet, area: OwnedArea): void {
  const whole = sheet.getRange(1, 1, area.rows, area.cols);
  if (area.owned >= area.cols) {
    whole.breakApart();
    whole.clear();
    whole.clearDataValidations();
    whole.clearNote();
    return;
  }
  whole.clearContent();
  for (const m of area.straddling)
    sheet.getRange(m.top + 1, m.left + 1, m.bottom - m.top + 1, m.right - m.left + 1).breakApart();
  const owned = sheet.getRange(1, 1, area.rows, area.owned);
  owned.breakApart();
  owned.clear({ formatOnly: true });
  owned.clearDataValidations();
  owned.clearNote();
}
