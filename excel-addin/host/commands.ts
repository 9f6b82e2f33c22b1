// The Office.js commands that write one part of a sheet. They only queue; callers decide when to sync.

import type { CellStyle } from '../../core/plan/types.js';
import { rectA1 } from './addresses.js';
import type { Rect } from './addresses.js';
import type { ExcelFormatRule } from './conditional-formats.js';
import type { ExcelValidation } from './validation-rules.js';

/** Office.js column widths are in points; plans give pixels (96 per inch against 72 points). */
export const POINTS_PER_PIXEL = 0.75;

/** A worksheet or one of its ranges, by A1 text. */
export function rangeOf(ws: Excel.Worksheet, rect: Rect): Excel.Range {
  return ws.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

/**
 * Empties a rectangle of the sheet before it is rewritten: contents, validation and provmap's kinds of
 * formatting. Conditional formats are left alone (the teacher's rules live there; provmap removes its own).
 */
export function queueReset(ws: Excel.Worksheet, area: Rect): void {
  const range = rangeOf(ws, area);
  range.clear('Contents');
  range.dataValidation.clear();
  range.format.fill.clear();
  range.format.font.bold = false;
  range.format.font.italic = false;
  range.format.font.color = '#000000';
  range.format.wrapText = false;
  range.format.horizontalAlignment = 'General';
}

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** A planned style on a range. */
export function queueStyle(ws: Excel.Worksheet, address: string, style: CellStyle): void {
  const f = ws.getRange(address).format;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.horizontalAlignment !== undefined) f.horizontalAlignment = ALIGN[style.horizontalAlignment];
}

/** Column widths in points from column A; null keeps a column as it is. */
export function queueWidths(ws: Excel.Worksheet, points: readonly (number | null)[]): void {
  points.forEach((pt, col) => {
    if (pt !== null && pt > 0) ws.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = pt;
  });
}

/** Frozen rows and columns at the top left (0 and 0 unfreezes). */
export function queueFreeze(ws: Excel.Worksheet, rows: number, columns: number): void {
  ws.freezePanes.unfreeze();
  if (rows > 0 && columns > 0)
    ws.freezePanes.freezeAt(rangeOf(ws, { top: 0, left: 0, bottom: rows - 1, right: columns - 1 }));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
}

/** One validation (or warning-only protection) on a range. */
export function queueValidation(ws: Excel.Worksheet, address: string, v: ExcelValidation): void {
  const dv = ws.getRange(address).dataValidation;
  dv.clear();
  dv.rule = v.rule;
  dv.errorAlert = v.errorAlert;
  dv.prompt = v.prompt;
  dv.ignoreBlanks = v.ignoreBlanks;
}

/** One conditional format, placed at `priority` (0 is applied first). */
export function queueFormatRule(ws: Excel.Worksheet, rule: ExcelFormatRule, priority: number): void {
  const cf = ws.getRange(rule.range).conditionalFormats.add(rule.type);
  if (rule.type === 'Custom') {
    cf.custom.rule.formula = rule.formula ?? '=FALSE';
    cf.custom.format.fill.color = rule.fill;
    cf.custom.format.font.color = rule.fontColor;
    cf.custom.format.font.bold = rule.bold;
  } else {
    cf.cellValue.rule = rule.cellValue ?? { formula1: '=FALSE', operator: 'EqualTo' };
    cf.cellValue.format.fill.color = rule.fill;
    cf.cellValue.format.font.color = rule.fontColor;
    cf.cellValue.format.font.bold = rule.bold;
  }
  cf.priority = priority;
}

/** A1 text of a rectangle on a sheet (for messages). */
export function where(sheet: string, rect: Rect): string {
  return `${sheet}!${rectA1(rect)}`;
}
