// Reads the values school MIS exports write: year groups, SEN status, yes/no flags and dates.

import type { CellValue } from '../grid.js';
import type { SenStatus } from '../model/types.js';
import { collapse } from './text.js';
import { lookupWord } from './word-table.js';

/** Year groups a school can hold: Nursery (-1) to Year 14. */
const MIN_YEAR = -1;
const MAX_YEAR = 14;

/** Year groups written as words: Reception and Nursery. */
const YEAR_WORDS: Readonly<Record<string, number>> = {
  r: 0,
  reception: 0,
  rec: 0,
  yr: 0,
  'year r': 0,
  'y r': 0,
  fs2: 0,
  f2: 0,
  n: -1,
  nursery: -1,
  nur: -1,
  'year n': -1,
  fs1: -1,
  f1: -1,
};

/** National curriculum year from "Year 3", "Y3", "Yr 3", "3", "R"/"Reception" (0), "N"/"Nursery" (-1). */
export function parseYearGroup(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && inYears(value) ? value : null;
  if (typeof value !== 'string') return null;
  const t = collapse(value).replace(/[.]/g, '');
  const hit = lookupWord(YEAR_WORDS, t);
  if (hit !== undefined) return hit;
  const m = /^(?:(?:year|yr|y|nc year)\s*)?(\d{1,2})$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return inYears(n) ? n : null;
}

function inYears(n: number): boolean {
  return n >= MIN_YEAR && n <= MAX_YEAR;
}

/** SEN spellings, matched after collapsing case and spaces. */
const SEN_WORDS: Readonly<Record<string, SenStatus>> = {
  n: 'N',
  none: 'N',
  'no sen': 'N',
  'not sen': 'N',
  'n - no special educational need': 'N',
  'no special educational need': 'N',
  k: 'K',
  'sen support': 'K',
  'k - sen support': 'K',
  // Before 2014, School Action and School Action Plus; both became SEN support.
  'school action': 'K',
  'school action plus': 'K',
  e: 'E',
  ehcp: 'E',
  'ehc plan': 'E',
  ehc: 'E',
  'education, health and care plan': 'E',
  'e - education, health and care plan': 'E',
  'e - ehc plan': 'E',
  // Before 2014, a statement of SEN; statements became EHC plans.
  statement: 'E',
  's - statement': 'E',
};

/** SEN status N/K/E from "K", "K - SEN Support", "EHCP", "None"...; null when blank or not known. */
export function parseSenStatus(value: CellValue): SenStatus | null {
  if (typeof value !== 'string') return null;
  const t = collapse(value).replace(/\s*[–—-]\s*/g, ' - ');
  return lookupWord(SEN_WORDS, t) ?? null;
}

const FLAG_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  t: true,
  y: true,
  yes: true,
  '1': true,
  false: false,
  f: false,
  n: false,
  no: false,
  '0': false,
};

/** A yes/no flag from True/False, Y/N, Yes/No, 1/0 or a boolean; null when blank or not a flag. */
export function parseFlag(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  return lookupWord(FLAG_WORDS, collapse(value)) ?? null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as used by serial numbers after 1 March 1900. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * An ISO date (yyyy-mm-dd) from ISO text, UK dd/mm/yyyy (also with "." or "-"), "4 March 2015",
 * "04-Mar-2015", a Date, or an Excel serial number. Null for anything else, impossible dates and dates
 * outside 1900-2100 included.
 */
export function parseDate(value: CellValue): string | null {
  if (value instanceof Date) return dateFromDateObject(value);
  if (typeof value === 'number') return dateFromSerial(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4})$/i.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    return month > 0 ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/**
 * Hosts hand dates as midnight in the spreadsheet's time zone, which may be the evening before in UTC:
 * the nearest UTC midnight is the calendar date the teacher sees.
 */
function dateFromDateObject(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return inRange(new Date(Math.round(t / DAY_MS) * DAY_MS));
}

function dateFromSerial(serial: number): string | null {
  // Whole serials only, from 1 March 1900 (61; Excel's invented 29 Feb 1900 is 60).
  if (!Number.isInteger(serial) || serial < 61) return null;
  return inRange(new Date(EXCEL_EPOCH_MS + serial * DAY_MS));
}

/** Dates a pupil or an intervention can have; anything outside is a typing or conversion slip. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

function inRange(date: Date): string | null {
  const y = date.getUTCFullYear();
  return y >= FIRST_YEAR && y <= LAST_YEAR ? date.toISOString().slice(0, 10) : null;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < FIRST_YEAR || y > LAST_YEAR) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
