// The neutral cell type every host hands to core, and A1 addressing.

/** One cell as a host reads it. Text is never a formula here: hosts read values, not formulas. */
export type CellValue = string | number | boolean | Date | null;

/** A merged block, 0-based and inclusive. The value sits in the top-left cell. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet as read by a host: a rectangle of values from A1, plus its merged blocks. */
export interface Grid {
  sheet: string;
  values: CellValue[][];
  merges: MergedRange[];
}

/** Column letters for a 0-based column index: 0 -> A, 26 -> AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based column index for column letters: A -> 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range for a 0-based inclusive rectangle, e.g. B2:D10 (a single cell gives B2). */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  return top === bottom && left === right ? start : `${start}:${a1(bottom, right)}`;
}

/** Parses "B2" or "B2:D10" (no sheet) into a 0-based inclusive rectangle. */
export function parseA1Range(ref: string): MergedRange {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) throw new RangeError(`Not an A1 range: ${ref}`);
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]!);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** Quotes a sheet name for use in a formula or a range reference: 'Provision Map'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The value at (row, col), or null outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

/** Number of columns: the widest row. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) w = Math.max(w, row.length);
  return w;
}

/** True when a cell holds nothing a person typed (null, empty or whitespace-only text). */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** A cell as trimmed display text ('' for blank). Dates become ISO dates. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
