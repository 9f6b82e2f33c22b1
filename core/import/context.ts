// What every reader of one table shares: the grid seen through merges, its layout, and the diagnostics.

import { isBlank, type CellValue, type Grid } from '../grid.js';
import { Diagnostics, type Diagnostic, type DiagnosticCode, type Severity } from '../diagnostics.js';
import type { ScaleRegistry } from '../scales/index.js';
import type { ParsedValue, Scale } from '../scales/types.js';
import type { Settings } from '../settings.js';
import { fieldDefinition, type FieldId } from './columns.js';
import type { TableLayout } from './header.js';
import { MergedView } from './merged-view.js';
import { collapse, MAX_CELL_CHARS, textOf } from './text.js';

/** One value read from a cell, or from one line of a multi-line cell. */
export interface ValueRef {
  value: CellValue;
  /** A1 address of the cell holding it. */
  cell: string;
  /** 1-based line within the cell, when the cell holds a list. */
  line: number | null;
}

/** The host's cell limit, as a constant of this module: it is checked on every cell read. */
const CELL_LIMIT = MAX_CELL_CHARS;

/** A whole cell's value whose A1 address is only worked out when a message needs it. */
export class CellRef implements ValueRef {
  readonly line = null;

  constructor(
    readonly value: CellValue,
    private readonly view: MergedView,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get cell(): string {
    return this.view.address(this.row, this.col);
  }
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
  /** Columns whose cells make a row non-blank; worked out on first use. */
  private typedCols: number[] | null = null;
  /** What each pupil-detail reader made of each distinct value met in this import. */
  private readonly details = new Map<(value: CellValue) => unknown, Map<unknown, unknown>>();
  /** Scales by collapsed name and by id, first in registry order; built on first use. */
  private scaleKeys: Map<string, Scale> | null = null;
  /** What each scale made of each distinct value met in this import. */
  private readonly parsed = new Map<Scale, Map<unknown, ParsedValue>>();

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
    if (typeof v === 'string' && v.length > CELL_LIMIT) {
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
    this.typedCols ??= [
      ...Object.entries(this.layout.fields)
        .filter(([id, col]) => col !== undefined && !fieldDefinition(id as FieldId).computed)
        .map(([, col]) => col!),
      ...this.layout.points.map((p) => p.col),
    ];
    for (const col of this.typedCols)
      if (!this.view.isMergedContinuation(row, col) && !isBlank(this.view.value(row, col))) return false;
    return true;
  }

  /** The first scale (in registry order) whose collapsed name or whose id is `key`. */
  scaleByKey(key: string): Scale | undefined {
    if (!this.scaleKeys) {
      this.scaleKeys = new Map();
      for (const s of this.scales.all())
        for (const k of [collapse(s.name), s.id]) if (!this.scaleKeys.has(k)) this.scaleKeys.set(k, s);
    }
    return this.scaleKeys.get(key);
  }

  /**
   * `scale.parse(value)`. A column repeats a few values many times, so each distinct text, number or flag
   * is parsed once per scale in this import, and cells holding it share the result: grades are values,
   * never changed once read.
   */
  parse(scale: Scale, value: CellValue): ParsedValue {
    // Dates are objects, and -0 would share 0's entry: both are parsed afresh.
    if (value === null || value instanceof Date || Object.is(value, -0)) return scale.parse(value);
    let byValue = this.parsed.get(scale);
    if (!byValue) this.parsed.set(scale, (byValue = new Map()));
    let p = byValue.get(value);
    if (p === undefined) byValue.set(value, (p = scale.parse(value)));
    return p;
  }

  /**
   * `read(value)` for a reader of pupil details (year, SEN, flags, dates), which is pure and gives plain
   * values: a class repeats a few spellings down every row, so each distinct value is read once.
   */
  readDetail<T extends string | number | boolean>(
    read: (value: CellValue) => T | null,
    value: CellValue,
  ): T | null {
    if (value === null || value instanceof Date || Object.is(value, -0)) return read(value);
    let byValue = this.details.get(read);
    if (!byValue) this.details.set(read, (byValue = new Map()));
    if (byValue.has(value)) return byValue.get(value) as T | null;
    const result = read(value);
    byValue.set(value, result);
    return result;
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
