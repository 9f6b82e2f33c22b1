// Owned tables: reading one back from a sheet provmap wrote, and merging it with freshly generated rows so
// that rows, typed values and columns a person added survive every re-run.

import { PlanError } from '../errors.js';
import { cellText, isBlank, type CellValue, type Grid } from '../grid.js';
import { collapseWhiteSpace } from '../white-space.js';
import { matchRows, type RowIdentity } from './row-identity.js';
import type { PlanValue } from './types.js';

/**
 * A column of a table provmap owns. `input` cells are typed by people and kept on re-runs; `formula` cells
 * are live formulas rewritten every run; `computed` cells are values provmap writes as at the last run.
 */
export interface ColumnSpec {
  header: string;
  kind: 'input' | 'formula' | 'computed';
  /** Width in pixels. */
  width: number;
  /** Number format of the data cells. */
  format?: string;
  /** Note on the header cell, in plain words. */
  note?: string;
  wrap?: boolean;
  /** Alignment of the header and data cells, where the host default would mislead (numbers beside grades). */
  align?: 'left' | 'center' | 'right';
}

/** A column a person added to an owned sheet: kept, with its header, after provmap's columns. */
export interface ExtraColumn {
  header: string;
  col: number;
}

/** An owned table as read back from its sheet. */
export interface ExistingTable {
  sheet: string;
  /** 0-based row of the header. */
  headerRow: number;
  /** Normalised known header -> 0-based column in the grid. */
  columns: Map<string, number>;
  extras: ExtraColumn[];
  /** Data rows below the header, blank rows dropped, as whole grid rows. */
  rows: CellValue[][];
}

/** Lower-case, single-spaced, trimmed text: how headers and keys are compared. */
export function norm(value: CellValue): string {
  return collapseWhiteSpace(cellText(value).toLowerCase());
}

/** A key from several cells, compared case- and space-insensitively. */
export function keyOf(values: readonly CellValue[]): string {
  return values.map(norm).join('\u0001');
}

const DAY_MS = 86_400_000;

/**
 * A value read from a host as a value to write back: dates become date cells (hosts hand midnight in the
 * spreadsheet's time zone, so the nearest UTC midnight is the date the teacher sees), the rest as it is.
 */
export function toPlanValue(value: CellValue): PlanValue {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t)
      ? { date: new Date(Math.round(t / DAY_MS) * DAY_MS).toISOString().slice(0, 10) }
      : null;
  }
  return value;
}

/** A plan value as a host would read it back (formulas read as blank). For re-importing a planned sheet. */
export function toCellValue(value: PlanValue | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return 'date' in value ? new Date(`${value.date}T00:00:00Z`) : null;
  return value;
}

/**
 * Finds the header row (the first of the top 30 rows holding at least `minKnown` known headers) and reads
 * the table under it. Returns null for a sheet that is blank; throws PlanError when the sheet has content
 * but no recognisable header, because rewriting it could lose a person's data.
 */
export function readTable(grid: Grid, known: readonly string[], minKnown = 2): ExistingTable | null {
  const wanted = new Set(known.map(norm));
  let headerRow = -1;
  for (let r = 0; r < Math.min(grid.values.length, 30) && headerRow < 0; r++) {
    const hits = (grid.values[r] ?? []).filter((v) => wanted.has(norm(v))).length;
    if (hits >= Math.min(minKnown, wanted.size)) headerRow = r;
  }
  if (headerRow < 0) {
    if (grid.values.every((row) => row.every(isBlank))) return null;
    throw new PlanError(
      `The sheet "${grid.sheet}" already exists but its header row is not provmap's, so it was not rewritten. ` +
        'Rename that sheet (or restore its headers) and run again.',
    );
  }
  const header = grid.values[headerRow] ?? [];
  const rows = grid.values.slice(headerRow + 1).filter((row) => !row.every(isBlank));
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const columns = new Map<string, number>();
  const extras: ExtraColumn[] = [];
  for (let c = 0; c < width; c++) {
    const h = norm(header[c] ?? null);
    if (wanted.has(h) && !columns.has(h)) columns.set(h, c);
    else if (h !== '' || rows.some((row) => !isBlank(row[c] ?? null)))
      extras.push({ header: cellText(header[c] ?? null), col: c });
  }
  return { sheet: grid.sheet, headerRow, columns, extras, rows };
}

/** The cell of an existing row under a known header (null when the sheet lacks that column). */
export function cellUnder(table: ExistingTable, row: readonly CellValue[], header: string): CellValue {
  const c = table.columns.get(norm(header));
  return c === undefined ? null : (row[c] ?? null);
}

/** A row of an owned table: its key, its values in column order (formula cells null), and its extras. */
export interface TableRow {
  key: string;
  values: PlanValue[];
  extras: PlanValue[];
  /** True when the row was read back from the sheet (so a person may have typed in it). */
  existing: boolean;
}

