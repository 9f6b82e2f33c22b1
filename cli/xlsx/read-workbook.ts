// Reads an xlsx workbook into Grids with no Node API, so the Excel task pane can reuse it in a browser.

import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import type { CellValue, Grid, MergedRange } from '../../core/grid.js';
import type { SheetInfo } from '../../core/host.js';
import { ProvmapError } from '../../core/errors.js';
import { toCellValue } from './cell-value.js';

// loadWorkbook lives in open-workbook.ts; it is exported here too, where the task pane has always found it.
export { loadWorkbook } from './open-workbook.js';

/** Every worksheet in tab order. */
export function worksheetsOf(wb: Workbook): Worksheet[] {
  return wb.worksheets;
}

interface Scan {
  cells: { row: number; col: number; value: CellValue }[];
  merges: Map<string, MergedRange>;
  rows: number;
  columns: number;
}

/** One pass over the stored cells: values (merged-away cells are blank) and the merged blocks. */
function scan(ws: Worksheet): Scan {
  const out: Scan = { cells: [], merges: new Map(), rows: 0, columns: 0 };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const top = Number(master.row) - 1;
        const left = Number(master.col) - 1;
        const key = `${top},${left}`;
        const m = out.merges.get(key) ?? { top, left, bottom: top, right: left };
        m.bottom = Math.max(m.bottom, r);
        m.right = Math.max(m.right, c);
        out.merges.set(key, m);
        return;
      }
      const value = toCellValue(cell.value);
      if (value === null) return;
      out.cells.push({ row: r, col: c, value });
      out.rows = Math.max(out.rows, r + 1);
      out.columns = Math.max(out.columns, c + 1);
    });
  });
  // The rectangle covers merged blocks too, so every merge indexes cells of the grid.
  for (const m of out.merges.values()) {
    out.rows = Math.max(out.rows, m.bottom + 1);
    out.columns = Math.max(out.columns, m.right + 1);
  }
  return out;
}

/** The sheet's used extent (values and merged blocks) and visibility. */
export function sheetInfo(ws: Worksheet): SheetInfo {
  const s = scan(ws);
  return { name: ws.name, rows: s.rows, columns: s.columns, hidden: ws.state !== 'visible' };
}

/** Every sheet in tab order, with its used extent. */
export function listSheets(wb: Workbook): SheetInfo[] {
  return worksheetsOf(wb).map(sheetInfo);
}

/** One worksheet as a Grid: a rectangle of values from A1 plus its merged blocks. */
export function readGrid(ws: Worksheet): Grid {
  const s = scan(ws);
  const values: CellValue[][] = Array.from({ length: s.rows }, () =>
    new Array<CellValue>(s.columns).fill(null),
  );
  for (const cell of s.cells) values[cell.row]![cell.col] = cell.value;
  const merges = [...s.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheet: ws.name, values, merges };
}

/** The named sheets as Grids, in the order asked. Throws ProvmapError SHEET_NOT_FOUND for a missing one. */
export function readGrids(wb: Workbook, names: readonly string[]): Grid[] {
  return names.map((name) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new ProvmapError('SHEET_NOT_FOUND', `There is no sheet called "${name}".`);
    return readGrid(ws);
  });
}
