// Writes one SheetPlan into a new ExcelJS worksheet: values, styles, formats, validation, notes.

import type { CellValue as XlsxValue, Worksheet } from 'exceljs';
import { parseA1Range } from '../../core/grid.js';
import type { PlanValue, SheetPlan } from '../../core/plan/types.js';
import { cellStyle, columnWidthChars } from './style.js';
import { validationsOf } from './exceljs-extras.js';
import { encodeCellText, isRiskyText } from './text.js';
import { protectionValidation, toDataValidation, uncoveredParts } from './validation.js';
import { normaliseValidations } from './validation-cover.js';

/** The number format given to dates the plan did not format: unambiguous in every locale. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/** A planned value as ExcelJS writes it. Strings are always text: only `{formula}` becomes a formula. */
export function toXlsxValue(v: PlanValue): XlsxValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    return typeof v === 'string' ? (v === '' ? null : encodeCellText(v)) : v;
  }
  if ('formula' in v) return { formula: v.formula.replace(/^=/, '') } as XlsxValue;
  const [y, m, d] = v.date.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

function forEachCell(range: string, fn: (row: number, col: number) => void): void {
  const r = parseA1Range(range);
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) fn(row + 1, col + 1);
}

function writeValues(ws: Worksheet, plan: SheetPlan): number {
  let written = 0;
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = toXlsxValue(v);
      // Text that looks like a formula gets the Text format, so a teacher editing it in Excel keeps text.
      if (typeof v === 'string' && isRiskyText(v)) cell.numFmt = '@';
      // A date in a teacher's column keeps the date format they gave it.
      if (typeof v === 'object' && 'date' in v && (!cell.numFmt || cell.numFmt === 'General'))
        cell.numFmt = DEFAULT_DATE_FORMAT;
      written++;
    }),
  );
  return written;
}

/** Points per line of 11 pt text, and characters per unit of Excel column width (bold text is wider). */
const LINE_POINTS = 15;
const CHARS_PER_WIDTH = 1.0;
const BOLD_CHARS_PER_WIDTH = 0.85;
const DEFAULT_WIDTH_CHARS = 8.43;

/**
 * Row heights for rows whose wrapped cells need more than one line, with the row's cells aligned to the
 * top. LibreOffice does not fit row heights to wrapped text when it opens an xlsx file, so without this
 * multi-line cells overlap the next row. A height written this way stays fixed until a teacher
 * double-clicks the row border (or provmap runs again).
 */
function fitRowHeights(ws: Worksheet, plan: SheetPlan, owned: number): void {
  plan.values.forEach((row, r) => {
    let lines = 1;
    row.forEach((v, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof v !== 'string' || v === '' || !cell.alignment?.wrapText) return;
      const width = ws.getColumn(c + 1).width ?? DEFAULT_WIDTH_CHARS;
      const perLine = Math.max(
        1,
        Math.floor(width * (cell.font?.bold ? BOLD_CHARS_PER_WIDTH : CHARS_PER_WIDTH)),
      );
      const needed = v.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    if (lines === 1) return;
    ws.getRow(r + 1).height = lines * LINE_POINTS;
    row.forEach((_, c) => {
      if (c >= owned) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.alignment = { ...(cell.alignment ?? {}), vertical: 'top' };
    });
  });
}

/**
 * Writes `plan` into `ws`, which holds nothing of provmap's yet. Right of column `owned` (0-based count;
 * Infinity on a sheet made now) the sheet holds a teacher's own columns (see teacher-columns.ts): their
 * widths and cell formats are left as they are, and only planned values and styles land there. Returns the
 * number of cells that received a value.
 */
export function writeSheet(ws: Worksheet, plan: SheetPlan, owned = Infinity): number {
  const width = Math.min(owned, Math.max(plan.columnWidths.length, ...plan.values.map((r) => r.length), 1));
  for (let c = 1; c <= width; c++) {
    const col = ws.getColumn(c);
    const px = plan.columnWidths[c - 1];
    if (px !== undefined) col.width = columnWidthChars(px);
    // Unlocked by default; only computed ranges stay locked (see validation.ts).
    col.protection = { locked: false };
  }
  const written = writeValues(ws, plan);
  for (const s of plan.styles)
    forEachCell(s.range, (r, c) => (ws.getCell(r, c).style = cellStyle(ws.getCell(r, c).style, s.style)));
  fitRowHeights(ws, plan, owned);
  for (const f of plan.numberFormats) forEachCell(f.range, (r, c) => (ws.getCell(r, c).numFmt = f.format));
  for (const v of plan.validations) validationsOf(ws).add(v.range, toDataValidation(v));
  const validated = plan.validations.map((v) => v.range);
  for (const p of plan.protections) {
    forEachCell(p.range, (r, c) => (ws.getCell(r, c).protection = { locked: true }));
    for (const part of uncoveredParts(p.range, validated))
      validationsOf(ws).add(part, protectionValidation(p));
  }
  // Planned ranges that overlap would be written as overlapping rules; the later one wins, as in Sheets.
  normaliseValidations(ws);
  for (const n of plan.notes) ws.getCell(n.cell).note = n.text;
  ws.views =
    plan.frozenRows > 0 || plan.frozenColumns > 0
      ? [{ state: 'frozen', xSplit: plan.frozenColumns, ySplit: plan.frozenRows }]
      : [{ state: 'normal' }];
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    ...(plan.frozenRows > 0 ? { printTitlesRow: `1:${plan.frozenRows}` } : {}),
  };
  return written;
}