/** Rows generated from the model, keyed. `values` follow the column specs; formula cells may be null. */
export interface GeneratedRow {
  key: string;
  values: PlanValue[];
}

export interface MergeOptions {
  /** Key of an existing row, from its values in column order. */
  keyOf: (values: readonly PlanValue[]) => string;
  /** Append generated rows whose key the sheet does not hold yet (default true). */
  appendNew?: boolean;
  /** Keep an existing row that no generated row matches (default true: never drop a person's row). */
  keepUnmatched?: (row: TableRow) => boolean;
  /** Rows that only refresh the computed cells of existing rows with their key; never appended. */
  refresh?: readonly GeneratedRow[];
  /**
   * Who a row is about. When given, existing rows are matched to generated (and refresh) rows by the
   * identity rules of row-identity.ts rather than by equal keys, so two children with one name stay two
   * rows, and a row whose details a person filled in or corrected is still found. A matched row takes
   * its generated row's key; an unmatched one keeps `keyOf`.
   */
  identify?: (values: readonly PlanValue[]) => RowIdentity;
}

/** The keys made unique: a key met again gets "#2", "#3"... in order, so no generated row is dropped. */
export function uniqueKeys<T extends { key: string }>(rows: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const n = (seen.get(r.key) ?? 0) + 1;
    seen.set(r.key, n);
    return n === 1 ? r : { ...r, key: `${r.key}#${n}` };
  });
}

/**
 * Merges generated rows into an existing table: existing rows stay in their order with every input cell as
 * typed (the sheet wins over a re-read source; only a column the sheet lacks is filled from the matching
 * generated row); computed cells come from the matching generated row (or stay as they were); generated
 * rows with new keys are appended; extra columns travel with their row.
 */
export function mergeRows(
  columns: readonly ColumnSpec[],
  generated: readonly GeneratedRow[],
  existing: ExistingTable | null,
  o: MergeOptions,
): { rows: TableRow[]; extraHeaders: string[] } {
  const kept: { values: PlanValue[]; extras: PlanValue[] }[] = [];
  for (const raw of existing?.rows ?? []) {
    const values = columns.map((c) =>
      c.kind === 'formula' ? null : toPlanValue(cellUnder(existing!, raw, c.header)),
    );
    const extras = existing!.extras.map((x) => toPlanValue(raw[x.col] ?? null));
    // A row left holding only provmap's own results is not a person's row.
    const typed = [...values.filter((_, i) => columns[i]!.kind === 'input'), ...extras];
    if (typed.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
    kept.push({ values, extras });
  }
  const rows: TableRow[] = [];
  const seen = new Set<string>();
  // Matching looks over every generated row: with no row kept from the sheet there is nothing to match.
  if (kept.length > 0) keepRows(columns, generated, existing!, kept, o, rows, seen);
  if (o.appendNew ?? true) {
    for (const g of generated) {
      if (seen.has(g.key)) continue;
      seen.add(g.key);
      const values = columns.map((c, i) => (c.kind === 'formula' ? null : (g.values[i] ?? null)));
      rows.push({ key: g.key, values, extras: (existing?.extras ?? []).map(() => null), existing: false });
    }
  }
  return { rows, extraHeaders: (existing?.extras ?? []).map((x) => x.header) };
}

/** The rows kept from the sheet, each matched to its generated row, added to `rows` (their keys to `seen`). */
function keepRows(
  columns: readonly ColumnSpec[],
  generated: readonly GeneratedRow[],
  existing: ExistingTable,
  kept: readonly { values: PlanValue[]; extras: PlanValue[] }[],
  o: MergeOptions,
  rows: TableRow[],
  seen: Set<string>,
): void {
  const candidates = [...generated, ...(o.refresh ?? [])];
  const byKey = new Map<string, GeneratedRow>();
  for (const g of candidates) if (!byKey.has(g.key)) byKey.set(g.key, g);
  const appendable = new Set(generated.map((g) => g.key));
  const identify = o.identify;
  const matched = identify
    ? matchRows(
        kept.map((k) => identify(k.values)),
        candidates.map((g) => identify(g.values)),
      )
    : null;
  kept.forEach(({ values, extras }, k) => {
    const at = matched?.[k] ?? -1;
    const key = at >= 0 ? candidates[at]!.key : o.keyOf(values);
    const match = at >= 0 ? candidates[at] : byKey.get(key);
    columns.forEach((c, i) => {
      // A column the sheet does not have yet (added in a later version of provmap) holds nothing typed.
      const absent = c.kind === 'input' && !existing.columns.has(norm(c.header));
      if ((c.kind === 'computed' || absent) && match) values[i] = match.values[i] ?? null;
    });
    const row: TableRow = { key, values, extras, existing: true };
    if (appendable.has(key) || (o.keepUnmatched?.(row) ?? true)) {
      rows.push(row);
      seen.add(key);
    }
  });
}
