// Applies a WorkbookPlan to an ExcelJS workbook in memory: owned sheets rebuilt (a teacher's own columns on
// them carried across), the rest untouched.

import type { Workbook } from 'exceljs';
import type { ApplyResult } from '../../core/host.js';
import { parseA1Range, a1Range, quoteSheet } from '../../core/grid.js';
import { ownedColumns } from '../../core/plan/owned-columns.js';
import type { NamedRangePlan, WorkbookPlan } from '../../core/plan/types.js';
import { checkPlan } from './plan-check.js';
import { teacherRules, writeConditionalFormats } from './conditional-format.js';
import { mergeTeacherBlocks, readTeacherColumns, writeTeacherColumns } from './teacher-columns.js';
import { writeSheet } from './write-sheet.js';
import { setTabOrder, tabOrder } from './exceljs-extras.js';
import type { SheetView } from './exceljs-extras.js';

/** Absolute A1 reference for a defined name: 'Provision Map'!$A$2:$A$14. */
export function absoluteRef(sheet: string, range: string): string {
  const r = parseA1Range(range);
  const abs = a1Range(r.top, r.left, r.bottom, r.right).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `${quoteSheet(sheet)}!${abs}`;
}

function replaceNames(wb: Workbook, names: readonly NamedRangePlan[]): void {
  if (names.length === 0) return;
  const planned = new Set(names.map((n) => n.name.toLowerCase()));
  wb.definedNames.model = wb.definedNames.model.filter((n) => !planned.has(n.name.toLowerCase()));
  for (const n of names) wb.definedNames.add(absoluteRef(n.sheet, n.range), n.name);
}

function showSheet(wb: Workbook, name: string | null): void {
  const sheets = wb.worksheets;
  const index = name === null ? -1 : sheets.findIndex((ws) => ws.name.toLowerCase() === name.toLowerCase());
  if (index < 0) return;
  // Exactly one selected tab: a teacher sheet left selected beside it would group the two sheets in Excel.
  sheets.forEach((ws, i) => {
    const views = ws.views ?? [];
    const view: SheetView = { ...(views[0] ?? {}), tabSelected: i === index };
    ws.views = [view, ...views.slice(1)];
  });
  const book = wb.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: 'visible' as const };
  wb.views = [{ ...book, firstSheet: 0, activeTab: index }];
}

/**
 * Writes `plan` into `wb`. Sheets named in the plan are replaced whole (in place if they exist, otherwise
 * added after every other sheet); conditional format rules a teacher added on them are kept, and so are the
 * formats, notes, dropdowns, merges and widths of columns a teacher added right of provmap's; sheets not in
 * the plan are not touched. Throws before changing anything when the plan breaks an xlsx rule. Callers that
 * need all-or-nothing apply to a copy (see XlsxHost) or write the result aside (see the file host).
 */
export function applyPlanToWorkbook(wb: Workbook, plan: WorkbookPlan): ApplyResult {
  checkPlan(
    plan,
    wb.worksheets.map((ws) => ws.name),
  );
  let cellsWritten = 0;
  for (const sheetPlan of plan.sheets) {
    const old = wb.worksheets.find((ws) => ws.name.toLowerCase() === sheetPlan.name.toLowerCase());
    const kept = old ? teacherRules(old) : [];
    const theirs = old ? readTeacherColumns(old, ownedColumns(sheetPlan)) : null;
    const orderNo = old ? tabOrder(old) : undefined;
    if (old) wb.removeWorksheet(old.id);
    const ws = wb.addWorksheet(sheetPlan.name);
    if (orderNo !== undefined) setTabOrder(ws, orderNo);
    if (theirs) writeTeacherColumns(ws, theirs);
    cellsWritten += writeSheet(ws, sheetPlan, theirs ? theirs.owned : Infinity);
    if (theirs) mergeTeacherBlocks(ws, theirs, sheetPlan);
    writeConditionalFormats(ws, sheetPlan.conditionalFormats, kept);
  }
  replaceNames(wb, plan.namedRanges);
  showSheet(wb, plan.activeSheet);
  return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten };
}
