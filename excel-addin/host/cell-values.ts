// Plan values as Excel cells: which text must be written under the '@' text format, and date serials.

import type { PlanValue } from '../../core/plan/types.js';

/** Excel's text number format: a value written into such a cell is stored as typed, never parsed. */
export const TEXT_FORMAT = '@';

/** Excel's default number format. */
export const GENERAL_FORMAT = 'General';

/** Excel keeps at most this many characters in a cell. */
export const MAX_EXCEL_CELL_CHARS = 32_767;

/** Number format used for a planned date when the plan gives the cell no format of its own. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/** A planned value translated for Office.js: what to put in `formulas`, and whether it needs '@' first. */
export interface ExcelCell {
  /** The value for the `formulas` matrix: '' for blank, '=...' only for a planned Formula. */
  input: string | number | boolean;
  kind: 'blank' | 'text' | 'number' | 'boolean' | 'formula' | 'date';
  /** True when the text would be parsed by Excel (formula, number, date...) unless the cell is '@'. */
  needsTextFormat: boolean;
}

const FORMULA_PREFIX = /^[=+\-@\t\r\n]/;
const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/**
 * True when Excel, writing this text into a General cell, would not keep it as the same text: a formula
 * prefix (= + - @, tab, CR, LF), a leading apostrophe (taken as a text marker and dropped), or something
 * Excel parses into a number, percentage, currency, fraction, date, time or boolean.
 */
export function excelWouldReinterpret(text: string): boolean {
  if (text === '') return false;
  if (FORMULA_PREFIX.test(text) || text.startsWith("'")) return true;
  const t = text.trim();
  if (t !== text) return /\d/.test(t) || /^(true|false)$/i.test(t);
  if (/^(true|false)$/i.test(t)) return true;
  // Digits with separators Excel reads as numbers, dates, times, fractions, percentages or money.
  if (/^[(]?[£$€]?\s*[\d.,]+(\s*[%)])?$/.test(t) && /\d/.test(t)) return true;
  if (/^\d+([/\-.:]\d+){1,2}(\s*(am|pm))?$/i.test(t)) return true;
  if (/^\d+\s+\d+\/\d+$/.test(t) || /^\d*\.?\d+e[+-]?\d+$/i.test(t)) return true;
  return MONTHS.test(t) && /\d/.test(t);
}

/** Days since Excel's epoch (1899-12-30) for an ISO date; NaN when the text is not yyyy-mm-dd. */
export function dateToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The UTC date of an Excel serial (whole days; a time of day is kept as a fraction). */
export function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

/** True for a number format that shows a date or time (ignoring quoted text, [colours] and escapes). */
export function isDateFormat(format: string): boolean {
  if (format === '' || format === GENERAL_FORMAT || format === TEXT_FORMAT) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s£$€]*$/.test(bare);
}

/** Translates one planned value. A string is always text; only a Formula becomes a formula. */
export function toExcelCell(value: PlanValue): ExcelCell {
  if (value === null || value === '') return { input: '', kind: 'blank', needsTextFormat: false };
  if (typeof value === 'string')
    return { input: value, kind: 'text', needsTextFormat: excelWouldReinterpret(value) };
  if (typeof value === 'number') return { input: value, kind: 'number', needsTextFormat: false };
  if (typeof value === 'boolean') return { input: value, kind: 'boolean', needsTextFormat: false };
  if ('formula' in value) return { input: `=${value.formula}`, kind: 'formula', needsTextFormat: false };
  return { input: dateToSerial(value.date), kind: 'date', needsTextFormat: false };
}
