// A grid seen the way a teacher sees it: a merged block's value shows in every cell of the block.

import { a1, type CellValue, type Grid } from '../grid.js';

/** Reads cells through merged blocks; addresses point at the block's top-left cell, where the value is. */
export class MergedView {
  readonly rows: number;
  private readonly origin = new Map<string, [number, number]>();

  constructor(readonly grid: Grid) {
    this.rows = grid.values.length;
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) this.origin.set(`${r},${c}`, [m.top, m.left]);
    }
  }

  /** The 0-based cell whose value shows at (row, col): itself, or its merged block's top-left cell. */
  originOf(row: number, col: number): [number, number] {
    return this.origin.get(`${row},${col}`) ?? [row, col];
  }

  /** The value shown at (row, col). */
  value(row: number, col: number): CellValue {
    const [r, c] = this.originOf(row, col);
    return this.grid.values[r]?.[c] ?? null;
  }

  /** A1 address of the cell holding the value shown at (row, col). */
  address(row: number, col: number): string {
    const [r, c] = this.originOf(row, col);
    return a1(r, c);
  }

  /** True when (row, col) is inside a merged block other than at its top-left cell. */
  isMergedContinuation(row: number, col: number): boolean {
    return this.origin.has(`${row},${col}`);
  }
}
