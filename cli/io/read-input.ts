// Opens the file a user named: an .xlsx workbook, or a CSV file turned into a one-sheet workbook.

import { basename, extname } from 'node:path';
import type { Workbook } from 'exceljs';
import type { Grid } from '../../core/grid.js';
import { isOwnedSheet } from '../../core/plan/sheet-names.js';
import { InputError } from '../xlsx/input-error.js';
import { openWorkbook } from '../xlsx/open-workbook.js';
import type { NotKept } from '../xlsx/package/not-kept.js';
import { workbookFromGrids } from '../xlsx/new-workbook.js';
import { parseCsv } from './csv-import.js';
import { nodeFileSystem } from './file-system.js';
import type { FileSystem } from './file-system.js';

export type InputFormat = 'xlsx' | 'csv';

/** An input file opened: the workbook, what it was, and what in it the workbook does not hold. */
export interface OpenedInput {
  workbook: Workbook;
  format: InputFormat;
  notKept: NotKept[];
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Text of a CSV file: UTF-8 (with or without BOM), else Windows-1252 as Excel saves "CSV" in the UK. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A sheet name for a CSV file: its name without extension, made legal, never one provmap owns. */
export function csvSheetName(path: string): string {
  const stem = basename(path, extname(path))
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  const name = (stem || 'Sheet1').slice(0, 31);
  return isOwnedSheet(name) || name.toLowerCase() === 'history' ? `${name.slice(0, 25)} (csv)` : name;
}

/** File-system refusals a user can cause and fix: no permission, or a file locked by another program. */
const REFUSED = new Set(['EACCES', 'EPERM', 'EBUSY']);

/**
 * The file's bytes. Throws InputError FILE_NOT_FOUND, NOT_A_SPREADSHEET for a folder, or CANNOT_READ when
 * the file may not be read.
 */
export async function readBytes(path: string, fs: FileSystem = nodeFileSystem): Promise<Uint8Array> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new InputError('FILE_NOT_FOUND', path, `File not found: ${path}`);
    if (code === 'EISDIR')
      throw new InputError('NOT_A_SPREADSHEET', path, `${path} is a folder, not a spreadsheet.`);
    if (code !== undefined && REFUSED.has(code))
      throw new InputError('CANNOT_READ', path, `${path} cannot be read (${code}).`, code);
    throw e;
  }
}

/**
 * Turns file bytes into a workbook, by content first (a zip is xlsx) and then by extension. Throws
 * InputError NOT_A_SPREADSHEET, UNREADABLE_WORKBOOK or UNREADABLE_CSV.
 */
export async function workbookFromBytes(bytes: Uint8Array, path: string): Promise<OpenedInput> {
  const ext = extname(path).toLowerCase();
  if (isZip(bytes)) return { ...(await openWorkbook(bytes, path)), format: 'xlsx' };
  if (CSV_EXTENSIONS.has(ext))
    return {
      workbook: workbookFromGrids([parseCsvFile(decodeText(bytes), path)]),
      format: 'csv',
      notKept: [],
    };
  throw new InputError('NOT_A_SPREADSHEET', path, `${path} is not an .xlsx workbook or a .csv file.`);
}

function parseCsvFile(text: string, path: string): Grid {
  try {
    return parseCsv(text, csvSheetName(path));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new InputError('UNREADABLE_CSV', path, `${path} could not be read as CSV (${detail}).`, detail);
  }
}

/** Reads and opens a spreadsheet file. Throws the InputErrors of readBytes and workbookFromBytes. */
export async function readInput(path: string, fs: FileSystem = nodeFileSystem): Promise<OpenedInput> {
  return workbookFromBytes(await readBytes(path, fs), path);
}
