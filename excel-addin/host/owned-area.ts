// The part of an existing sheet provmap owns: its own columns (core's ownedColumns), every row. Right of
// them a teacher's fills, fonts, number formats, dropdowns, notes and widths stay; only values are rewritten.

import type { Rect } from './addresses.js';
import { GENERAL_FORMAT, TEXT_FORMAT } from './cell-values.js';
import { queueReset, rangeOf } from './commands.js';
import type { SheetMatrix } from './sheet-matrix.js';
import type { SheetSnapshot } from './snapshot.js';

/** The columns of `area` left of column `owned` (0-based count from A), or null when there are none. */
export function ownedPart(area: Rect, owned: number): Rect | null {
  const right = Math.min(area.right, owned - 1);
  return right < area.left ? null : { ...area, right };
}

/** The columns of `area` from column `owned` on (the teacher's), or null when there are none. */
export function teacherPart(area: Rect, owned: number): Rect | null {
  const left = Math.max(area.left, owned);
  return left > area.right ? null : { ...area, left };
}

/** True when an A1 cell lies in provmap's columns of `area`. */
export function inOwnedArea(area: Rect, owned: number, cell: Rect): boolean {
  const mine = ownedPart(area, owned);
  return (
    mine !== null &&
    cell.top >= mine.top &&
    cell.bottom <= mine.bottom &&
    cell.left >= mine.left &&
    cell.right <= mine.right
  );
}

/**
 * Empties an existing sheet's area before it is rewritten: every value (the plan holds the sheet's whole
 * content, a teacher's columns included), and validation and provmap's kinds of formatting only in its
 * own columns.
 */
export function queueClearOwned(ws: Excel.Worksheet, area: Rect, owned: number): void {
  const mine = ownedPart(area, owned);
  if (mine) queueReset(ws, mine);
  const theirs = teacherPart(area, owned);
  if (theirs) rangeOf(ws, theirs).clear('Contents');
}

/**
 * The number formats to write with the plan's values on an existing sheet: planned ones in provmap's
 * columns; in a teacher's column the cell's own format where it had one, unless the value needs '@' to
 * stay text, or is a formula, number or boolean that '@' would turn into text.
 */
export function keepTeacherFormats(matrix: SheetMatrix, old: SheetSnapshot, owned: number): string[][] {
  const used = old.used;
  if (!used || owned >= matrix.columns) return matrix.formats;
  return matrix.formats.map((row, r) =>
    row.map((planned, c) => {
      if (c < owned || planned === TEXT_FORMAT) return planned;
      const input = matrix.inputs[r]?.[c];
      if (typeof input === 'string' && input.startsWith('=')) return planned;
      const theirs =
        r >= used.top && r <= used.bottom && c >= used.left && c <= used.right
          ? old.formats[r - used.top]?.[c - used.left]
          : undefined;
      if (typeof theirs !== 'string' || theirs === GENERAL_FORMAT) return planned;
      // A number or boolean written into a text cell would land as text.
      return theirs === TEXT_FORMAT && typeof input !== 'string' ? planned : theirs;
    }),
  );
}
