// Writes one sheet plan onto an empty (just cleared or created) sheet in a fixed number of batched calls.

import type { CellStyle, SheetPlan, ValidationPlan } from '../../core/plan/types.js';
import { toSheetsInput } from './cell-input.js';
import { paint, rangesByValue } from './paint.js';
import { buildConditionalFormat, buildValidation } from './rules.js';

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

type StyleKey = keyof CellStyle;

/** One 2-D call per style property used, painted in plan order so later ranges win. */
function writeStyles(sheet: Sheet, plan: SheetPlan): void {
  const keys = new Set<StyleKey>();
  for (const s of plan.styles)
    for (const k of Object.keys(s.style) as StyleKey[]) if (s.style[k] !== undefined) keys.add(k);
  for (const key of keys) {
    const painted = paint(
      plan.styles
        .filter((s) => s.style[key] !== undefined)
        .map((s) => ({ range: s.range, value: s.style[key]! })),
    );
    if (!painted) continue;
    const range = sheet.getRange(1, 1, painted.rows, painted.cols);
    const g = painted.grid;
    switch (key) {
      case 'bold':
        range.setFontWeights(g.map((row) => row.map((v) => (v === null ? null : v ? 'bold' : 'normal'))));
        break;
      case 'italic':
        range.setFontStyles(g.map((row) => row.map((v) => (v === null ? null : v ? 'italic' : 'normal'))));
        break;
      case 'wrap':
        range.setWraps(g.map((row) => row.map((v) => v === true)));
        break;
      case 'fill':
        range.setBackgrounds(g.map((row) => row.map((v) => (v === null ? null : String(v)))));
        break;
      case 'fontColor':
        range.setFontColors(g.map((row) => row.map((v) => (v === null ? null : String(v)))));
        break;
      case 'horizontalAlignment':
        range.setHorizontalAlignments(
          g.map((row) => row.map((v) => (v === null ? null : (v as 'left' | 'center' | 'right')))),
        );
        break;
    }
  }
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

/** Column widths, one call per run of equal widths. */
function writeWidths(sheet: Sheet, widths: readonly number[]): void {
  for (const run of widthRuns(widths)) sheet.setColumnWidths(run.start + 1, run.count, run.width);
}

/** Validations with the same key share one built rule. */
export function validationKey(v: ValidationPlan): string {
  return JSON.stringify([v.rule, v.help]);
}

/**
 * Validation in one setDataValidations over the rectangle that holds it, each distinct rule built once
 * (Apps Script's RangeList has no setDataValidation). A whole-number rule is a formula relative to its
 * range's first cell, so it cannot be copied cell by cell: it goes on its own range, one call per planned
 * range, and plans emit those per column, never per pupil.
 */
function writeValidations(sheet: Sheet, plan: SheetPlan, ctx: WriteContext): void {
  const built = new Map<string, DataValidation>();
  const painted = paint(
    plan.validations
      .filter((v) => v.rule.kind !== 'whole-number')
      .map((v) => {
        const key = validationKey(v);
        let rule = built.get(key);
        if (!rule) built.set(key, (rule = buildValidation(ctx.app, ctx.ss, v)));
        return { range: v.range, value: rule };
      }),
  );
  if (painted) sheet.getRange(1, 1, painted.rows, painted.cols).setDataValidations(painted.grid);
  for (const v of plan.validations)
    if (v.rule.kind === 'whole-number')
      sheet.getRange(v.range).setDataValidation(buildValidation(ctx.app, ctx.ss, v));
}

/** Every note in one setNotes over the rectangle that holds them. */
function writeNotes(sheet: Sheet, plan: SheetPlan): void {
  const painted = paint(plan.notes.map((n) => ({ range: n.cell, value: n.text })));
  if (!painted) return;
  sheet
    .getRange(1, 1, painted.rows, painted.cols)
    .setNotes(painted.grid.map((row) => row.map((v) => v ?? '')));
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
  writeStyles(sheet, plan);
  writeValidations(sheet, plan, ctx);
  const ours = plan.conditionalFormats.map((cf) => buildConditionalFormat(ctx.app, sheet, cf));
  sheet.setConditionalFormatRules([...ctx.keptRules, ...ours]);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setFrozenColumns(plan.frozenColumns);
  writeWidths(sheet, plan.columnWidths);
  writeNotes(sheet, plan);
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
