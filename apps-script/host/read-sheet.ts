// Reads one sheet whole: one getValues over the used range, plus its merged blocks.

import { parseA1Range, type CellValue, type Grid } from '../../core/grid.js';
import { fingerprint } from './fingerprint.js';

type Utilities = Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;

/** True for a Date from any realm (values may come from another global context). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * Sheets hands back a date cell as the instant of midnight in the spreadsheet's time zone. Core reads
 * dates by their UTC fields, so each date becomes the same wall-clock time in UTC.
 */
function wallClockAsUtc(d: Date, timeZone: string, utilities: Utilities): Date {
  const text = utilities.formatDate(d, timeZone, "yyyy-MM-dd'T'HH:mm:ss");
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return new Date(d.getTime());
  const [y, mo, da, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, da, h, mi, s));
}

function toCellValue(v: unknown, timeZone: string, utilities: Utilities): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (isDate(v)) return wallClockAsUtc(v, timeZone, utilities);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

export interface SheetRead {
  grid: Grid;
  /** Fingerprint of the raw values, compared again just before writing. */
  fingerprint: string;
}

/** Reads a sheet (found by `name`) in one getValues over its used range, and its merged ranges. */
export function readSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
  timeZone: string,
  utilities: Utilities,
): SheetRead {
  const range = sheet.getDataRange();
  const raw = range.getValues() as unknown[][];
  const merges = range.getMergedRanges().map((m) => parseA1Range(m.getA1Notation()));
  return {
    grid: {
      sheet: name,
      values: raw.map((row) => row.map((v) => toCellValue(v, timeZone, utilities))),
      merges,
    },
    fingerprint: fingerprint(raw),
  };
}

/** The fingerprint of a sheet's values now (one getValues), to compare with the one taken at read time. */
export function currentFingerprint(sheet: GoogleAppsScript.Spreadsheet.Sheet): string {
  return fingerprint(sheet.getDataRange().getValues() as unknown[][]);
}
