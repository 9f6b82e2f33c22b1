// ExcelJS cell values to the neutral CellValue core reads: text, number, boolean, date or blank.

import type { CellValue as XlsxValue } from 'exceljs';
import type { CellValue } from '../../core/grid.js';

type RichText = { richText: { text: string }[] };

function richToText(v: RichText): string {
  return v.richText.map((run) => run.text).join('');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/**
 * One ExcelJS value as core sees it: rich text and hyperlinks become their plain text, a formula
 * becomes its cached result (never the formula text), an error becomes its text ("#N/A").
 */
export function toCellValue(value: XlsxValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (!isObject(value)) return null;
  if (Array.isArray(value.richText)) return richToText(value as RichText);
  if ('error' in value && typeof value.error === 'string') return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value ? toCellValue(value.result as XlsxValue) : null;
  }
  if ('hyperlink' in value) {
    const text = value.text;
    if (typeof text === 'string') return text;
    if (isObject(text) && Array.isArray(text.richText)) return richToText(text as RichText);
    return typeof value.hyperlink === 'string' ? value.hyperlink : null;
  }
  return null;
}
