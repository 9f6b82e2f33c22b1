// Opens xlsx bytes as an ExcelJS workbook (no Node API): checks the package, notes what the output cannot
// carry, repairs what ExcelJS would trip on, and says honestly what could not be read.

import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { findNotKept } from './package/not-kept.js';
import type { NotKept } from './package/not-kept.js';
import { repairForExcelJs } from './package/repair.js';
import { WORKBOOK_PART } from './package/sheet-parts.js';
import { ZipPackage } from './package/zip-package.js';
import { InputError } from './input-error.js';
import { normaliseValidations } from './validation-cover.js';

/** A workbook as read, and what in the file the workbook (and so any output) does not hold. */
export interface OpenedWorkbook {
  workbook: Workbook;
  notKept: NotKept[];
}

/**
 * Opens xlsx bytes. Throws InputError NOT_A_SPREADSHEET when they are not an Excel workbook (not a zip, or
 * a zip without a workbook part, such as .docx or .ods), and UNREADABLE_WORKBOOK when they are one that
 * ExcelJS cannot read even after repair. `name` is only used in messages.
 */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  name = 'workbook',
): Promise<OpenedWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const pkg = await ZipPackage.open(bytes);
  if (pkg === null || !pkg.has(WORKBOOK_PART))
    throw new InputError('NOT_A_SPREADSHEET', name, `${name} is not an .xlsx workbook.`);
  let notKept: NotKept[];
  let readable: Uint8Array;
  try {
    notKept = await findNotKept(pkg);
    await repairForExcelJs(pkg);
    readable = pkg.changed ? await pkg.bytes() : bytes;
  } catch (e) {
    throw unreadable(name, e);
  }
  return { workbook: await reloadWorkbook(readable, name), notKept };
}

/**
 * Loads bytes ExcelJS wrote itself (a copy to build into), with no look at the package first. Validations
 * are held as disjoint ranges so that writing the workbook back keeps one validation per cell (see
 * validation-cover.ts).
 */
export async function reloadWorkbook(bytes: Uint8Array, name = 'workbook'): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's types ask for a Node Buffer; JSZip underneath takes any byte array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw unreadable(name, e);
  }
  for (const ws of workbook.worksheets) normaliseValidations(ws);
  return workbook;
}

function unreadable(name: string, e: unknown): InputError {
  const detail = e instanceof Error ? e.message : String(e);
  return new InputError('UNREADABLE_WORKBOOK', name, `${name} could not be read (${detail}).`, detail);
}

/** Loads xlsx bytes into an ExcelJS workbook (openWorkbook without the list of what it does not hold). */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array, name = 'workbook'): Promise<Workbook> {
  return (await openWorkbook(data, name)).workbook;
}
