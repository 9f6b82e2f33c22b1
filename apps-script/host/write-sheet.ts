// Writes one sheet plan onto a sheet whose own columns were just cleared (or a new one) in a fixed number of
// batched calls, touching nothing of the teacher's right of provmap's columns.

import type { SheetPlan, ValidationPlan } from '../../core/plan/types.js';
import { toSheetsInput } from './cell-input.js';
import { paint, rangesByValue, splitAt } from './paint.js';
import { buildConditionalFormat, buildValidation } from './rules.js';
import { writeStyles } from './write-styles.js';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Protections provmap adds carry this prefix, so a later run finds and replaces only its own. */
export const PROTECTION_PREFIX = 'provmap: ';

export interface WriteContext {
  app: App;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The sheet's conditional format rules that are not provmap's; they are kept, first. */
  keptRules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  /**
   * provmap's columns, from A (Infinity on a sheet made now). Right of them only planned cells are
   * written (a teacher's added column gets its header style, nothing else), and widths are left alone.
   */
  ownedColumns: number;
}

/** Values and formulas in one setValues; returns the number of cells written. */
function writeValues(sheet: Sheet, plan: SheetPlan): number {
  const rows = plan.values.length;
  const cols = plan.values.reduce((w, row) => Math.max(w, row.length), 0);
  if (rows === 0 || cols === 0) return 0;
  const matrix = plan.values.map((row) => Array.from({ length: cols }, (_, c) => toSheetsInput(row[c])));
  sheet.getRange(1, 1, rows, cols).setValues(matrix);
  return rows * cols;
}

/** One setNumberFormat per distinct format, over a range list (no format string needed for "automatic"). */
function writeNumberFormats(sheet: Sheet, plan: SheetPlan): void {
  const painted = paint(plan.numberFormats.map((f) => ({ range: f.range, value: f.format })));
  if (!painted) return;
  for (const { value, ranges } of rangesByValue(painted).values())
    sheet.getRangeList(ranges).setNumberFormat(value);
}

/** Runs of equal column widths (0-based first column), which Sheets sets in one call each. */
export function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    runs.push({ start, count: end - start + 1, width: widths[start]! });
    start = end + 1;
  }
  return runs;
}

/** Column widths of provmap's columns, one call per run of equal widths. */
function writeWidths(sheet: Sheet, widths: readonly number[], owned: number): void {
  for (const run of widthRuns(widths.slice(0, owned)))
    sheet.setColumnWidths(run.start + 1, run.count, run.width);
}

/** Validations with the same key share one built rule. */
export function validationKey(v: ValidationPlan): string {
  return JSON.stringify([v.rule, v.help]);
}

/**
 * Validation in one setDataValidations over the rectangle of provmap's columns that holds it, each distinct
 * rule built once (Apps Script's RangeList has no setDataValidation). A whole-number rule is a formula
 * relative to its range's first cell, so it cannot be copied cell by cell: it goes on its own range, one
 * call per planned range, and plans emit those per column, never per pupil. A rule planned right of
 * provmap's columns (plans put none there below the header rows) goes on its own ranges.
 */
function writeValidations(sheet: Sheet, plan: SheetPlan, ctx: WriteContext): void {
  const built = new Map<string, DataValidation>();
  const keys = new Map<DataValidation, string>();
  const painted = paint(
    plan.validations
      .filter((v) => v.rule.kind !== 'whole-number')
      .map((v) => {
        const key = validationKey(v);
        let rule = built.get(key);
        if (!rule) {
          built.set(key, (rule = buildValidation(ctx.app, ctx.ss, v)));
          keys.set(rule, key);
        }
        return { range: v.range, value: rule };
      }),
  );
  if (painted) {
    const { inside, outside } = splitAt(painted, ctx.ownedColumns, (rule) => keys.get(rule)!);
    if (inside) sheet.getRange(1, 1, inside.rows, inside.cols).setDataValidations(inside.grid);
    for (const { value, ranges } of outside.values())
      for (const range of ranges) sheet.getRange(range).setDataValidation(value);
  }
  for (const v of plan.validations)
    if (v.rule.kind === 'whole-number')
      sheet.getRange(v.range).setDataValidation(buildValidation(ctx.app, ctx.ss, v));
}

/** Every note of provmap's columns in one setNotes over the rectangle that holds them. */
function writeNotes(sheet: Sheet, plan: SheetPlan, owned: number): void {
  const painted = paint(plan.notes.map((n) => ({ range: n.cell, value: n.text })));
  if (!painted) return;
  const { inside, outside } = splitAt(painted, owned);
  if (inside)
    sheet
      .getRange(1, 1, inside.rows, inside.cols)
      .setNotes(inside.grid.map((row) => row.map((v) => v ?? '')));
  for (const { value, ranges } of outside.values())
    for (const range of ranges) sheet.getRange(range).setNote(value);
}

/**
 * Writes values, formats, styles, validation, conditional formats (keeping the teacher's rules), frozen
 * panes, widths, notes and warning-only protections. The number of calls depends on the plan's shape
 * (columns, rules, formats), never on the number of pupils. Returns the number of value cells written.
 */
export function writeSheet(sheet: Sheet, plan: SheetPlan, ctx: WriteContext): number {
  const written = writeValues(sheet, plan);
  // Formats go on after values, so every value is parsed the same way whatever its final format.
  writeNumberFormats(sheet, plan);
  writeStyles(sheet, plan, ctx.ownedColumns);
  writeValidations(sheet, plan, ctx);
  const ours = plan.conditionalFormats.map((cf) => buildConditionalFormat(ctx.app, sheet, cf));
  sheet.setConditionalFormatRules([...ctx.keptRules, ...ours]);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setFrozenColumns(plan.frozenColumns);
  writeWidths(sheet, plan.columnWidths, ctx.ownedColumns);
  writeNotes(sheet, plan, ctx.ownedColumns);
  return written;
}

/** Adds the plan's warning-only protections; returns them so a failed run can remove them again. */
export function protectSheet(
  sheet: Sheet,
  plan: SheetPlan,
  added: (p: GoogleAppsScript.Spreadsheet.Protection) => void,
): void {
  for (const p of plan.protections) {
    const protection = sheet.getRange(p.range).protect();
    added(protection);
    protection.setDescription(`${PROTECTION_PREFIX}${p.description}`).setWarningOnly(true);
  }
}
