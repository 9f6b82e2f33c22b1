// The fake Excel's storage: sheets of cells, validation, conditional formats, notes, names, and Excel's
// rules for what a written value becomes (text, number, formula).

import { a1Range, columnLetters, quoteSheet } from '../../../core/grid.js';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** An Office.js-like error: `code` as OfficeExtension.Error has it. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'OfficeExtension.Error';
  }
}

export interface ValidationRec {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

export interface StyleRec {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  wrap?: boolean;
  align?: string;
}

export interface CellRec {
  value?: string | number | boolean;
  formula?: string;
  format?: string;
  style?: StyleRec;
  validation?: ValidationRec;
}

export interface CfRec {
  id: number;
  type: 'Custom' | 'CellValue';
  rect: Rect;
  formula?: string;
  rule?: Excel.ConditionalCellValueRule;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface SheetRec {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden';
  cells: Map<string, CellRec>;
  cfs: CfRec[];
  frozen: { rows: number; columns: number };
  widths: Map<number, number>;
  notes: Map<string, string>;
  merges: Rect[];
}

export const key = (r: number, c: number): string => `${r},${c}`;
export const unkey = (k: string): [number, number] => k.split(',').map(Number) as [number, number];
export const DEFAULT_WIDTH = 48;

/** Excel's address text for a rectangle on a sheet, including whole rows and columns. */
export function addressOf(sheet: string, r: Rect): string {
  const q = quoteSheet(sheet);
  if (r.top === 0 && r.bottom === MAX_ROW && r.left === 0 && r.right === MAX_COL)
    return `${q}!1:${MAX_ROW + 1}`;
  if (r.top === 0 && r.bottom === MAX_ROW) return `${q}!${columnLetters(r.left)}:${columnLetters(r.right)}`;
  if (r.left === 0 && r.right === MAX_COL) return `${q}!${r.top + 1}:${r.bottom + 1}`;
  return `${q}!${a1Range(r.top, r.left, r.bottom, r.right)}`;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * What Excel stores when `input` is written into a cell through `values` or `formulas`: as typed, unless
 * the cell's number format is '@' (text). '=' starts a formula; '+', '-' and '@' do too unless a number
 * follows; a leading apostrophe marks text; numbers, booleans and dates are parsed.
 */
export function storeTyped(cell: CellRec, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.value;
  delete cell.formula;
  if (input === '') return;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', `cannot store ${typeof input}`);
  if (cell.format === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith('=')) cell.formula = input.slice(1);
  else if (NUMERIC.test(input.trim())) cell.value = Number(input.trim());
  else if (/^[+\-@]/.test(input)) cell.formula = input;
  else if (input.startsWith("'")) cell.value = input.slice(1);
  else if (/^(true|false)$/i.test(input.trim())) cell.value = input.trim().toLowerCase() === 'true';
  else if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(input.trim())) cell.value = 45000;
  else cell.value = input;
}

/** The fake workbook: all state the proxies read and change. */
export class FakeWorkbookState {
  sheets: SheetRec[] = [];
  names: { name: string; formula: string }[] = [];
  activeId = 0;
  /** Each sheet's selected range by sheet id, as Excel remembers it per sheet: set by Range.select(). */
  selections = new Map<number, Rect>();
  private nextId = 1;
  syncs = 0;
  mutations = 0;
  calculationSuspensions = 0;
  /** Runs made with mergeUndoGroup. */
  undoGroupedRuns = 0;
  /** Fail the k-th mutating command from now (one shot). */
  failAt: number | null = null;
  payloadLimit = 5 * 1024 * 1024;
  /** The next sync never answers (Excel on the web can hang). */
  hangNextSync = false;
  largestRequest = 0;

  addSheet(name: string): SheetRec {
    if (this.find(name)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name))
      throw new FakeOfficeError('InvalidArgument', `bad sheet name ${name}`);
    const sheet: SheetRec = {
      id: this.nextId++,
      name,
      visibility: 'Visible',
      cells: new Map(),
      cfs: [],
      frozen: { rows: 0, columns: 0 },
      widths: new Map(),
      notes: new Map(),
      merges: [],
    };
    this.sheets.push(sheet);
    if (this.activeId === 0) this.activeId = sheet.id;
    return sheet;
  }

  nextCfId(): number {
    return this.nextId++;
  }

  find(name: string): SheetRec | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  byId(id: number): SheetRec | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  deleteSheet(sheet: SheetRec): void {
    if (this.sheets.filter((s) => s.visibility === 'Visible').length <= 1)
      throw new FakeOfficeError('InvalidOperation', 'cannot delete the last sheet');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    const q = quoteSheet(sheet.name);
    for (const n of this.names)
      if (n.formula.startsWith(`=${q}!`)) n.formula = `=#REF!${n.formula.slice(q.length + 2)}`;
    if (this.activeId === sheet.id) this.activeId = this.sheets[0]?.id ?? 0;
    this.selections.delete(sheet.id);
  }

  /** The active sheet's selected range: A1 on a sheet nobody has selected in yet, as in Excel. */
  selected(): { sheet: SheetRec; rect: Rect } | null {
    const sheet = this.byId(this.activeId);
    if (!sheet) return null;
    return { sheet, rect: this.selections.get(sheet.id) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  cell(sheet: SheetRec, r: number, c: number): CellRec {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) {
      cell = {};
      sheet.cells.set(key(r, c), cell);
    }
    return cell;
  }

  /** Cells of a rectangle that exist in storage (cheap for whole rows or columns). */
  existing(sheet: SheetRec, rect: Rect): [number, number, CellRec][] {
    const out: [number, number, CellRec][] = [];
    for (const [k, cell] of sheet.cells) {
      const [r, c] = unkey(k);
      if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) out.push([r, c, cell]);
    }
    return out;
  }

  /** Bounding box of cells with values (or, unless valuesOnly, any formatting or validation). */
  usedRect(sheet: SheetRec, valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [k, cell] of sheet.cells) {
      const hasValue = cell.value !== undefined || cell.formula !== undefined;
      const hasFormat =
        (cell.format !== undefined && cell.format !== 'General') ||
        (cell.style && Object.keys(cell.style).length > 0) ||
        cell.validation;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [r, c] = unkey(k);
      rect = rect
        ? {
            top: Math.min(rect.top, r),
            left: Math.min(rect.left, c),
            bottom: Math.max(rect.bottom, r),
            right: Math.max(rect.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return rect;
  }

  /** Counts one mutating command, failing it when fault injection says so. */
  mutate(): void {
    if (this.failAt !== null) {
      this.failAt--;
      if (this.failAt <= 0) {
        this.failAt = null;
        throw new FakeOfficeError('GeneralException', 'injected failure');
      }
    }
    this.mutations++;
  }
}
