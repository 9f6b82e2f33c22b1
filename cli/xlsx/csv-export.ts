// CSV export of a grid, safe to open in a spreadsheet: risky text gets a leading apostrophe (CSV injection).

import type { CellValue } from '../../core/grid.js';

/** Text a spreadsheet would run as a formula when opening a CSV: starts with = + - @ tab or CR. */
export function isFormulaTrigger(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** One cell as CSV text: dates as yyyy-mm-dd, risky text prefixed with ', quoted where needed. */
export function csvCell(value: CellValue, delimiter = ','): string {
  let text: string;
  if (value === null) text = '';
  else if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else if (typeof value === 'string') text = isFormulaTrigger(value) ? `'${value}` : value;
  else text = String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** Rows as CSV with CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly CellValue[])[], delimiter = ','): string {
  return rows.map((row) => row.map((v) => csvCell(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
