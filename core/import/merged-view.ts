// A grid seen the way a teacher sees it: a merged block's value shows in every cell of the block.

import { a1, type CellValue, type Grid } from '../grid.js';

/** Reads cells through merged blocks; addresses point at the block's top-left cell, where the value is. */
export class MergedView {
  readonly rows: number;
  /** Row -> column -> the block's top-left cell, for every covered cell but the top-left one. */
  private readonly origin = new Map<number, Map<number, readonly [number, number]>>();

  constructor(readonly grid: Grid) {
    this.rows = grid.values.length;
    for (const m of grid.merges) {
      const top: readonly [number, number] = [m.top, m.left];
      for (let r = m.top; r <= m.bottom; r++) {
        let cols = this.origin.get(r);
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          if (!cols) this.origin.set(r, (cols = new Map()));
          cols.set(c, top);
        }
      }
    }
  }

  /** The block's top-left cell when (row, col) is covered by a block but is not that cell. */
  private blockOrigin(row: number, col: number): readonly [number, number] | undefined {
    // Most rows hold no merged cell: one lookup by row, and no key built per cell.
    return this.origin.size === 0 ? undefined : this.origin.get(row)?.get(col);
  }

  /** The 0-based cell whose value shows at (row, col): itself, or its merged block's top-left cell. */
  originOf(row: number, col: number): [number, number] {
    const o = this.blockOrigin(row, col);
    return o ? [o[0], o[1]] : [row, col];
  }

  /** The value shown at (row, col). */
  value(row: number, col: number): CellValue {
    const o = this.blockOrigin(row, col);
    return (o ? this.grid.values[o[0]]?.[o[1]] : this.grid.values[row]?.[col]) ?? null;
  }

  /** A1 address of the cell holding the value shown at (row, col). */
  address(row: number, col: number): string {
    const o = this.blockOrigin(row, col);
    return o ? a1(o[0], o[1]) : a1(row, col);
  }

  /** True when (row, col) is inside a merged block other than at its top-left cell. */
  isMergedContinuation(row: number, col: number): boolean {
    return this.blockOrigin(row, col) !== undefined;
  }
}
