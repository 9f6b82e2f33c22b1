// What every reader of one table shares: the grid seen through merges, its layout, and the diagnostics.

import { isBlank, type CellValue, type Grid } from '../grid.js';
import { Diagnostics, type Diagnostic, type DiagnosticCode, type Severity } from '../diagnostics.js';
import type { ScaleRegistry } from '../scales/index.js';
import type { Settings } from '../settings.js';
import { fieldDefinition, type FieldId } from './columns.js';
import type { TableLayout } from './header.js';
import { MergedView } from './merged-view.js';
import { MAX_CELL_CHARS, textOf } from './text.js';

/** One value read from a cell, or from one line of a multi-line cell. */
export interface ValueRef {
  value: CellValue;
  /** A1 address of the cell holding it. */
  cell: string;
  /** 1-based line within the cell, when the cell holds a list. */
  line: number | null;
}

/** Where a value came from, for messages: "F5" or "F5 (line 3)". */
export function where(ref: { cell: string; line: number | null }): string {
  return ref.line === null ? ref.cell : `${ref.cell} (line ${ref.line})`;
}

export class ImportContext {
  readonly view: MergedView;
  readonly sheet: string;
  private readonly log = new Diagnostics();
  private readonly given = new Set<string>();

  constructor(
    readonly grid: Grid,
    readonly layout: TableLayout,
    readonly scales: ScaleRegistry,
    readonly settings: Settings,
  ) {
    this.view = new MergedView(grid);
    this.sheet = grid.sheet;
  }

  /** The column of a field, if the table has it. */
  col(field: FieldId): number | undefined {
    return this.layout.fields[field];
  }

  /** The value shown at (row, col); text over the host's cell limit is reported and read as blank. */
  valueAt(row: number, col: number): CellValue {
    const v = this.view.value(row, col);
    if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
      this.report(
        'error',
        this.view.address(row, col),
        'CELL_TOO_LONG',
        `This cell holds ${v.length} characters, more than the ${MAX_CELL_CHARS} a spreadsheet cell can keep; it was not read.`,
        'Shorten the text, or move the detail to a separate document and link to it.',
      );
      return null;
    }
    return v;
  }

  /** The value of a field on a row (null when the table has no such column). */
  value(row: number, field: FieldId): CellValue {
    const col = this.col(field);
    return col === undefined ? null : this.valueAt(row, col);
  }

  /** A field's value as trimmed text, line breaks kept ('' when blank or missing). */
  text(row: number, field: FieldId): string {
    return textOf(this.value(row, field));
  }

  /** A1 address of the cell holding a field's value on a row (the header's column if missing). */
  address(row: number, field: FieldId): string {
    return this.view.address(row, this.col(field) ?? this.layout.left);
  }

  /**
   * True when no recognised column of the row holds anything of its own. Cells inside a merged block
   * (other than its top-left cell) do not count: a block merged down past the last pupil is not a row.
   */
  isBlankRow(row: number): boolean {
    const cols = [
      ...Object.entries(this.layout.fields)
        .filter(([id]) => !fieldDefinition(id as FieldId).computed)
        .map(([, col]) => col),
      ...this.layout.points.map((p) => p.col),
    ];
    return cols.every(
      (col) =>
        col === undefined || this.view.isMergedContinuation(row, col) || isBlank(this.view.value(row, col)),
    );
  }

  /** Adds a diagnostic; one already given for the same cell, code and message is not repeated. */
  report(severity: Severity, cell: string, code: DiagnosticCode, message: string, hint: string): void {
    // A merged cell is read once per row it covers; its problem is reported once.
    const key = `${cell}\u0000${code}\u0000${message}`;
    if (this.given.has(key)) return;
    this.given.add(key);
    this.log.add({ sheet: this.sheet, cell, code, severity, message, hint });
  }

  /** Everything reported so far. */
  diagnostics(): Diagnostic[] {
    return [...this.log.items];
  }
}
