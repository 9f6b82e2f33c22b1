// What every host's test harness exposes, so one contract suite runs against the xlsx host, the Apps Script
// adapter (over the fake SpreadsheetApp) and the Excel adapter (over the fake Excel model).

import type { WorkbookHost } from '../../core/host.js';

/** A cell as stored by the host: a formula (without '='), or a plain value. Dates as yyyy-mm-dd. */
export type StoredCell = { formula: string } | string | number | boolean | null;

/** Validation as observed in the host's own storage, normalised. */
export interface ObservedValidation {
  /** A1 range without sheet name, e.g. "H6:H40". */
  range: string;
  kind: 'list-from-range' | 'list' | 'whole-number' | 'decimal' | 'date';
  /** For list-from-range: the source as written (named range or sheet range). */
  source?: string;
  /** For list: the items. */
  values?: string[];
}

/** A conditional format as observed in the host's own storage, normalised. */
export interface ObservedConditionalFormat {
  range: string;
  kind: 'text-equals' | 'formula';
  /** text for text-equals, formula (without '=') for formula. */
  condition: string;
  /** #RRGGBB upper-case. */
  fill: string | null;
}

export interface ObservedSheet {
  name: string;
  /** Rows from A1, trimmed of trailing blank rows/columns. */
  cells: StoredCell[][];
  frozenRows: number;
  validations: ObservedValidation[];
  conditionalFormats: ObservedConditionalFormat[];
  /** Ranges under (warning-only) protection. */
  protections: string[];
  /** A1 address -> number format, only for cells whose format is not General. */
  numberFormats: Record<string, string>;
  /** A1 address -> note text. */
  notes: Record<string, string>;
  /** A1 address -> cell fill (#RRGGBB upper-case), only for cells filled with a colour other than white. */
  fills?: Record<string, string>;
}

export interface ObservedWorkbook {
  sheets: ObservedSheet[];
  namedRanges: { name: string; sheet: string; range: string }[];
}

/** A workbook to start from: sheets with plain values a teacher typed (strings are text, never formulas). */
export interface InitialSheet {
  name: string;
  values: (string | number | boolean | null)[][];
  /** 0-based inclusive merged blocks. */
  merges?: { top: number; left: number; bottom: number; right: number }[];
}

/** What a teacher may put on a cell besides its value, each in the host's own way. */
export interface CellDecoration {
  /** A solid fill, #RRGGBB. */
  fill?: string;
  /** A note (a comment in Excel's older sense). */
  note?: string;
  /** A dropdown of these items, strict. */
  listValues?: string[];
}

export interface HostHarness {
  host: WorkbookHost;
  /** Reads the host's storage directly (the fake's state, or the saved file), not through the adapter. */
  observe(): Promise<ObservedWorkbook>;
  /** Simulates a teacher: sets one cell's value (plain value, or text) in the host's storage. */
  typeValue(sheet: string, a1: string, value: string | number | null): Promise<void>;
  /** Simulates a teacher adding their own conditional format rule (text-equals) on a sheet. */
  addUserConditionalFormat(sheet: string, range: string, text: string, fill: string): Promise<void>;
  /** Simulates a teacher giving one cell a fill, a note and/or a dropdown, as the host's own UI would. */
  decorateCell(sheet: string, a1: string, decoration: CellDecoration): Promise<void>;
  /** Host round trips counted so far (API calls for fakes; file reads/writes for the xlsx host). */
  calls(): number;
  /** Makes the host fail at the k-th mutating call from now (for all-or-nothing tests); null turns it off. */
  failAtCall?(k: number | null): void;
}

/** Creates a fresh harness over a workbook holding `initial`. */
export type HarnessFactory = (initial: InitialSheet[]) => Promise<HostHarness>;
