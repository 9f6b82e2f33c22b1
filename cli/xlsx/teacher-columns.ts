// A teacher's own columns on a sheet provmap rebuilds: right of provmap's columns (core's ownedColumns), the
// old sheet's cell styles (fill, font, number format, borders, alignment), notes, dropdowns, merged blocks
// and column widths are carried to the new sheet. Values are not: the plan holds them.

import type { Comment, DataValidation, Style, Worksheet } from 'exceljs';
import { a1Range, parseA1Range, type MergedRange } from '../../core/grid.js';
import type { SheetPlan } from '../../core/plan/types.js';
import { mergedBlocks, mergeKeepingStyles, validationsOf } from './exceljs-extras.js';
import { isProtectionValidation } from './validation.js';

/** What of a teacher's columns is carried; rows and columns 1-based as ExcelJS counts them. */
export interface TeacherColumns {
  /** provmap's columns, from A: everything right of them is the teacher's. */
  owned: number;
  cells: { row: number; col: number; style: Partial<Style> | null; note: string | Comment | null }[];
  columns: {
    col: number;
    width: number | undefined;
    hidden: boolean;
    outlineLevel: number;
    style: Partial<Style>;
  }[];
  validations: { range: string; validation: DataValidation }[];
  /** Blocks wholly right of provmap's columns (0-based); one reaching into them is broken with them. */
  merges: MergedRange[];
}

/**
 * A deep copy of plain style or note data. ExcelJS changes a cell's style object in place (numFmt, font...)
 * and cells read from a file may share one, so each carried cell gets its own.
 */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const hasKeys = (o: object | undefined | null): boolean =>
  o !== undefined && o !== null && Object.keys(o).length > 0;

/** Reads what lies right of column `owned` on the old sheet. */
export function readTeacherColumns(ws: Worksheet, owned: number): TeacherColumns {
  const out: TeacherColumns = { owned, cells: [], columns: [], validations: [], merges: [] };
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = owned + 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      const style = hasKeys(cell.style) ? copy(cell.style) : null;
      const note = cell.note === undefined || cell.note === null ? null : copy(cell.note);
      if (style || note !== null) out.cells.push({ row: r, col: c, style, note });
    }
  }
  for (const col of ws.columns ?? []) {
    const n = col.number;
    if (n === undefined || n <= owned) continue;
    out.columns.push({
      col: n,
      width: col.width,
      hidden: col.hidden === true,
      outlineLevel: col.outlineLevel ?? 0,
      style: copy(col.style ?? {}),
    });
  }
  const model = validationsOf(ws).model;
  for (const key of Object.keys(model)) {
    const v = model[key];
    if (v === undefined || isProtectionValidation(v)) continue;
    let r: MergedRange;
    try {
      r = parseA1Range(key);
    } catch {
      continue;
    }
    if (r.right < owned) continue;
    // Shared, not copied: nothing changes a validation once read, and a date rule holds Date objects.
    out.validations.push({
      range: a1Range(r.top, Math.max(r.left, owned), r.bottom, r.right),
      validation: v,
    });
  }
  out.merges = mergedBlocks(ws).filter((m) => m.left >= owned);
  return out;
}

/**
 * Puts the teacher's column widths, cell styles, notes and dropdowns on the new, still empty sheet, before
 * the plan is written: planned styles then land over them (the header row's), and planned dropdowns win.
 */
export function writeTeacherColumns(ws: Worksheet, t: TeacherColumns): void {
  for (const c of t.columns) {
    const col = ws.getColumn(c.col);
    if (c.width !== undefined) col.width = c.width;
    col.hidden = c.hidden;
    col.outlineLevel = c.outlineLevel;
    col.style = c.style;
  }
  for (const c of t.cells) {
    const cell = ws.getCell(c.row, c.col);
    if (c.style) cell.style = c.style;
    if (c.note !== null) cell.note = c.note;
  }
  for (const v of t.validations) validationsOf(ws).add(v.range, v.validation);
}

/**
 * Merges the teacher's blocks again once the plan's values are written. A block whose hidden cells now hold a
 * value stays unmerged: merging would throw the value away.
 */
export function mergeTeacherBlocks(ws: Worksheet, t: TeacherColumns, plan: SheetPlan): void {
  const holds = (r: number, c: number): boolean => {
    const v = plan.values[r]?.[c];
    return v !== undefined && v !== null && v !== '';
  };
  for (const m of t.merges) {
    let free = true;
    for (let r = m.top; r <= m.bottom && free; r++)
      for (let c = m.left; c <= m.right && free; c++)
        if ((r > m.top || c > m.left) && holds(r, c)) free = false;
    if (free) mergeKeepingStyles(ws, m);
  }
}
