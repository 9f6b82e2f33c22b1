// Sheets hands a custom function a single value or a 2-D array: this applies a per-cell function to either.

import type { CellValue } from '../../core/grid.js';

/** One argument as Sheets passes it: a value, or a 2-D array for a range. */
export type SheetArg = unknown;
/** What a custom function returns for one cell. */
export type CellResult = string | number;

function isRange(v: SheetArg): v is unknown[][] {
  return Array.isArray(v) && v.every(Array.isArray);
}

/** A cell as core reads it: empty text is blank, and anything exotic becomes text. */
export function toCell(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Object.prototype.toString.call(v) === '[object Date]') return v as Date;
  return String(v);
}

/** Every cell value of every argument, flattened (for detecting the scale). */
export function allCells(...args: SheetArg[]): CellValue[] {
  return args.flatMap((a) => (isRange(a) ? a.flat().map(toCell) : [toCell(a)]));
}

/**
 * Applies `fn` cell by cell. Ranges must all have the same shape; a single value (or a 1 x 1 range) is
 * used for every cell. Returns a 2-D array when any argument is a larger range, else one value.
 */
export function broadcast(
  name: string,
  args: readonly SheetArg[],
  fn: (...cells: CellValue[]) => CellResult,
): CellResult | CellResult[][] {
  const ranges = args.filter((a): a is unknown[][] => isRange(a) && !(a.length === 1 && a[0]!.length === 1));
  if (ranges.length === 0) return fn(...args.map((a) => toCell(isRange(a) ? a[0]![0] : a)));
  const rows = ranges[0]!.length;
  const cols = ranges[0]![0]!.length;
  if (ranges.some((r) => r.length !== rows || r.some((row) => row.length !== cols)))
    throw new Error(`${name}: the ranges must all be the same size.`);
  const at = (a: SheetArg, r: number, c: number): CellValue => {
    if (!isRange(a)) return toCell(a);
    if (a.length === 1 && a[0]!.length === 1) return toCell(a[0]![0]);
    return toCell(a[r]![c]);
  };
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => fn(...args.map((a) => at(a, r, c)))),
  );
}
