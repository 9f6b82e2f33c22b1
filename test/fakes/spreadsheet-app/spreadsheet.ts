// A fake spreadsheet: its sheets in tab order, named ranges and sheet-qualified A1 lookups.

import { parseA1Range } from '../../../core/grid.js';
import { CallLog } from './calls.js';
import {
  checkCellLimit,
  DEFAULT_COLS,
  DEFAULT_ROWS,
  newSheetState,
  rewriteSheetReferences,
  type Rect,
  type SheetState,
  type WorkbookState,
} from './model.js';
import { FakeNamedRange } from './protection.js';
import { FakeRange } from './range.js';
import { checkSheetName, FakeSheet, sheetApi } from './sheet.js';

const apis = new WeakMap<WorkbookState, FakeSpreadsheet>();

/** The one API object of a workbook. */
export function spreadsheetApi(wb: WorkbookState): FakeSpreadsheet {
  let api = apis.get(wb);
  if (!api) {
    api = new FakeSpreadsheet(wb);
    apis.set(wb, api);
  }
  return api;
}

/** A new empty workbook state. */
export function newWorkbook(
  id: string,
  name: string,
  calls: CallLog,
  timeZone = 'Europe/London',
): WorkbookState {
  return {
    id,
    name,
    timeZone,
    sheets: [],
    namedRanges: new Map(),
    active: null,
    selections: new Map(),
    nextSheetId: 0,
    calls,
  };
}

/** Splits "'Sheet name'!B2:C3" into the sheet name and the A1 range. */
export function splitSheetRef(ref: string): { sheet: string | null; range: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return { sheet: null, range: ref.trim() };
  return { sheet: (m[1] ?? m[2]!).replace(/''/g, "'"), range: m[3]! };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,249}$/;

export class FakeSpreadsheet {
  constructor(private readonly wb: WorkbookState) {}

  /** Not an Apps Script method: the workbook's storage, for the fake's own use. */
  storage(): WorkbookState {
    return this.wb;
  }

  private tick(method: string, mutating: boolean): void {
    this.wb.calls.tick(`Spreadsheet.${method}`, mutating);
  }

  private byName(name: string): SheetState | undefined {
    return this.wb.sheets.find((s) => s.name === name);
  }

  getId(): string {
    this.tick('getId', false);
    return this.wb.id;
  }

  getName(): string {
    this.tick('getName', false);
    return this.wb.name;
  }

  getSpreadsheetTimeZone(): string {
    this.tick('getSpreadsheetTimeZone', false);
    return this.wb.timeZone;
  }

  getSheets(): FakeSheet[] {
    this.tick('getSheets', false);
    return this.wb.sheets.map((s) => sheetApi(this.wb, s));
  }

  getSheetByName(name: string): FakeSheet | null {
    this.tick('getSheetByName', false);
    const s = this.byName(name);
    return s ? sheetApi(this.wb, s) : null;
  }

  getActiveSheet(): FakeSheet {
    this.tick('getActiveSheet', false);
    return sheetApi(this.wb, this.wb.active ?? this.wb.sheets[0]!);
  }

