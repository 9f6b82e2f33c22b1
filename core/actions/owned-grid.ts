// A table about to be written, seen as a host would read it back: for re-importing provmap's own sheets.

import type { CellValue, Grid } from '../grid.js';
import type { ColumnSpec, TableRow } from '../plan/table.js';
import { toCellValue } from '../plan/table.js';
import type { PlanValue } from '../plan/types.js';

/**
 * The grid a host would read from a table sheet: preamble, header, rows and extra columns at the same
 * cells as the plan writes them, with formula cells blank. `headers` may rename columns for the reader.
 * A row that reads back exactly as it is written (plain text, numbers, flags and blanks only) is not
 * copied: the grid is for reading, and must not be changed.
 */
export function tableGrid(
  sheet: string,
  preamble: readonly (readonly PlanValue[])[],
  columns: readonly ColumnSpec[],
  rows: readonly TableRow[],
  extraHeaders: readonly string[],
  headers?: readonly string[],
): Grid {
  return {
    sheet,
    values: [
      ...preamble.map((r) => r.map(toCellValue)),
      [...(headers ?? columns.map((c) => c.header)), ...extraHeaders],
      ...rows.map((r) =>
        r.extras.length === 0 && readsAsItIs(r.values) ? (r.values as CellValue[]) : readBack(r),
      ),
    ],
    merges: [],
  };
}

/** True when every cell is already what a host reads back (so toCellValue would change nothing). */
function readsAsItIs(values: readonly PlanValue[]): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return false;
  }
  return true;
}

/** A row's cells and extra cells as a host reads them back. */
function readBack(r: TableRow): CellValue[] {
  const n = r.values.length;
  const cells = new Array<CellValue>(n + r.extras.length);
  for (let i = 0; i < n; i++) cells[i] = toCellValue(r.values[i]);
  for (let i = 0; i < r.extras.length; i++) cells[n + i] = toCellValue(r.extras[i]);
  return cells;
}
