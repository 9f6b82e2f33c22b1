// Moves a sheet's cells, merges, rules, protections and names when rows or columns are inserted or deleted.

import { cellKey, type CellState, type Rect, type SheetState, type WorkbookState } from './model.js';

type Axis = 'rows' | 'cols';

function adjustDeleted(rect: Rect, axis: Axis, start: number, n: number): Rect | null {
  const end = start + n - 1;
  const [lo, hi] = axis === 'rows' ? [rect.top, rect.bottom] : [rect.left, rect.right];
  const nlo = lo > end ? lo - n : lo >= start ? start : lo;
  const nhi = hi > end ? hi - n : hi >= start ? start - 1 : hi;
  if (nhi < nlo) return null;
  return axis === 'rows' ? { ...rect, top: nlo, bottom: nhi } : { ...rect, left: nlo, right: nhi };
}

function adjustInserted(rect: Rect, axis: Axis, at: number, n: number): Rect {
  if (axis === 'rows')
    return {
      ...rect,
      top: rect.top >= at ? rect.top + n : rect.top,
      bottom: rect.bottom >= at ? rect.bottom + n : rect.bottom,
    };
  return {
    ...rect,
    left: rect.left >= at ? rect.left + n : rect.left,
    right: rect.right >= at ? rect.right + n : rect.right,
  };
}

function moveRects(wb: WorkbookState, sheet: SheetState, fn: (r: Rect) => Rect | null): void {
  sheet.merges = sheet.merges.map(fn).filter((r): r is Rect => r !== null);
  // Protection objects stay the same (Apps Script's Protection handles keep working after inserts).
  sheet.protections = sheet.protections.filter((p) => {
    const rect = fn(p.rect);
    if (rect) p.rect = rect;
    return rect !== null;
  });
  sheet.cfRules = sheet.cfRules.flatMap((rule) => {
    const ranges = rule.ranges.flatMap((r) => {
      const rect = fn(r.rect);
      return rect ? [{ sheet: r.sheet, rect }] : [];
    });
    return ranges.length ? [{ ...rule, ranges }] : [];
  });
  for (const [name, nr] of [...wb.namedRanges])
    if (nr.sheet === sheet) {
      const rect = fn(nr.rect);
      if (rect) wb.namedRanges.set(name, { sheet, rect });
      else wb.namedRanges.delete(name);
    }
}

function moveCells(sheet: SheetState, fn: (r: number, c: number) => [number, number] | null): void {
  const next = new Map<string, CellState>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    const to = fn(r, c);
    if (to) next.set(cellKey(to[0], to[1]), cell);
  }
  sheet.cells = next;
}

/** Deletes `n` rows or columns from 0-based `start`. */
export function deleteSpan(wb: WorkbookState, sheet: SheetState, axis: Axis, start: number, n: number): void {
  const end = start + n - 1;
  moveCells(sheet, (r, c) => {
    const i = axis === 'rows' ? r : c;
    if (i >= start && i <= end) return null;
    const j = i > end ? i - n : i;
    return axis === 'rows' ? [j, c] : [r, j];
  });
  moveRects(wb, sheet, (rect) => adjustDeleted(rect, axis, start, n));
  if (axis === 'rows') {
    sheet.maxRows -= n;
    sheet.frozenRows = Math.min(sheet.frozenRows, sheet.maxRows);
  } else {
    sheet.maxCols -= n;
    sheet.frozenCols = Math.min(sheet.frozenCols, sheet.maxCols);
    const widths = new Map<number, number>();
    for (const [c, w] of sheet.widths) if (c < start || c > end) widths.set(c > end ? c - n : c, w);
    sheet.widths = widths;
  }
}

/** Inserts `n` rows or columns before 0-based index `at`. */
export function insertSpan(wb: WorkbookState, sheet: SheetState, axis: Axis, at: number, n: number): void {
  moveCells(sheet, (r, c) => {
    if (axis === 'rows') return [r >= at ? r + n : r, c];
    return [r, c >= at ? c + n : c];
  });
  moveRects(wb, sheet, (rect) => adjustInserted(rect, axis, at, n));
  if (axis === 'rows') sheet.maxRows += n;
  else {
    sheet.maxCols += n;
    const widths = new Map<number, number>();
    for (const [c, w] of sheet.widths) widths.set(c >= at ? c + n : c, w);
    sheet.widths = widths;
  }
}
