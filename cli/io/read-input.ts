// Opens the file a user named: an .xlsx workbook, or a CSV file turned into a one-sheet workbook.

import { basename, extname } from 'node:path';
import type { Workbook } from 'exceljs';
import { isOwnedSheet } from '../../core/plan/sheet-names.js';
import { InputError } from '../xlsx/input-error.js';
import { loadWorkbook } from '../xlsx/read-workbook.js';
import { workbookFromGrids } from '../xlsx/new-workbook.js';
import { parseCsv } from './csv-import.js';
import { nodeFileSystem } from './file-system.js';
import type { FileSystem } from './file-system.js';

export type InputFormat = 'xlsx' | 'csv';

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

/** The file's bytes. Throws InputError FILE_NOT_FOUND, or NOT_A_SPREADSHEET for a folder. */
export async function readBytes(path: string, fs: FileSystem = nodeFileSystem): Promise<Uint8Array> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('FILE_NOT_FOUND', path, `File not found: ${path}`);
    if (code === 'EISDIR')
      throw new InputError('NOT_A_SPREADSHEET', path, `${path} is a folder, not a spreadsheet.`);
    throw e;
  }
}

/** Turns file bytes into a workbook, by content first (a zip is xlsx) and then by extension. */
export async function workbookFromBytes(
  bytes: Uint8Array,
  path: string,
): Promise<{ workbook: Workbook; format: InputFormat }> {
  const ext = extname(path).toLowerCase();
  if (isZip(bytes)) return { workbook: await loadWorkbook(bytes, path), format: 'xlsx' };
  if (CSV_EXTENSIONS.has(ext))
    return { workbook: workbookFromGrids([parseCsv(decodeText(bytes), csvSheetName(path))]), format: 'csv' };
  throw new InputError('NOT_A_SPREADSHEET', path, `${path} is not an .xlsx workbook or a .csv file.`);
}

/** Reads and opens a spreadsheet file. Throws InputError FILE_NOT_FOUND or NOT_A_SPREADSHEET. */
export async function readInput(
  path: string,
  fs: FileSystem = nodeFileSystem,
): Promise<{ workbook: Workbook; format: InputFormat }> {
  return workbookFromBytes(await readBytes(path, fs), path);
}
