// Paints planned ranges onto a grid in plan order (later ranges win), for batched 2-D writes.

import { a1Range, type MergedRange } from '../../core/grid.js';
import { rectOf } from './check-plan.js';

/** The smallest rectangle from A1 holding every range, and each cell's value (null where unset). */
export interface Painted<T> {
  rows: number;
  cols: number;
  grid: (T | null)[][];
}

/** Paints `items` onto a grid anchored at A1; null when there is nothing to paint. */
export function paint<T>(items: readonly { range: string; value: T }[]): Painted<T> | null {
  if (items.length === 0) return null;
  const rects = items.map((i) => rectOf(i.range, 'range'));
  const rows = Math.max(...rects.map((r) => r.bottom + 1));
  const cols = Math.max(...rects.map((r) => r.right + 1));
  const grid: (T | null)[][] = Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
  items.forEach((item, i) => {
    const r = rects[i]!;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) grid[row]![col] = item.value;
  });
  return { rows, cols, grid };
}

/**
 * The A1 ranges holding each distinct value of a painted grid: vertical runs per column, with adjacent
 * columns of equal runs joined. A column-shaped plan gives one range per column, whatever its length.
 */
export function rangesByValue<T>(
  painted: Painted<T>,
  key: (v: T) => string = String,
): Map<string, { value: T; ranges: string[] }> {
  const out = new Map<string, { value: T; ranges: string[]; rects: MergedRange[] }>();
  for (let col = 0; col < painted.cols; col++) {
    let row = 0;
    while (row < painted.rows) {
      const v = painted.grid[row]![col];
      if (v === null || v === undefined) {
        row++;
        continue;
      }
      const k = key(v);
      let end = row;
      while (
        end + 1 < painted.rows &&
        painted.grid[end + 1]![col] !== null &&
        key(painted.grid[end + 1]![col]!) === k
      )
        end++;
      const entry = out.get(k) ?? { value: v, ranges: [], rects: [] };
      const prev = entry.rects.find((r) => r.top === row && r.bottom === end && r.right === col - 1);
      if (prev) prev.right = col;
      else entry.rects.push({ top: row, bottom: end, left: col, right: col });
      out.set(k, entry);
      row = end + 1;
    }
  }
  const result = new Map<string, { value: T; ranges: string[] }>();
  for (const [k, e] of out)
    result.set(k, { value: e.value, ranges: e.rects.map((r) => a1Range(r.top, r.left, r.bottom, r.right)) });
  return result;
}

/** A painted grid cut at a column: the part left of it, and the ranges of each value right of it. */
export interface SplitPaint<T> {
  /** Columns before the cut, for one 2-D call (null cells reset); null when there are none. */
  inside: Painted<T> | null;
  /** Right of the cut: only the cells that are set, by value, so nothing else there is touched. */
  outside: Map<string, { value: T; ranges: string[] }>;
}

/** Cuts a painted grid before column `cols` (0-based; Infinity keeps it whole). */
export function splitAt<T>(painted: Painted<T>, cols: number, key: (v: T) => string = String): SplitPaint<T> {
  if (painted.cols <= cols) return { inside: painted, outside: new Map() };
  const inside =
    cols > 0 ? { rows: painted.rows, cols, grid: painted.grid.map((row) => row.slice(0, cols)) } : null;
  const right = { ...painted, grid: painted.grid.map((row) => row.map((v, c) => (c < cols ? null : v))) };
  return { inside, outside: rangesByValue(right, key) };
}
