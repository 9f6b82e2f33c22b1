// The fake's storage: workbooks, sheets and cells as plain state, separate from the API objects.

import type { MergedRange } from '../../../core/grid.js';
import type { StoredValue } from './cell-input.js';
import type { CallLog } from './calls.js';

/** A 0-based inclusive rectangle. */
export type Rect = MergedRange;

export interface CellStyleState {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  background?: string;
  fontColor?: string;
  horizontalAlignment?: string;
}

/** Validation as stored on a cell; `source` points at a range for VALUE_IN_RANGE. */
export interface ValidationState {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
  /** For VALUE_IN_RANGE: the referenced range (null once its sheet was deleted). */
  source: { sheet: SheetState; rect: Rect } | null;
}

export interface CellState {
  value: StoredValue;
  formula: string | null;
  quotePrefix: boolean;
  /** null is Sheets' automatic format. */
  format: string | null;
  note: string;
  validation: ValidationState | null;
  style: CellStyleState;
}

export interface ConditionalRuleState {
  ranges: { sheet: SheetState; rect: Rect }[];
  criteria: string;
  values: string[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export interface ProtectionState {
  rect: Rect;
  description: string;
  warningOnly: boolean;
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  hidden: boolean;
  frozenRows: number;
  frozenCols: number;
  widths: Map<number, number>;
  cells: Map<string, CellState>;
  merges: Rect[];
  cfRules: ConditionalRuleState[];
  protections: ProtectionState[];
  deleted: boolean;
}

export interface NamedRangeState {
  sheet: SheetState;
  rect: Rect;
}

export interface WorkbookState {
  id: string;
  name: string;
  timeZone: string;
  sheets: SheetState[];
  namedRanges: Map<string, NamedRangeState>;
  active: SheetState | null;
  /** Each sheet's selected range as Sheets remembers it per sheet: set by Range.activate(). */
  selections: Map<SheetState, Rect>;
  nextSheetId: number;
  calls: CallLog;
}

/** Sheets' limit on cells in one spreadsheet, blank grid cells included. */
export const MAX_WORKBOOK_CELLS = 10_000_000;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_WIDTH = 100;

export const cellKey = (row: number, col: number): string => `${row}:${col}`;

export function emptyCell(): CellState {
  return {
    value: null,
    formula: null,
    quotePrefix: false,
    format: null,
    note: '',
    validation: null,
    style: {},
  };
}

export function copyCell(c: CellState): CellState {
  return { ...c, style: { ...c.style }, validation: c.validation ? { ...c.validation } : null };
}

/** True when a cell holds nothing at all (so it can be dropped from storage). */
export function isEmptyCell(c: CellState): boolean {
  return (
    c.value === null &&
    c.formula === null &&
    c.format === null &&
    c.note === '' &&
    c.validation === null &&
    Object.keys(c.style).length === 0
  );
}

export function newSheetState(
  wb: WorkbookState,
  name: string,
  rows = DEFAULT_ROWS,
  cols = DEFAULT_COLS,
): SheetState {
  return {
    id: wb.nextSheetId++,
    name,
    maxRows: rows,
    maxCols: cols,
    hidden: false,
    frozenRows: 0,
    frozenCols: 0,
    widths: new Map(),
    cells: new Map(),
    merges: [],
    cfRules: [],
    protections: [],
    deleted: false,
  };
}

export function totalCells(wb: WorkbookState): number {
  return wb.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
}

/** Throws Sheets' error when a change would take the workbook over 10,000,000 cells. */
export function checkCellLimit(wb: WorkbookState, extra: number): void {
  if (totalCells(wb) + extra > MAX_WORKBOOK_CELLS)
    throw new Error(
      `This action would increase the number of cells in the workbook above the limit of ${MAX_WORKBOOK_CELLS} cells.`,
    );
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** Quotes a sheet name the way Sheets writes it in A1 references. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rewrites references to sheet `from` in every formula of the workbook (to `to`, or #REF! when deleted). */
export function rewriteSheetReferences(wb: WorkbookState, from: string, to: string | null): void {
  const quoted = escapeRegExp(`'${from.replace(/'/g, "''")}'!`);
  const bare = /^[A-Za-z_][A-Za-z0-9_]*$/.test(from) ? `|\\b${escapeRegExp(from)}!` : '';
  const pattern = new RegExp(`${quoted}${bare}`, 'g');
  for (const sheet of wb.sheets)
    for (const cell of sheet.cells.values())
      if (cell.formula) {
        if (to === null) {
          // Pessimistic, as Excel does: a reference to a deleted sheet is lost for good.
          cell.formula = cell.formula.replace(
            new RegExp(`(${quoted}${bare})\\$?[A-Z]+\\$?\\d+(:\\$?[A-Z]+\\$?\\d+)?`, 'g'),
            '#REF!',
          );
        } else cell.formula = cell.formula.replace(pattern, `${quoteName(to)}!`);
      }
}
