// A sheet plan as the two matrices Office.js writes: number formats first, then values and formulas.

import { a1, parseA1Range } from '../../core/grid.js';
import { PlanError } from '../../core/errors.js';
import type { SheetPlan } from '../../core/plan/types.js';
import {
  DEFAULT_DATE_FORMAT,
  GENERAL_FORMAT,
  MAX_EXCEL_CELL_CHARS,
  TEXT_FORMAT,
  toExcelCell,
} from './cell-values.js';

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface SheetMatrix {
  rows: number;
  columns: number;
  /** For `range.formulas`: '' blank, '=...' formulas, everything else a constant. */
  inputs: (string | number | boolean)[][];
  /** For `range.numberFormat`, set before `inputs` so '@' cells take text as text. */
  formats: string[][];
  /** Cells holding a value (not blank). */
  filled: number;
}

/**
 * Builds the matrices for one sheet, covering its values and every number-format range. Throws PlanError
 * for what Excel cannot hold (text over 32,767 characters, a non-finite number, a bad date, a range
 * outside the grid), so nothing is written.
 */
export function sheetMatrix(plan: SheetPlan): SheetMatrix {
  const ranges = plan.numberFormats.map((nf) => ({ ...parseA1Range(nf.range), format: nf.format }));
  let rows = plan.values.length;
  let columns = 0;
  for (const row of plan.values) columns = Math.max(columns, row.length);
  for (const r of ranges) {
    rows = Math.max(rows, r.bottom + 1);
    columns = Math.max(columns, r.right + 1);
  }
  if (rows > MAX_ROWS || columns > MAX_COLUMNS)
    throw new PlanError(
      `Sheet "${plan.name}" needs ${rows} rows and ${columns} columns; Excel holds ${MAX_ROWS} x ${MAX_COLUMNS}.`,
    );

  const formats: string[][] = Array.from({ length: rows }, () =>
    new Array<string>(columns).fill(GENERAL_FORMAT),
  );
  for (const r of ranges)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) formats[row]![col] = r.format;

  const inputs: (string | number | boolean)[][] = Array.from({ length: rows }, () =>
    new Array<string | number | boolean>(columns).fill(''),
  );
  let filled = 0;
  plan.values.forEach((planRow, r) =>
    planRow.forEach((value, c) => {
      const cell = toExcelCell(value);
      const where = `${plan.name}!${a1(r, c)}`;
      if (cell.kind === 'text' && (cell.input as string).length > MAX_EXCEL_CELL_CHARS)
        throw new PlanError(
          `${where} holds ${(cell.input as string).length} characters; Excel keeps at most ${MAX_EXCEL_CELL_CHARS}.`,
        );
      if (cell.kind === 'formula' && (cell.input as string).length > 8192)
        throw new PlanError(`${where}: the formula is longer than Excel's 8,192 characters.`);
      if ((cell.kind === 'number' || cell.kind === 'date') && !Number.isFinite(cell.input))
        throw new PlanError(`${where}: ${JSON.stringify(value)} is not a number or date Excel can store.`);
      inputs[r]![c] = cell.input;
      if (cell.kind !== 'blank') filled++;
      const fmt = formats[r]![c]!;
      if (cell.needsTextFormat) formats[r]![c] = TEXT_FORMAT;
      // A formula in a text cell would be kept as text: the formula wins over a planned '@'.
      else if (cell.kind === 'formula' && fmt === TEXT_FORMAT) formats[r]![c] = GENERAL_FORMAT;
      else if (cell.kind === 'date' && fmt === GENERAL_FORMAT) formats[r]![c] = DEFAULT_DATE_FORMAT;
    }),
  );
  return { rows, columns, inputs, formats, filled };
}
