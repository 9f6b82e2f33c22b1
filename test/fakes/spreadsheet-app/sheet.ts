// One sheet of the fake: ranges by A1 or by position, size, frozen panes, rules, protections and copies.

import { parseA1Range } from '../../../core/grid.js';
import { FakeConditionalFormatRule } from './conditional-format.js';
import {
  checkCellLimit,
  copyCell,
  DEFAULT_WIDTH,
  rewriteSheetReferences,
  type Rect,
  type SheetState,
  type WorkbookState,
} from './model.js';
import { FakeProtection } from './protection.js';
import { FakeRange, FakeRangeList } from './range.js';
import { deleteSpan, insertSpan } from './shift.js';
import { spreadsheetApi } from './spreadsheet.js';

const apis = new WeakMap<SheetState, FakeSheet>();

/** The one API object of a sheet (Apps Script hands out equal objects for the same sheet). */
export function sheetApi(wb: WorkbookState, state: SheetState): FakeSheet {
  let api = apis.get(state);
  if (!api) {
    api = new FakeSheet(wb, state);
    apis.set(state, api);
  }
  return api;
}

/** Sheet names Sheets refuses. */
export function checkSheetName(wb: WorkbookState, name: string, except?: SheetState): void {
  if (name.trim() === '' || name.length > 100) throw new Error(`Invalid sheet name: "${name}".`);
  if (wb.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase()))
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

export class FakeSheet {
  constructor(
    private readonly wb: WorkbookState,
    private readonly state: SheetState,
  ) {}

  /** Not an Apps Script method: the sheet's storage, for the fake's own use. */
  storage(): SheetState {
    return this.state;
  }

  private tick(method: string, mutating: boolean): void {
    if (this.state.deleted) throw new Error('This sheet has been deleted.');
    this.wb.calls.tick(`Sheet.${method}`, mutating);
  }

