// A new ExcelJS workbook holding plain grids (a CSV file, test fixtures): text always stays text.

import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import type { Grid } from '../../core/grid.js';
import { encodeCellText, isRiskyText } from './text.js';

/** A workbook with one sheet per grid, values as typed (strings are text), merged blocks merged. */
export function workbookFromGrids(grids: readonly Grid[]): Workbook {
  const wb = new ExcelJS.Workbook();
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.sheet);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = typeof v === 'string' ? encodeCellText(v) : v;
        if (typeof v === 'string' && isRiskyText(v)) cell.numFmt = '@';
        if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      }),
    );
    for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return wb;
}
