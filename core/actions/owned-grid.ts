// A table about to be written, seen as a host would read it back: for re-importing provmap's own sheets.

import type { Grid } from '../grid.js';
import type { ColumnSpec, TableRow } from '../plan/table.js';
import { toCellValue } from '../plan/table.js';
import type { PlanValue } from '../plan/types.js';

/**
 * The grid a host would read from a table sheet: preamble, header, rows and extra columns at the same
 * cells as the plan writes them, with formula cells blank. `headers` may rename columns for the reader.
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
      ...rows.map((r) => [...r.values, ...r.extras].map(toCellValue)),
    ],
    merges: [],
  };
}