  private rangeOf(rect: Rect): FakeRange {
    if (
      rect.top < 0 ||
      rect.left < 0 ||
      rect.bottom >= this.state.maxRows ||
      rect.right >= this.state.maxCols
    )
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this.wb, this.state, rect);
  }

  getName(): string {
    this.tick('getName', false);
    return this.state.name;
  }

  setName(name: string): this {
    this.tick('setName', true);
    checkSheetName(this.wb, name, this.state);
    const old = this.state.name;
    this.state.name = name;
    rewriteSheetReferences(this.wb, old, name);
    return this;
  }

  getSheetId(): number {
    this.tick('getSheetId', false);
    return this.state.id;
  }

  getIndex(): number {
    this.tick('getIndex', false);
    return this.wb.sheets.indexOf(this.state) + 1;
  }

  getParent(): unknown {
    this.tick('getParent', false);
    return spreadsheetApi(this.wb);
  }

  getMaxRows(): number {
    this.tick('getMaxRows', false);
    return this.state.maxRows;
  }

  getMaxColumns(): number {
    this.tick('getMaxColumns', false);
    return this.state.maxCols;
  }

  private extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [key, cell] of this.state.cells)
      if (cell.value !== null || cell.formula !== null) {
        const [r, c] = key.split(':').map(Number) as [number, number];
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    return { rows, cols };
  }

  getLastRow(): number {
    this.tick('getLastRow', false);
    return this.extent().rows;
  }

  getLastColumn(): number {
    this.tick('getLastColumn', false);
    return this.extent().cols;
  }

  isSheetHidden(): boolean {
    this.tick('isSheetHidden', false);
    return this.state.hidden;
  }

  hideSheet(): this {
    this.tick('hideSheet', true);
    this.state.hidden = true;
    return this;
  }

  showSheet(): this {
    this.tick('showSheet', true);
    this.state.hidden = false;
    return this;
  }

  getRange(a: string | number, col?: number, numRows = 1, numColumns = 1): FakeRange {
    this.tick('getRange', false);
    if (typeof a === 'string') return this.rangeOf(parseA1Range(a));
    if (col === undefined)
      throw new Error("Exception: The parameters (number) don't match any method signature.");
    if (numRows < 1 || numColumns < 1)
      throw new Error('The number of rows and columns in the range must be at least 1.');
    return this.rangeOf({ top: a - 1, left: col - 1, bottom: a - 2 + numRows, right: col - 2 + numColumns });
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    this.tick('getRangeList', false);
    return new FakeRangeList(
      this.wb,
      a1Notations.map((a) => this.rangeOf(parseA1Range(a))),
    );
  }

  getDataRange(): FakeRange {
    this.tick('getDataRange', false);
    const { rows, cols } = this.extent();
    return this.rangeOf({ top: 0, left: 0, bottom: Math.max(rows, 1) - 1, right: Math.max(cols, 1) - 1 });
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.tick('insertRowsAfter', true);
    checkCellLimit(this.wb, howMany * this.state.maxCols);
    insertSpan(this.wb, this.state, 'rows', afterPosition, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.tick('insertColumnsAfter', true);
    checkCellLimit(this.wb, howMany * this.state.maxRows);
    insertSpan(this.wb, this.state, 'cols', afterPosition, howMany);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.tick('deleteRows', true);
    if (rowPosition < 1 || rowPosition - 1 + howMany > this.state.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (howMany >= this.state.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    deleteSpan(this.wb, this.state, 'rows', rowPosition - 1, howMany);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.tick('deleteColumns', true);
    if (columnPosition < 1 || columnPosition - 1 + howMany > this.state.maxCols)
      throw new Error('Those columns are out of bounds.');
    if (howMany >= this.state.maxCols) throw new Error("You can't delete all the columns on the sheet.");
    deleteSpan(this.wb, this.state, 'cols', columnPosition - 1, howMany);
  }

  getFrozenRows(): number {
    this.tick('getFrozenRows', false);
    return this.state.frozenRows;
  }

  getFrozenColumns(): number {
    this.tick('getFrozenColumns', false);
    return this.state.frozenCols;
  }

  setFrozenRows(rows: number): void {
    this.tick('setFrozenRows', true);
    if (rows < 0 || rows >= this.state.maxRows) throw new Error('Invalid frozen row count.');
    this.state.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    this.tick('setFrozenColumns', true);
    if (columns < 0 || columns >= this.state.maxCols) throw new Error('Invalid frozen column count.');
    this.state.frozenCols = columns;
  }

  getColumnWidth(columnPosition: number): number {
    this.tick('getColumnWidth', false);
    return this.state.widths.get(columnPosition - 1) ?? DEFAULT_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.tick('setColumnWidths', true);
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++) this.state.widths.set(c, width);
    return this;
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.tick('getConditionalFormatRules', false);
    return this.state.cfRules.map(
      (r) => new FakeConditionalFormatRule(this.wb, { ...r, ranges: [...r.ranges] }),
    );
  }

  /** Replaces every conditional format rule of the sheet (Apps Script has no way to add just one). */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.tick('setConditionalFormatRules', true);
    for (const rule of rules) {
      if (!(rule instanceof FakeConditionalFormatRule)) throw new Error('Invalid argument: rules');
      if (rule.state.ranges.some((r) => r.sheet !== this.state))
        throw new Error('Conditional format rule cannot reference a different sheet.');
    }
    this.state.cfRules = rules.map((r) => ({ ...r.state, ranges: [...r.state.ranges] }));
  }

  getProtections(type: string): FakeProtection[] {
    this.tick('getProtections', false);
    if (type !== 'RANGE') return [];
    return this.state.protections.map((p) => new FakeProtection(this.wb, this.state, p));
  }

  activate(): this {
    this.tick('activate', true);
    this.wb.active = this.state;
    return this;
  }

  /** Duplicates the sheet at the end of `spreadsheet` as "Copy of <name>" (protections are not copied). */
  copyTo(_spreadsheet: unknown): FakeSheet {
    this.tick('copyTo', true);
    const s = this.state;
    checkCellLimit(this.wb, s.maxRows * s.maxCols);
    let name = `Copy of ${s.name}`;
    for (let i = 2; this.wb.sheets.some((x) => x.name === name); i++) name = `Copy of ${s.name} ${i}`;
    const copy: SheetState = {
      ...s,
      id: this.wb.nextSheetId++,
      name,
      widths: new Map(s.widths),
      cells: new Map([...s.cells].map(([k, c]) => [k, copyCell(c)])),
      merges: s.merges.map((m) => ({ ...m })),
      cfRules: [],
      protections: [],
      deleted: false,
    };
    copy.cfRules = s.cfRules.map((r) => ({
      ...r,
      ranges: r.ranges.map((x) => ({ sheet: copy, rect: { ...x.rect } })),
    }));
    this.wb.sheets.push(copy);
    return sheetApi(this.wb, copy);
  }
}
