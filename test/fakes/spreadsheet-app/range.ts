// Ranges and range lists: every read and write the adapter makes, with Apps Script's dimension rules.

import { a1Range } from '../../../core/grid.js';
import { MAX_CELL_CHARS, parseInput } from './cell-input.js';
import { FakeConditionalFormatRule } from './conditional-format.js';
import {
  cellKey,
  copyCell,
  emptyCell,
  intersects,
  isEmptyCell,
  type CellState,
  type CellStyleState,
  type Rect,
  type SheetState,
  type WorkbookState,
} from './model.js';
import { FakeProtection } from './protection.js';
import { sheetApi } from './sheet.js';
import { FakeDataValidation } from './validation.js';

function checkDims(kind: string, data: unknown, rows: number, cols: number): asserts data is unknown[][] {
  if (!Array.isArray(data)) throw new Error(`Cannot convert ${String(data)} to Object[][].`);
  if (data.length !== rows)
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
    );
  for (const row of data) {
    if (!Array.isArray(row)) throw new Error(`Cannot convert ${String(row)} to Object[] (${kind}).`);
    if (row.length !== cols)
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${cols}.`,
      );
  }
}

export class FakeRange {
  constructor(
    private readonly wb: WorkbookState,
    private readonly sheet: SheetState,
    private readonly rect: Rect,
  ) {}

  /** Not an Apps Script method: where this range is, for the fake's own builders. */
  location(): { sheet: SheetState; rect: Rect } {
    return { sheet: this.sheet, rect: { ...this.rect } };
  }

  private tick(method: string, mutating: boolean): void {
    if (this.sheet.deleted) throw new Error('This sheet has been deleted.');
    this.wb.calls.tick(`Range.${method}`, mutating);
  }

  private get rows(): number {
    return this.rect.bottom - this.rect.top + 1;
  }

  private get cols(): number {
    return this.rect.right - this.rect.left + 1;
  }

  private peek(r: number, c: number): CellState | undefined {
    return this.sheet.cells.get(cellKey(r, c));
  }

  private cell(r: number, c: number): CellState {
    const key = cellKey(r, c);
    let cell = this.sheet.cells.get(key);
    if (!cell) {
      cell = emptyCell();
      this.sheet.cells.set(key, cell);
    }
    return cell;
  }

  private each(fn: (cell: CellState, r: number, c: number) => void): void {
    for (let r = this.rect.top; r <= this.rect.bottom; r++)
      for (let c = this.rect.left; c <= this.rect.right; c++) {
        const cell = this.cell(r, c);
        fn(cell, r - this.rect.top, c - this.rect.left);
        if (isEmptyCell(cell)) this.sheet.cells.delete(cellKey(r, c));
      }
  }

  private grid<T>(fn: (cell: CellState | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: T[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(fn(this.peek(r, c)));
      out.push(row);
    }
    return out;
  }

  /** True for a cell hidden under a merge (not its top-left): Sheets drops values written there. */
  private hiddenByMerge(r: number, c: number): boolean {
    return this.sheet.merges.some(
      (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
    );
  }

  getSheet(): unknown {
    this.tick('getSheet', false);
    return sheetApi(this.wb, this.sheet);
  }

  /** Selects this range (its top-left cell takes the focus) and makes its sheet the active one. */
  activate(): this {
    this.tick('activate', false);
    this.wb.active = this.sheet;
    this.wb.selections.set(this.sheet, { ...this.rect });
    return this;
  }

  getRow(): number {
    this.tick('getRow', false);
    return this.rect.top + 1;
  }

  getColumn(): number {
    this.tick('getColumn', false);
    return this.rect.left + 1;
  }

  getNumRows(): number {
    this.tick('getNumRows', false);
    return this.rows;
  }

  getNumColumns(): number {
    this.tick('getNumColumns', false);
    return this.cols;
  }

  getA1Notation(): string {
    this.tick('getA1Notation', false);
    return a1Range(this.rect.top, this.rect.left, this.rect.bottom, this.rect.right);
  }

  getValues(): (string | number | boolean | Date)[][] {
    this.tick('getValues', false);
    return this.grid((c) => {
      const v = c?.value ?? null;
      if (v === null) return '';
      return v instanceof Date ? new Date(v.getTime()) : v;
    });
  }

  getValue(): string | number | boolean | Date {
    return this.getValues()[0]![0]!;
  }

  getFormulas(): string[][] {
    this.tick('getFormulas', false);
    return this.grid((c) => c?.formula ?? '');
  }

  getNumberFormats(): string[][] {
    this.tick('getNumberFormats', false);
    return this.grid((c) => c?.format ?? '0.###############');
  }

  getNotes(): string[][] {
    this.tick('getNotes', false);
    return this.grid((c) => c?.note ?? '');
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    this.tick('getDataValidations', false);
    return this.grid((c) => (c?.validation ? new FakeDataValidation(this.wb, { ...c.validation }) : null));
  }

  setValues(values: unknown[][]): this {
    this.tick('setValues', true);
    checkDims('values', values, this.rows, this.cols);
    for (const row of values)
      for (const v of row)
        if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
          throw new Error(
            `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
          );
    this.each((cell, r, c) => {
      if (this.hiddenByMerge(this.rect.top + r, this.rect.left + c)) return;
      const parsed = parseInput(values[r]![c], this.wb.timeZone, cell.format === '@');
      cell.value = parsed.value;
      cell.formula = parsed.formula;
      cell.quotePrefix = parsed.quotePrefix;
    });
    return this;
  }

  setValue(value: unknown): this {
    return this.setValues(
      Array.from({ length: this.rows }, () => Array.from({ length: this.cols }, () => value)),
    );
  }

  setNumberFormat(format: string): this {
    this.tick('setNumberFormat', true);
    this.each((cell) => (cell.format = format));
    return this;
  }

  setNumberFormats(formats: string[][]): this {
    this.tick('setNumberFormats', true);
    checkDims('formats', formats, this.rows, this.cols);
    this.each((cell, r, c) => (cell.format = formats[r]![c]!));
    return this;
  }

  setNotes(notes: (string | null)[][]): this {
    this.tick('setNotes', true);
    checkDims('notes', notes, this.rows, this.cols);
    this.each((cell, r, c) => (cell.note = notes[r]![c] ?? ''));
    return this;
  }

  setNote(note: string | null): this {
    this.tick('setNote', true);
    this.each((cell) => (cell.note = note ?? ''));
    return this;
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    this.tick('setDataValidation', true);
    this.each((cell) => (cell.validation = rule ? { ...rule.state } : null));
    return this;
  }

  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    this.tick('setDataValidations', true);
    checkDims('rules', rules, this.rows, this.cols);
    this.each((cell, r, c) => {
      const rule = rules[r]![c] ?? null;
      cell.validation = rule ? { ...rule.state } : null;
    });
    return this;
  }

  /** Apps Script's clear(): contents and formats. Notes and validation stay unless asked for. */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): this {
    this.tick('clear', true);
    const any = options && Object.values(options).some(Boolean);
    const contents = !any || !!options?.contentsOnly;
    const formats = !any || !!options?.formatOnly;
    this.each((cell) => {
      if (contents) Object.assign(cell, { value: null, formula: null, quotePrefix: false });
      if (formats) Object.assign(cell, { format: null, style: {} });
      if (options?.validationsOnly) cell.validation = null;
      if (options?.commentsOnly) cell.note = '';
    });
    return this;
  }

  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }

  clearDataValidations(): this {
    this.tick('clearDataValidations', true);
    this.each((cell) => (cell.validation = null));
    return this;
  }

  clearNote(): this {
    this.tick('clearNote', true);
    this.each((cell) => (cell.note = ''));
    return this;
  }

  private style(method: string, patch: (s: CellStyleState) => void): this {
    this.tick(method, true);
    this.each((cell) => {
      const s = { ...cell.style };
      patch(s);
      for (const k of Object.keys(s) as (keyof CellStyleState)[]) if (s[k] === undefined) delete s[k];
      cell.style = s;
    });
    return this;
  }

  setFontWeight(weight: string | null): this {
    return this.style('setFontWeight', (s) => (s.bold = weight === 'bold' ? true : undefined));
  }

  setFontStyle(style: string | null): this {
    return this.style('setFontStyle', (s) => (s.italic = style === 'italic' ? true : undefined));
  }

  setWrap(wrap: boolean | null): this {
    return this.style('setWrap', (s) => (s.wrap = wrap ? true : undefined));
  }

  setBackground(color: string | null): this {
    return this.style('setBackground', (s) => (s.background = color ? color.toLowerCase() : undefined));
  }

  setFontColor(color: string | null): this {
    return this.style('setFontColor', (s) => (s.fontColor = color ? color.toLowerCase() : undefined));
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.style('setHorizontalAlignment', (s) => (s.horizontalAlignment = alignment ?? undefined));
  }

  private styles<T>(method: string, data: T[][], patch: (s: CellStyleState, v: T) => void): this {
    this.tick(method, true);
    checkDims(method, data, this.rows, this.cols);
    this.each((cell, r, c) => {
      const s = { ...cell.style };
      patch(s, data[r]![c]!);
      for (const k of Object.keys(s) as (keyof CellStyleState)[]) if (s[k] === undefined) delete s[k];
      cell.style = s;
    });
    return this;
  }

  setFontWeights(weights: (string | null)[][]): this {
    return this.styles('setFontWeights', weights, (s, v) => (s.bold = v === 'bold' ? true : undefined));
  }

  setFontStyles(styles: (string | null)[][]): this {
    return this.styles('setFontStyles', styles, (s, v) => (s.italic = v === 'italic' ? true : undefined));
  }

  setWraps(wraps: boolean[][]): this {
    return this.styles('setWraps', wraps, (s, v) => (s.wrap = v ? true : undefined));
  }

  setBackgrounds(colors: (string | null)[][]): this {
    return this.styles('setBackgrounds', colors, (s, v) => (s.background = v ? v.toLowerCase() : undefined));
  }

  setFontColors(colors: (string | null)[][]): this {
    return this.styles('setFontColors', colors, (s, v) => (s.fontColor = v ? v.toLowerCase() : undefined));
  }

  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this.styles(
      'setHorizontalAlignments',
      alignments,
      (s, v) => (s.horizontalAlignment = v ?? undefined),
    );
  }

  getMergedRanges(): FakeRange[] {
    this.tick('getMergedRanges', false);
    return this.sheet.merges
      .filter((m) => intersects(m, this.rect))
      .map((m) => new FakeRange(this.wb, this.sheet, m));
  }

  merge(): this {
    this.tick('merge', true);
    if (this.sheet.merges.some((m) => intersects(m, this.rect)))
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    this.sheet.merges.push({ ...this.rect });
    return this;
  }

  breakApart(): this {
    this.tick('breakApart', true);
    const inside = (m: Rect): boolean =>
      m.top >= this.rect.top &&
      m.bottom <= this.rect.bottom &&
      m.left >= this.rect.left &&
      m.right <= this.rect.right;
    if (this.sheet.merges.some((m) => intersects(m, this.rect) && !inside(m)))
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    this.sheet.merges = this.sheet.merges.filter((m) => !inside(m));
    return this;
  }

  protect(): FakeProtection {
    this.tick('protect', true);
    const state = { rect: { ...this.rect }, description: '', warningOnly: false };
    this.sheet.protections.push(state);
    return new FakeProtection(this.wb, this.sheet, state);
  }

  /**
   * Copies to the range whose top-left is `destination`: cells (values, formulas, formats, notes,
   * validation), merges and conditional formats; or only column widths with PASTE_COLUMN_WIDTHS.
   */
  copyTo(destination: FakeRange, copyPasteType?: string, transposed?: boolean): void {
    this.tick('copyTo', true);
    if (transposed) throw new Error('The fake does not model transposed copies.');
    const dest = destination.location();
    const dr = dest.rect.top - this.rect.top;
    const dc = dest.rect.left - this.rect.left;
    if (dest.rect.top + this.rows > dest.sheet.maxRows || dest.rect.left + this.cols > dest.sheet.maxCols)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    if (copyPasteType === 'PASTE_COLUMN_WIDTHS') {
      for (let c = this.rect.left; c <= this.rect.right; c++) {
        const w = this.sheet.widths.get(c);
        if (w === undefined) dest.sheet.widths.delete(c + dc);
        else dest.sheet.widths.set(c + dc, w);
      }
      return;
    }
    if (copyPasteType !== undefined && copyPasteType !== 'PASTE_NORMAL')
      throw new Error(`The fake does not model ${copyPasteType}.`);
    const copied: [string, CellState][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++)
      for (let c = this.rect.left; c <= this.rect.right; c++) {
        const src = this.peek(r, c);
        if (src?.formula && (dr !== 0 || dc !== 0))
          throw new Error('The fake does not move formulas between positions.');
        copied.push([cellKey(r + dr, c + dc), src ? copyCell(src) : emptyCell()]);
      }
    for (const [key, cell] of copied) {
      if (isEmptyCell(cell)) dest.sheet.cells.delete(key);
      else dest.sheet.cells.set(key, cell);
    }
    const moved = (m: Rect): Rect => ({
      top: m.top + dr,
      bottom: m.bottom + dr,
      left: m.left + dc,
      right: m.right + dc,
    });
    const target: Rect = moved(this.rect);
    dest.sheet.merges = dest.sheet.merges.filter((m) => !intersects(m, target));
    for (const m of this.sheet.merges) if (intersects(m, this.rect)) dest.sheet.merges.push(moved(m));
    for (const rule of this.sheet.cfRules) {
      const ranges = rule.ranges.filter((r) => intersects(r.rect, this.rect));
      if (ranges.length === 0) continue;
      dest.sheet.cfRules.push({
        ...rule,
        ranges: ranges.map((r) => ({ sheet: dest.sheet, rect: moved(r.rect) })),
      });
    }
  }
}

