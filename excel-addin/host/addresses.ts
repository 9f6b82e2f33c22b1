// Office.js addresses ("'Class 4B'!A1:E6", areas joined by commas) as 0-based rectangles.

import { a1Range, parseA1Range, quoteSheet } from '../../core/grid.js';
import type { MergedRange } from '../../core/grid.js';

/** A 0-based inclusive rectangle. */
export type Rect = MergedRange;

/** The A1 part of an address, without its sheet: "'Class 4B'!A1:E6" -> "A1:E6". */
export function stripSheet(address: string): string {
  const a = address.trim();
  if (a.startsWith("'")) {
    let i = 1;
    while (i < a.length) {
      if (a[i] === "'" && a[i + 1] === "'") i += 2;
      else if (a[i] === "'") break;
      else i++;
    }
    return a.slice(i + 2);
  }
  const bang = a.indexOf('!');
  return bang < 0 ? a : a.slice(bang + 1);
}

/** The areas of a multi-area address, split on commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = address.slice(start).trim();
  if (last !== '') out.push(last);
  return out;
}

/** A rectangle from an address with or without its sheet. */
export function rectOf(address: string): Rect {
  return parseA1Range(stripSheet(address));
}

/** A1 text of a rectangle. */
export function rectA1(r: Rect): string {
  return a1Range(r.top, r.left, r.bottom, r.right);
}

/** The smallest rectangle holding both (either may be null). */
export function union(a: Rect | null, b: Rect | null): Rect | null {
  if (!a) return b;
  if (!b) return a;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** True when the two rectangles share a cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** A workbook-name formula for a range on a sheet: =Scales!$A$2:$A$14. */
export function nameFormula(sheet: string, range: string): string {
  const r = parseA1Range(range);
  const abs = (row: number, col: number) =>
    a1Range(row, col, row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const start = abs(r.top, r.left);
  const end = abs(r.bottom, r.right);
  return `=${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

/** Frozen rows and columns from a freeze-panes location: "1:2" (rows), "A:B" (columns) or "A1:B2". */
export function frozenOf(address: string): { rows: number; columns: number } {
  const a = stripSheet(address).replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { rows: Number(rows[2]), columns: 0 };
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(a);
  if (cols) return { rows: 0, columns: parseA1Range(`${cols[2]}1`).left + 1 };
  const r = parseA1Range(a);
  return { rows: r.bottom + 1, columns: r.right + 1 };
}
