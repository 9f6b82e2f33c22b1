// The part of an existing sheet provmap owns: its own columns, every row. Right of them the teacher's
// formatting, notes, dropdowns, merges and column widths stay as they are; only values travel in the plan.

import { parseA1Range, type MergedRange } from '../../core/grid.js';
import type { SheetPlan } from '../../core/plan/types.js';
import { rangesOf } from './check-plan.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * How many columns, from A, provmap owns on a sheet: those of every range the plan styles, formats,
 * validates, protects or notes below its frozen header rows. Core carries columns a teacher added after
 * provmap's own, with their values and at most the header row's style, so they lie beyond. A plan with
 * nothing below its header rows owns every column it touches.
 */
export function ownedColumns(plan: SheetPlan): number {
  let below = 0;
  let any = 0;
  for (const r of rangesOf(plan)) {
    any = Math.max(any, r.right + 1);
    if (r.bottom >= plan.frozenRows) below = Math.max(below, r.right + 1);
  }
  if (below > 0) return below;
  if (any > 0) return any;
  return plan.values.reduce((w, row) => Math.max(w, row.length), 1);
}

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
