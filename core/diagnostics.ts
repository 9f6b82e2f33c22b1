// Messy input becomes Diagnostics: where (sheet and A1 cell), a stable code, what, and how to fix it.

/**
 * Stable diagnostic codes. Add new ones here; never rename or reuse one. (A sheet with no table at all is
 * not a diagnostic but a NoTableFoundError, and text that looks like a formula is simply kept as text.)
 */
export type DiagnosticCode =
  | 'NO_HEADER'
  | 'UNKNOWN_GRADE'
  | 'MIXED_SCALES'
  | 'UNKNOWN_SCHEDULE'
  | 'UNKNOWN_RATIO'
  | 'UNKNOWN_SEN_STATUS'
  | 'UNKNOWN_FLAG'
  | 'UNKNOWN_YEAR'
  | 'UNKNOWN_DATE'
  | 'UNKNOWN_NUMBER'
  | 'UNMEASURABLE_TARGET'
  | 'LIST_LENGTH_MISMATCH'
  | 'MISSING_PUPIL_NAME'
  | 'DUPLICATE_PUPIL'
  | 'AMBIGUOUS_PUPIL'
  | 'ROW_WITHOUT_INTERVENTION'
  | 'CELL_TOO_LONG'
  | 'IGNORED_CELL'
  /** Values read equally well on several scales and no header or Scale column said which; one was chosen. */
  | 'AMBIGUOUS_SCALE'
  /** No area of need was given; the likely area was inferred from the intervention's name. */
  | 'AREA_INFERRED'
  /** Two sheets disagree about one pupil's or intervention's detail; the first value is kept. */
  | 'CONFLICTING_VALUE'
  /** A tracked subject had no target; one was proposed from expected progress and written with a note. */
  | 'TARGET_PROPOSED';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  sheet: string;
  /** A1 address of the cell, or of the first cell of a range. */
  cell: string;
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  hint: string;
}

/** Collects diagnostics for one import or action; never throws. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.items.push(d);
  }

  error(sheet: string, cell: string, code: DiagnosticCode, message: string, hint: string): void {
    this.items.push({ sheet, cell, code, severity: 'error', message, hint });
  }

  warn(sheet: string, cell: string, code: DiagnosticCode, message: string, hint: string): void {
    this.items.push({ sheet, cell, code, severity: 'warning', message, hint });
  }

  info(sheet: string, cell: string, code: DiagnosticCode, message: string, hint: string): void {
    this.items.push({ sheet, cell, code, severity: 'info', message, hint });
  }
}
