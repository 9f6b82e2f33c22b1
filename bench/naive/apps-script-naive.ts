// The baseline: an Apps Script add-on written the usual way, one cell at a time. It reads with
// getRange(r, c).getValue(), writes with setValue, and sets validation cell by cell. It does the same work as
// provmap's adapter on the same fake, so the two call counts compare like for like.

import { parseA1Range, type CellValue, type Grid } from '../../core/grid.js';
import type { ApplyResult, SheetInfo, WorkbookHost } from '../../core/host.js';
import type { PlanValue, SheetPlan, ValidationRule, WorkbookPlan } from '../../core/plan/types.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function cellsOf(range: string): [number, number][] {
  const { top, left, bottom, right } = parseA1Range(range);
  const out: [number, number][] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push([r, c]);
  return out;
}

function input(v: PlanValue): unknown {
  if (v === null) return '';
  if (typeof v === 'object') return 'formula' in v ? `=${v.formula}` : new Date(`${v.date}T00:00:00Z`);
  // The usual way guards text with a leading apostrophe, the one precaution most add-ons take.
  return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
}

function validation(app: App, ss: Spreadsheet, rule: ValidationRule, help: string) {
  const b = app.newDataValidation().setHelpText(help);
  switch (rule.kind) {
    case 'list-from-range': {
      const named = ss.getRangeByName(rule.source);
      const range = named ?? ss.getRange(rule.source);
      return b.requireValueInRange(range, true).setAllowInvalid(!rule.strict).build();
    }
    case 'list':
      return b
        .requireValueInList([...rule.values], true)
        .setAllowInvalid(!rule.strict)
        .build();
    case 'whole-number':
    case 'decimal':
      return b.requireNumberBetween(rule.min, rule.max).build();
    case 'date':
      return b.requireDate().build();
  }
}

function writeValues(ss: Spreadsheet, plan: SheetPlan): number {
  const sheet = ss.getSheetByName(plan.name) ?? ss.insertSheet(plan.name);
  const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  all.clear();
  all.clearDataValidations();
  all.clearNote();
  sheet.setConditionalFormatRules([]);
  const rows = plan.values.length;
  const cols = Math.max(1, ...plan.values.map((r) => r.length));
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < cols)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  let cells = 0;
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      sheet.getRange(r + 1, c + 1).setValue(input(v));
      cells++;
    }),
  );
  return cells;
}

function writeRest(app: App, ss: Spreadsheet, plan: SheetPlan): void {
  const sheet = ss.getSheetByName(plan.name)!;
  for (const nf of plan.numberFormats)
    for (const [r, c] of cellsOf(nf.range)) sheet.getRange(r + 1, c + 1).setNumberFormat(nf.format);
  for (const v of plan.validations) {
    const rule = validation(app, ss, v.rule, v.help);
    for (const [r, c] of cellsOf(v.range)) sheet.getRange(r + 1, c + 1).setDataValidation(rule);
  }
  for (const s of plan.styles) {
    const range = sheet.getRange(s.range);
    if (s.style.bold) range.setFontWeight('bold');
    if (s.style.italic) range.setFontStyle('italic');
    if (s.style.wrap) range.setWrap(true);
    if (s.style.fill) range.setBackground(s.style.fill);
    if (s.style.fontColor) range.setFontColor(s.style.fontColor);
    if (s.style.horizontalAlignment) range.setHorizontalAlignment(s.style.horizontalAlignment);
  }
  for (const cf of plan.conditionalFormats) {
    const b = app
      .newConditionalFormatRule()
      .setRanges([sheet.getRange(cf.range)])
      .setBackground(cf.style.fill);
    const rule =
      cf.rule.kind === 'text-equals'
        ? b.whenTextEqualTo(cf.rule.text)
        : b.whenFormulaSatisfied(`=${cf.rule.formula}`);
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule.build()]);
  }
  for (const n of plan.notes) sheet.getRange(n.cell).setNote(n.text);
  for (const p of plan.protections)
    sheet.getRange(p.range).protect().setWarningOnly(true).setDescription(p.description);
  plan.columnWidths.forEach((w, c) => sheet.setColumnWidth(c + 1, w));
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
}

function readSheet(sheet: Sheet): Grid {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const values: CellValue[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= cols; c++) {
      const v = sheet.getRange(r, c).getValue() as string | number | boolean | Date;
      row.push(v === '' ? null : v);
    }
    values.push(row);
  }
  const merges =
    rows > 0 && cols > 0
      ? sheet
          .getRange(1, 1, rows, cols)
          .getMergedRanges()
          .map((m) => parseA1Range(m.getA1Notation()))
      : [];
  return { sheet: sheet.getName(), values, merges };
}

/** The naive add-on as a WorkbookHost: not atomic, not guarded, one call per cell. */
export function naiveSheetsHost(app: App, ss: Spreadsheet): WorkbookHost {
  return {
    listSheets(): SheetInfo[] {
      return ss.getSheets().map((s) => ({
        name: s.getName(),
        rows: s.getLastRow(),
        columns: s.getLastColumn(),
        hidden: s.isSheetHidden(),
      }));
    },
    readGrids(names) {
      return names.map((name) => {
        const sheet = ss.getSheetByName(name);
        if (!sheet) throw new Error(`No sheet ${name}`);
        return readSheet(sheet);
      });
    },
    applyPlan(plan: WorkbookPlan): ApplyResult {
      let cells = 0;
      for (const s of plan.sheets) cells += writeValues(ss, s);
      for (const n of plan.namedRanges) {
        const sheet = ss.getSheetByName(n.sheet);
        if (sheet) ss.setNamedRange(n.name, sheet.getRange(n.range));
      }
      for (const s of plan.sheets) writeRest(app, ss, s);
      return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten: cells };
    },
  };
}