  /** The active sheet's selected range; A1 on a sheet nobody has selected in yet, as in Sheets. */
  private selected(): { sheet: SheetState; rect: Rect } | null {
    const sheet = this.wb.active ?? this.wb.sheets[0];
    if (!sheet) return null;
    return { sheet, rect: this.wb.selections.get(sheet) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  /** The selected range of the active sheet. */
  getActiveRange(): FakeRange | null {
    this.tick('getActiveRange', false);
    const s = this.selected();
    return s ? new FakeRange(this.wb, s.sheet, s.rect) : null;
  }

  /** The cell with the focus: the top-left cell of the selected range, where Range.activate puts it. */
  getCurrentCell(): FakeRange | null {
    this.tick('getCurrentCell', false);
    const s = this.selected();
    if (!s) return null;
    const { top, left } = s.rect;
    return new FakeRange(this.wb, s.sheet, { top, left, bottom: top, right: left });
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.tick('setActiveSheet', true);
    this.wb.active = sheet.storage();
    return sheet;
  }

  /** A new 1000 x 26 sheet named `name` at 0-based `index` (at the end when omitted); it becomes active. */
  insertSheet(name?: string, index?: number): FakeSheet {
    this.tick('insertSheet', true);
    const sheetName = name ?? `Sheet${this.wb.sheets.length + 1}`;
    checkSheetName(this.wb, sheetName);
    checkCellLimit(this.wb, DEFAULT_ROWS * DEFAULT_COLS);
    const state = newSheetState(this.wb, sheetName);
    const at =
      index === undefined ? this.wb.sheets.length : Math.max(0, Math.min(index, this.wb.sheets.length));
    this.wb.sheets.splice(at, 0, state);
    this.wb.active = state;
    return sheetApi(this.wb, state);
  }

  deleteSheet(sheet: FakeSheet): void {
    this.tick('deleteSheet', true);
    const state = sheet.storage();
    if (!this.wb.sheets.includes(state)) throw new Error('This sheet has been deleted.');
    if (this.wb.sheets.filter((s) => s !== state && !s.hidden).length === 0)
      throw new Error(
        'This operation is not allowed. A spreadsheet must have at least one non-hidden sheet.',
      );
    this.wb.sheets = this.wb.sheets.filter((s) => s !== state);
    state.deleted = true;
    rewriteSheetReferences(this.wb, state.name, null);
    for (const [name, nr] of [...this.wb.namedRanges])
      if (nr.sheet === state) this.wb.namedRanges.delete(name);
    for (const s of this.wb.sheets)
      for (const cell of s.cells.values())
        if (cell.validation?.source?.sheet === state) cell.validation.source = null;
    if (this.wb.active === state) this.wb.active = this.wb.sheets[0] ?? null;
  }

  /** A range by sheet-qualified A1 ("'Provision Map'!C2:C9"); without a sheet, on the active sheet. */
  getRange(a1Notation: string): FakeRange {
    this.tick('getRange', false);
    const { sheet, range } = splitSheetRef(a1Notation);
    const state = sheet === null ? (this.wb.active ?? this.wb.sheets[0]) : this.byName(sheet);
    if (!state) throw new Error(`Range not found: ${a1Notation}`);
    const rect = parseA1Range(range);
    if (rect.bottom >= state.maxRows || rect.right >= state.maxCols)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this.wb, state, rect);
  }

  getRangeByName(name: string): FakeRange | null {
    this.tick('getRangeByName', false);
    const nr = this.wb.namedRanges.get(name);
    return nr ? new FakeRange(this.wb, nr.sheet, nr.rect) : null;
  }

  /** Names a range; an existing name is moved to the new range. */
  setNamedRange(name: string, range: FakeRange): void {
    this.tick('setNamedRange', true);
    if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw new Error(`Invalid named range name: ${name}`);
    const loc = range.location();
    this.wb.namedRanges.set(name, { sheet: loc.sheet, rect: loc.rect });
  }

  removeNamedRange(name: string): void {
    this.tick('removeNamedRange', true);
    if (!this.wb.namedRanges.delete(name)) throw new Error(`Named range ${name} not found.`);
  }

  getNamedRanges(): FakeNamedRange[] {
    this.tick('getNamedRanges', false);
    return [...this.wb.namedRanges.keys()].map((n) => new FakeNamedRange(this.wb, n));
  }

  toast(): void {
    this.tick('toast', false);
  }
}

/** Renames a sheet without going through the API (for harness set-up), updating references. */
export function renameSheetState(wb: WorkbookState, state: SheetState, name: string): void {
  const old = state.name;
  state.name = name;
  rewriteSheetReferences(wb, old, name);
}
