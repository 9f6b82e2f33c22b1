// Formulas repeated down a table: built once with a placeholder row number, then given each row's own.

import { columnLetters } from '../grid.js';

/** Stands for the row number in a formula built once for every row; no formula text holds it. */
const ROW = '\u0000';

/** The A1 address of a column on the placeholder row, for building a RowFormula. */
export function rowCell(col: number): string {
  return `${columnLetters(col)}${ROW}`;
}

/**
 * A formula whose cell references on its own row were written with rowCell. The text for a row is the
 * text the builder would give with that row's addresses, made in one step rather than piece by piece.
 */
export class RowFormula {
  private readonly parts: readonly string[];

  constructor(formula: string) {
    this.parts = formula.split(ROW);
  }

  /** The formula on 0-based row `row`. */
  at(row: number): string {
    return this.parts.join(String(row + 1));
  }
}