/** A set of ranges on one sheet, so one call styles many ranges. */
export class FakeRangeList {
  constructor(
    private readonly wb: WorkbookState,
    private readonly ranges: FakeRange[],
  ) {}

  private apply(method: string, fn: (r: FakeRange) => unknown): this {
    this.wb.calls.tick(`RangeList.${method}`, true);
    // The list is one call; the per-range work is not counted again.
    this.wb.calls.mute(() => this.ranges.forEach(fn));
    return this;
  }

  getRanges(): FakeRange[] {
    this.wb.calls.tick('RangeList.getRanges', false);
    return [...this.ranges];
  }

  setNumberFormat(format: string): this {
    return this.apply('setNumberFormat', (r) => r.setNumberFormat(format));
  }

  setFontWeight(weight: string | null): this {
    return this.apply('setFontWeight', (r) => r.setFontWeight(weight));
  }

  setFontStyle(style: string | null): this {
    return this.apply('setFontStyle', (r) => r.setFontStyle(style));
  }

  setWrap(wrap: boolean): this {
    return this.apply('setWrap', (r) => r.setWrap(wrap));
  }

  setBackground(color: string | null): this {
    return this.apply('setBackground', (r) => r.setBackground(color));
  }

  setFontColor(color: string | null): this {
    return this.apply('setFontColor', (r) => r.setFontColor(color));
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.apply('setHorizontalAlignment', (r) => r.setHorizontalAlignment(alignment));
  }
}

export { FakeConditionalFormatRule };
