// How Sheets stores a value written with setValues: strings are parsed as if a person typed them.
// The model is deliberately pessimistic, so an adapter that writes raw text is caught by the tests.

import { zonedInstant } from './dates.js';

export type StoredValue = string | number | boolean | Date | null;

/** What a cell holds after a write: a value, or a formula (with '='), and whether text was quote-prefixed. */
export interface ParsedInput {
  value: StoredValue;
  formula: string | null;
  quotePrefix: boolean;
}

/** Sheets refuses text longer than this in one cell. */
export const MAX_CELL_CHARS = 50_000;

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?$/i;

function asNumber(t: string): number | null {
  if (!/\d/.test(t)) return null;
  if (NUMBER.test(t)) return Number(t.replace(/,/g, ''));
  const pct = /^([+-]?\d+(\.\d+)?)%$/.exec(t);
  if (pct) return Number(pct[1]) / 100;
  const money = /^([+-]?)[£$€](\d+(\.\d+)?)$/.exec(t);
  if (money) return Number(`${money[1]}${money[2]}`);
  return null;
}

function asDate(t: string, tz: string): Date | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return new Date(zonedInstant(Number(m[1]), Number(m[2]), Number(m[3]), tz));
  // The fake spreadsheet's locale is en-GB: day first.
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(t);
  if (m) {
    const year = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : new Date().getFullYear();
    return new Date(zonedInstant(year, Number(m[2]), Number(m[1]), tz));
  }
  // Times ("1:6" reads as 01:06) are date-times on 30 December 1899, as in Sheets.
  m = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/.exec(t);
  if (m) return new Date(zonedInstant(1899, 12, 30, tz, Number(m[1]), Number(m[2]), Number(m[3] ?? 0)));
  return null;
}

/**
 * Parses one value written with setValues. `textFormat` is true when the cell's number format is '@'
 * (plain text): Sheets then keeps the string as typed.
 */
export function parseInput(input: unknown, tz: string, textFormat: boolean): ParsedInput {
  const plain = (value: StoredValue, quotePrefix = false): ParsedInput => ({
    value,
    formula: null,
    quotePrefix,
  });
  if (input === null || input === undefined || input === '') return plain(null);
  if (typeof input === 'number' || typeof input === 'boolean') return plain(input);
  if (input instanceof Date) return plain(new Date(input.getTime()));
  const s = String(input);
  if (s.startsWith("'")) return plain(s.slice(1), true);
  if (textFormat) return plain(s);
  const t = s.trim();
  if (t.startsWith('=') && t.length > 1) return { value: null, formula: t, quotePrefix: false };
  const n = asNumber(t);
  if (n !== null) return plain(n);
  // Pessimistic: a leading + - or @ makes Sheets (and Excel) read the entry as a formula.
  if (/^[+\-@]/.test(t)) return { value: null, formula: `=${t}`, quotePrefix: false };
  if (/^(true|false)$/i.test(t)) return plain(t.toLowerCase() === 'true');
  const d = asDate(t, tz);
  if (d) return plain(d);
  return plain(s);
}
