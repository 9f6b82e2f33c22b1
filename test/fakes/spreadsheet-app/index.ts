// A fake Google Apps Script environment (SpreadsheetApp, Sheets, LockService, PropertiesService, ScriptApp,
// Utilities, HtmlService) that enforces the real rules, counts round trips and can fail on demand.

import type { InitialSheet, ObservedWorkbook } from '../../contract/harness.js';
import { a1Range, parseA1Range } from '../../../core/grid.js';
import { fakeSpreadsheetApp } from './app.js';
import { CallLog } from './calls.js';
import { FakeConditionalFormatRuleBuilder } from './conditional-format.js';
import { cellKey, emptyCell, newSheetState, type WorkbookState } from './model.js';
import { observeWorkbook } from './observe.js';
import { FakeRange } from './range.js';
import {
  fakeHtmlService,
  fakeLockService,
  fakeScriptApp,
  fakeUtilities,
  FakeProperties,
  type FakeEnv,
  type LockState,
  type UiLog,
} from './services.js';
import { fakeSheetsService, type FakeDrive } from './sheets-advanced.js';
import { newWorkbook, spreadsheetApi, type FakeSpreadsheet } from './spreadsheet.js';

export { CallLog, InjectedFailure } from './calls.js';
export { MAX_CELL_CHARS } from './cell-input.js';
export { MAX_WORKBOOK_CELLS } from './model.js';
export { MAX_LIST_ITEMS } from './validation.js';
export { MAX_PROPERTY_STORE_BYTES, MAX_PROPERTY_VALUE_BYTES } from './services.js';
export { observeWorkbook, observeSheet, rectangles } from './observe.js';
export type { FakeSpreadsheet } from './spreadsheet.js';
export type { FakeSheet } from './sheet.js';
export type { UiLog, MenuItem, FakeEnv } from './services.js';

export interface FakeGoogleOptions {
  /** The sheets of the spreadsheet the add-on is open in. */
  sheets?: InitialSheet[];
  timeZone?: string;
  /** Built HTML files by name, for HtmlService.createHtmlOutputFromFile. */
  htmlFiles?: Map<string, string>;
}

/** Writes typed values into a sheet without the API: strings stay text, as a teacher typed them. */
function fill(wb: WorkbookState, spec: InitialSheet): void {
  const sheet = newSheetState(wb, spec.name);
  spec.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      sheet.cells.set(cellKey(r, c), { ...emptyCell(), value: v });
    }),
  );
  sheet.merges = (spec.merges ?? []).map((m) => ({ ...m }));
  wb.sheets.push(sheet);
}

export type FakeGoogle = ReturnType<typeof createFakeGoogle>;

/** A fresh fake environment around one spreadsheet. */
export function createFakeGoogle(options: FakeGoogleOptions = {}) {
  const calls = new CallLog();
  const env: FakeEnv = { authMode: 'FULL' };
  calls.guard = (method, mutating) => {
    if (env.authMode === 'NONE')
      throw new Error(`You do not have permission to call ${method}. Required permissions are missing.`);
    if (env.authMode === 'CUSTOM_FUNCTION' && mutating)
      throw new Error(`You do not have permission to call ${method}.`);
  };
  const tz = options.timeZone ?? 'Europe/London';
  const wb = newWorkbook('fake-spreadsheet-id', 'Class 4B tracker', calls, tz);
  for (const s of options.sheets ?? [{ name: 'Sheet1', values: [] }]) fill(wb, s);
  wb.active = wb.sheets[0] ?? null;

  const ui: UiLog = { menus: [], sidebars: [], dialogs: [], alerts: [] };
  const lock: LockState = { holder: null, waited: 0 };
  const properties = {
    document: new FakeProperties(env, calls, 'PropertiesService.getDocumentProperties'),
    script: new FakeProperties(env, calls, 'PropertiesService.getScriptProperties'),
    user: new FakeProperties(env, calls, 'PropertiesService.getUserProperties'),
  };
  const drive: FakeDrive = { files: new Map(), granted: new Set() };
  const html = options.htmlFiles ?? new Map<string, string>();

  const globals = {
    SpreadsheetApp: fakeSpreadsheetApp(env, wb, ui),
    Sheets: fakeSheetsService(env, calls, drive),
    LockService: fakeLockService(env, lock),
    PropertiesService: {
      getDocumentProperties: () => properties.document,
      getScriptProperties: () => properties.script,
      getUserProperties: () => properties.user,
    },
    ScriptApp: fakeScriptApp(env),
    Utilities: fakeUtilities,
    HtmlService: fakeHtmlService(html),
    Logger: { log: (): void => undefined },
  };

  return {
    globals,
    env,
    calls,
    ui,
    lock,
    properties,
    drive,
    workbook: wb,
    spreadsheet: spreadsheetApi(wb) as FakeSpreadsheet,
    /** Adds another file the user owns; `grant` makes it readable as if picked with the Picker. */
    addFile(id: string, name: string, sheets: InitialSheet[], grant = false): void {
      const file = newWorkbook(id, name, calls, tz);
      for (const s of sheets) fill(file, s);
      drive.files.set(id, file);
      if (grant) drive.granted.add(id);
    },
    observe(): ObservedWorkbook {
      return observeWorkbook(wb);
    },
    /** The range last activated on the active sheet (a script's Range.activate), or null if none was. */
    selection(): { sheet: string; a1: string } | null {
      const sheet = wb.active;
      const r = sheet ? wb.selections.get(sheet) : undefined;
      return sheet && r ? { sheet: sheet.name, a1: a1Range(r.top, r.left, r.bottom, r.right) } : null;
    },
    /** A teacher types into one cell (text stays text, as typing with the keyboard would for names). */
    typeValue(sheet: string, a1: string, value: string | number | null): void {
      const s = wb.sheets.find((x) => x.name === sheet);
      if (!s) throw new Error(`No sheet ${sheet}`);
      const { top, left } = parseA1Range(a1);
      // A teacher typing past the edge first adds rows or columns, as the Sheets UI lets them.
      if (top >= s.maxRows) s.maxRows = top + 1;
      if (left >= s.maxCols) s.maxCols = left + 1;
      const key = cellKey(top, left);
      const cell = s.cells.get(key) ?? emptyCell();
      s.cells.set(key, { ...cell, value: value === '' ? null : value, formula: null });
    },
    /** A teacher adds their own "text is exactly" rule with a fill. */
    addUserConditionalFormat(sheet: string, range: string, text: string, fill: string): void {
      const s = wb.sheets.find((x) => x.name === sheet);
      if (!s) throw new Error(`No sheet ${sheet}`);
      const rule = new FakeConditionalFormatRuleBuilder(wb)
        .whenTextEqualTo(text)
        .setBackground(fill)
        .setRanges([new FakeRange(wb, s, parseA1Range(range))])
        .build();
      s.cfRules.push(rule.state);
    },
  };
}
