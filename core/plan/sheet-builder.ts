// Builds the common part of a table sheet: header row, data rows, widths, formats, notes and protection.

import { a1, a1Range, columnLetters } from '../grid.js';
import { COMPUTED_STYLE, HEADER_STYLE, TITLE_STYLE } from './palette.js';
import type { ColumnSpec, TableRow } from './table.js';
import type { PlanValue, SheetPlan } from './types.js';

/** Width of a column a person added, when provmap cannot know better. */
export const EXTRA_COLUMN_WIDTH = 120;

/** An empty sheet plan to fill in. */
export function emptySheet(name: string): SheetPlan {
  return {
    name,
    values: [],
    columnWidths: [],
    frozenRows: 0,
    frozenColumns: 0,
    styles: [],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    protections: [],
    notes: [],
  };
}

export interface TableSheetInput {
  name: string;
  /** Rows above the header (title, strategies...). The header follows them. */
  preamble?: readonly PlanValue[][];
  columns: readonly ColumnSpec[];
  rows: readonly TableRow[];
  extraHeaders: readonly string[];
  frozenColumns?: number;
}

/** Where a table sits on its sheet: 0-based header row and data rows. */
export interface TableGeometry {
  headerRow: number;
  firstRow: number;
  /** Last data row (0-based); firstRow - 1 when there are no rows. */
  lastRow: number;
}

/** The geometry of a table with `preambleRows` rows above the header and `rowCount` data rows. */
export function geometry(preambleRows: number, rowCount: number): TableGeometry {
  return { headerRow: preambleRows, firstRow: preambleRows + 1, lastRow: preambleRows + rowCount };
}

/** A1 range of one column's data cells, e.g. K5:K20 (null when there are no rows). */
export function columnRange(g: TableGeometry, col: number, lastCol = col): string | null {
  return g.lastRow < g.firstRow ? null : a1Range(g.firstRow, col, g.lastRow, lastCol);
}

/** An absolute, sheet-less range of one column's data cells: $K$5:$K$20 (null when there are no rows). */
export function absoluteColumnRange(g: TableGeometry, col: number): string | null {
  if (g.lastRow < g.firstRow) return null;
  const c = columnLetters(col);
  return `$${c}$${g.firstRow + 1}:$${c}$${g.lastRow + 1}`;
}

/** The sheet plan of a table: values, header style and notes, widths, formats and warning-only protection. */
export function tableSheet(t: TableSheetInput): SheetPlan {
  const sheet = emptySheet(t.name);
  const preamble = t.preamble ?? [];
  const g = geometry(preamble.length, t.rows.length);
  const width = t.columns.length + t.extraHeaders.length;
  sheet.values = [
    ...preamble.map((row) => [...row]),
    [...t.columns.map((c) => c.header), ...t.extraHeaders],
    ...t.rows.map((r) => [...r.values, ...r.extras]),
  ];
  sheet.columnWidths = [...t.columns.map((c) => c.width), ...t.extraHeaders.map(() => EXTRA_COLUMN_WIDTH)];
  sheet.frozenRows = g.headerRow + 1;
  sheet.frozenColumns = t.frozenColumns ?? 0;
  // Columns a teacher added follow provmap's: on a re-run only their values are provmap's to write.
  sheet.ownedColumns = t.columns.length;
  if (preamble.length > 0) sheet.styles.push({ range: 'A1', style: TITLE_STYLE });
  sheet.styles.push({ range: a1Range(g.headerRow, 0, g.headerRow, width - 1), style: HEADER_STYLE });
  t.columns.forEach((c, i) => {
    if (c.note) sheet.notes.push({ cell: a1(g.headerRow, i), text: c.note });
    if (c.align)
      sheet.styles.push({
        range: a1Range(g.headerRow, i, g.lastRow, i),
        style: { horizontalAlignment: c.align },
      });
    const range = columnRange(g, i);
    if (!range) return;
    if (c.format) sheet.numberFormats.push({ range, format: c.format });
    if (c.wrap) sheet.styles.push({ range, style: { wrap: true } });
  });
  for (const [from, to] of runs(t.columns, (c) => c.kind !== 'input')) {
    const range = columnRange(g, from, to);
    if (!range) continue;
    sheet.styles.push({ range, style: COMPUTED_STYLE });
    const names = t.columns.slice(from, to + 1).map((c) => c.header);
    sheet.protections.push({
      range,
      description: `${names.join(', ')}: worked out by provmap. Edit the input columns instead; changes here are overwritten on the next run.`,
    });
  }
  return sheet;
}

/** Runs of adjacent columns for which `test` holds, as [first, last] 0-based pairs. */
export function runs<T>(items: readonly T[], test: (item: T) => boolean): [number, number][] {
  const out: [number, number][] = [];
  items.forEach((item, i) => {
    if (!test(item)) return;
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

/** Runs of adjacent rows sharing a group (null groups skipped), as [group, first, last] over row indexes. */
export function rowGroups<G>(groups: readonly (G | null)[]): [G, number, number][] {
  const out: [G, number, number][] = [];
  groups.forEach((group, i) => {
    if (group === null) return;
    const last = out[out.length - 1];
    if (last && last[0] === group && last[2] === i - 1) last[2] = i;
    else out.push([group, i, i]);
  });
  return out;
}
