// Runs inspect_xlsx.py (openpyxl under the system Python) on an .xlsx file and returns what it saw.

import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('./inspect_xlsx.py', import.meta.url));
/** The Debian Python that has python3-openpyxl (not a pyenv python3 that may be first on PATH). */
export const SYSTEM_PYTHON = process.env.PROVMAP_PYTHON ?? '/usr/bin/python3';

export type InspectedCell =
  string | number | boolean | null | { formula: string } | { date: string } | { time: string };

export interface InspectedValidation {
  sqref: string;
  type: string | null;
  operator: string | null;
  formula1: string | null;
  formula2: string | null;
  allowBlank: boolean;
  showErrorMessage: boolean;
  errorStyle: string | null;
  errorTitle: string | null;
  error: string | null;
  promptTitle: string | null;
  prompt: string | null;
}

export interface InspectedFormat {
  sqref: string;
  type: string;
  operator: string | null;
  formula: string[];
  text: string | null;
  priority: number;
  stopIfTrue: boolean;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
}

export interface InspectedSheet {
  name: string;
  state: string;
  maxRow: number;
  maxColumn: number;
  /** Stored cells: formulas as {formula}. */
  cells: InspectedCell[][];
  /** Cached values, as the engine that last saved the file computed them. */
  values: InspectedCell[][];
  frozen: string | null;
  validations: InspectedValidation[];
  conditionalFormats: InspectedFormat[];
  numberFormats: Record<string, string>;
  notes: Record<string, string>;
  styles: Record<string, { bold?: boolean; wrap?: boolean; fill?: string | null }>;
  merges: string[];
  columnWidths: Record<string, number>;
  sheetProtected: boolean;
  unlocked: string[];
  pageSetup: {
    orientation: string | null;
    fitToWidth: number | null;
    fitToHeight: number | null;
    fitToPage: boolean;
    printArea: string | null;
    printTitleRows: string | null;
  };
}

export interface InspectedWorkbook {
  sheets: InspectedSheet[];
  definedNames: {
    name: string;
    value: string;
    localSheetId: number | null;
    destinations: [string, string][];
  }[];
  active: string | null;
}

/** True when the system Python can import openpyxl. */
export function hasOpenpyxl(): boolean {
  if (!existsSync(SYSTEM_PYTHON)) return false;
  try {
    // Synchronous, so suites can decide to skip while they are being collected.
    execFileSync(SYSTEM_PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What openpyxl finds in the file. */
export async function inspectXlsx(path: string): Promise<InspectedWorkbook> {
  const { stdout } = await run(SYSTEM_PYTHON, [SCRIPT, path], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as InspectedWorkbook;
}

/** One sheet of an inspected workbook; throws when it is missing. */
export function inspectedSheet(wb: InspectedWorkbook, name: string): InspectedSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`No sheet "${name}" in ${wb.sheets.map((x) => x.name).join(', ')}`);
  return s;
}
