// Text helpers shared by the import readers: multi-line cells, normalised comparison keys, number words.

import { cellText, type CellValue } from '../grid.js';
import { collapseWhiteSpace } from '../white-space.js';
import { lookupWord } from './word-table.js';

/** Google Sheets stores at most this many characters in a cell; longer text cannot be written back. */
export const MAX_CELL_CHARS = 50_000;

/** One line of a multi-line cell: its value and 1-based line number within the cell. */
export interface CellLine {
  value: CellValue;
  line: number;
}

/**
 * The lines of a cell, in order. Text is split on line breaks; blank lines inside the list are kept as
 * blank values (so later lines do not shift onto the wrong pupil), blank lines before and after are not.
 * A number, boolean or date is one line.
 */
export function cellLines(value: CellValue): CellLine[] {
  if (value === null) return [];
  if (typeof value !== 'string') return [{ value, line: 1 }];
  const parts = value.split(/\r\n|\r|\n/);
  const out: CellLine[] = parts.map((p, i) => ({ value: p.trim() === '' ? null : p.trim(), line: i + 1 }));
  while (out.length > 0 && out[0]!.value === null) out.shift();
  while (out.length > 0 && out[out.length - 1]!.value === null) out.pop();
  return out;
}

/** How many blank lines a text cell starts with before its first line of text (0 for anything else). */
export function leadingBlankLines(value: CellValue): number {
  if (typeof value !== 'string') return 0;
  const parts = value.split(/\r\n|\r|\n/);
  let n = 0;
  while (n < parts.length && parts[n]!.trim() === '') n++;
  return n === parts.length ? 0 : n;
}

/** Lower-case with runs of whitespace (line breaks included) collapsed to one space, trimmed. */
export function collapse(text: string): string {
  return collapseWhiteSpace(text).trim().toLowerCase();
}

/** Text with runs of whitespace collapsed, case kept: a cell written over several lines as one phrase. */
export function oneLine(text: string): string {
  return collapseWhiteSpace(text).trim();
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  once: 1,
  two: 2,
  twice: 2,
  three: 3,
  thrice: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** A count written as digits ("3", "1.5") or a word ("three", "twice"), or null. */
export function numberFromWord(word: string): number | null {
  const w = word.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  return lookupWord(NUMBER_WORDS, w) ?? null;
}

/** Regex source matching a count as digits or a number word (no capture group). */
export const COUNT_PATTERN =
  '(?:\\d+(?:\\.\\d+)?|an?|one|once|two|twice|three|thrice|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/**
 * A cell as trimmed text ('' for blank), like `cellText` but safe for an invalid Date, which a host can
 * hand over and which has no ISO form: it reads as "Invalid Date" so it is reported, not dropped.
 */
export function textOf(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : cellText(value);
  return String(value).trim();
}
