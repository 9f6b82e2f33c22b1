// Writes a report-like sheet section by section: a heading, a header row, data rows, their number
// formats and warning-only protection, and column widths that fit what was written. The Summary sheet is
// built with it.

import { a1, a1Range } from '../grid.js';
import { COMPUTED_STYLE, HEADER_STYLE, SECTION_STYLE } from './palette.js';
import type { PlanValue, SheetPlan } from './types.js';

/** Pixels per character of 11-point sans text (bold is wider), and a cell's padding. Generous on purpose. */
const CHAR_PX = 6.5;
const BOLD_CHAR_PX = 7.2;
const PADDING_PX = 14;
/** What a number or a formula's result needs: "£12,345.67" or "100%". */
export const NUMBER_WIDTH = 85;

/** Roughly how many pixels wide text is at the sheets' font, its longest line taken. */
export function textWidth(text: string, bold = false): number {
  const longest = Math.max(0, ...text.split('\n').map((line) => line.trim().length));
  return Math.ceil(longest * (bold ? BOLD_CHAR_PX : CHAR_PX)) + PADDING_PX;
}

/** How wide columns may grow: text wider than `max` wraps instead. */
export interface WidthLimits {
  min: number;
  max: number;
  /** A larger limit for the first column, which holds the row labels. */
  firstMax?: number;
}

export class SectionWriter {
  readonly rows: PlanValue[][] = [];
  private readonly needs: number[] = [];

  constructor(
    readonly sheet: SheetPlan,
    private readonly limits: WidthLimits = { min: 60, max: 260, firstMax: 340 },
  ) {}

  /** 0-based index of the next row to be written. */
  get next(): number {
    return this.rows.length;
  }

  private max(col: number): number {
    return col === 0 ? (this.limits.firstMax ?? this.limits.max) : this.limits.max;
  }

  private need(col: number, px: number): void {
    this.needs[col] = Math.max(this.needs[col] ?? 0, Math.min(px, this.max(col)));
  }

  /** A line of text across the sheet (a title, an explanation): it may run over the empty cells beside it. */
  note(text: string): void {
    this.rows.push([text]);
  }

  /** The one line of a section with nothing to list, in italics: it says so rather than look unfinished. */
  none(text: string): void {
    this.note(text);
    this.sheet.styles.push({ range: a1(this.rows.length - 1, 0), style: { italic: true } });
  }

  /**
   * A data row. Each cell's column is made wide enough for it; text wider than the column may grow is
   * wrapped instead, so no label is cut off.
   */
  push(row: PlanValue[]): void {
    this.rows.push([]);
    this.put(this.rows.length - 1, row);
  }

  /** Writes a data row at `r`, a row reserved earlier (with an empty push), measured as push does. */
  put(r: number, row: PlanValue[]): void {
    this.rows[r] = row;
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      if (typeof v !== 'string') return this.need(c, NUMBER_WIDTH);
      const px = textWidth(v);
      this.need(c, px);
      if (px > this.max(c) || v.includes('\n'))
        this.sheet.styles.push({ range: a1(r, c), style: { wrap: true } });
    });
  }

  /**
   * A blank row (between sections), a heading and a header; returns the first data row. Header cells wrap,
   * so each column needs its longest word; over columns from `firstNumber` on (numbers) they are
   * right-aligned, above the figures.
   */
  section(title: string, header: readonly string[], firstNumber = 1): number {
    if (this.rows.length > 0) this.rows.push([]);
    this.rows.push([title]);
    this.sheet.styles.push({ range: a1(this.rows.length - 1, 0), style: SECTION_STYLE });
    const r = this.rows.length;
    this.rows.push([...header]);
    this.sheet.styles.push({ range: a1Range(r, 0, r, header.length - 1), style: HEADER_STYLE });
    if (firstNumber < header.length)
      this.sheet.styles.push({
        range: a1Range(r, firstNumber, r, header.length - 1),
        style: { horizontalAlignment: 'right' },
      });
    header.forEach((h, c) => {
      for (const word of h.split(/\s+/)) this.need(c, textWidth(word, true));
    });
    return this.rows.length;
  }

  /** Column widths in pixels that fit what was written, within the limits. */
  columnWidths(): number[] {
    const width = Math.max(this.needs.length, ...this.rows.map((r) => r.length));
    return Array.from({ length: width }, (_, c) => Math.max(this.limits.min, this.needs[c] ?? 0));
  }

  /** Number formats for columns of the rows from `first` to the last written. */
  formatColumns(first: number, formats: readonly (readonly [number, string])[]): void {
    if (this.rows.length <= first) return;
    for (const [col, format] of formats)
      this.sheet.numberFormats.push({ range: a1Range(first, col, this.rows.length - 1, col), format });
  }

  /** Marks the rows from `first` to the last written as provmap's, `width` columns wide. */
  protect(first: number, width: number, what: string): void {
    this.protectRows(first, this.rows.length - 1, width, what);
  }

  /** Marks rows `first`..`last` as provmap's: a faint fill and a warning-only protection. */
  protectRows(first: number, last: number, width: number, what: string): void {
    if (last < first) return;
    const range = a1Range(first, 0, last, width - 1);
    this.sheet.styles.push({ range, style: COMPUTED_STYLE });
    this.sheet.protections.push({
      range,
      description: `${what}: written by provmap; changes here are overwritten on the next run.`,
    });
  }
}
