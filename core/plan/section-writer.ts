// Writes a report-like sheet section by section: a heading, a header row, data rows, their number
// formats and warning-only protection. The Summary sheet is built with it.

import { a1, a1Range } from '../grid.js';
import { COMPUTED_STYLE, HEADER_STYLE, SECTION_STYLE } from './palette.js';
import type { PlanValue, SheetPlan } from './types.js';

export class SectionWriter {
  readonly rows: PlanValue[][] = [];

  constructor(readonly sheet: SheetPlan) {}

  /** 0-based index of the next row to be written. */
  get next(): number {
    return this.rows.length;
  }

  push(row: PlanValue[]): void {
    this.rows.push(row);
  }

  /** A blank row (between sections), a heading and a header; returns the first data row. */
  section(title: string, header: readonly string[]): number {
    if (this.rows.length > 0) this.rows.push([]);
    this.rows.push([title]);
    this.sheet.styles.push({ range: a1(this.rows.length - 1, 0), style: SECTION_STYLE });
    this.rows.push([...header]);
    this.sheet.styles.push({
      range: a1Range(this.rows.length - 1, 0, this.rows.length - 1, header.length - 1),
      style: HEADER_STYLE,
    });
    return this.rows.length;
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
