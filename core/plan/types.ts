// A declarative WorkbookPlan: everything a host writes, as data. Hosts translate it; they decide nothing.

/** A live formula, written without the leading '='. Only this type is ever written as a formula. */
export interface Formula {
  formula: string;
}

/** A calendar date, written as a date cell (hosts convert to their own serial or Date). */
export interface DateValue {
  date: string; // yyyy-mm-dd
}

/**
 * A value to write. A string is ALWAYS text: hosts must write "=SUM(A1)", "+Smith" or "@Riley" as
 * literal text, never as a formula.
 */
export type PlanValue = string | number | boolean | null | Formula | DateValue;

/** Colours are #RRGGBB. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  fill?: string;
  fontColor?: string;
  horizontalAlignment?: 'left' | 'center' | 'right';
}

/** A style over an A1 range of the sheet. */
export interface StyledRange {
  range: string;
  style: CellStyle;
}

export interface NumberFormatRange {
  range: string;
  /** Excel-style format code that all hosts understand: '0', '0.0', '0%', '£#,##0.00', 'yyyy-mm-dd', '@'. */
  format: string;
}

/** Data validation as data; hosts map each kind to their own builder. */
export type ValidationRule =
  /** A dropdown from a range: a workbook named range ('PM_SCALE_NC') or a sheet range ('Pupils!$A$2:$A$40'). */
  | { kind: 'list-from-range'; source: string; strict: boolean }
  /** A short fixed dropdown (at most 500 items, a host limit). */
  | { kind: 'list'; values: readonly string[]; strict: boolean }
  | { kind: 'whole-number'; min: number; max: number }
  | { kind: 'decimal'; min: number; max: number }
  | { kind: 'date' };

export interface ValidationPlan {
  range: string;
  rule: ValidationRule;
  /** Shown to the teacher when a value is rejected or on selection. */
  help: string;
}

/** The look of a conditional format: fill and font, from provmap's palette. */
export interface FormatStyle {
  fill: string;
  fontColor: string;
  bold?: boolean;
}

/** Conditional formatting as data. */
export type ConditionalRule =
  /** The cell's text equals `text` (case-insensitive in every host). */
  | { kind: 'text-equals'; text: string }
  /** A formula relative to the top-left cell of the range, without '=', true where the format applies. */
  | { kind: 'formula'; formula: string };

export interface ConditionalFormatPlan {
  range: string;
  rule: ConditionalRule;
  style: FormatStyle;
}

/** A computed range protected with a warning only: teachers may still edit after confirming. */
export interface ProtectionPlan {
  range: string;
  description: string;
}

export interface NotePlan {
  cell: string;
  text: string;
}

/**
 * One sheet provmap owns. `values` start at A1 and are the sheet's whole content: the host replaces the
 * sheet's content, formats, validation and provmap's conditional formats with exactly this, and keeps
 * conditional format rules that provmap did not write. On a sheet that exists, formats, validation, notes
 * and widths are replaced only in provmap's own columns (ownedColumns); a teacher's columns keep theirs.
 */
export interface SheetPlan {
  name: string;
  /** Rows of values from A1. Rows may be ragged; missing cells are blank. */
  values: PlanValue[][];
  /** Column widths in pixels, from column A. */
  columnWidths: number[];
  frozenRows: number;
  frozenColumns: number;
  styles: StyledRange[];
  numberFormats: NumberFormatRange[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  protections: ProtectionPlan[];
  notes: NotePlan[];
  /**
   * provmap's own columns, from A, when the layout knows them (a table: its columns, not the ones a
   * teacher added after them). Hosts rewrite formats, validation, notes and widths of an existing sheet
   * only there; see ownedColumns() in owned-columns.ts, which infers them when this is absent.
   */
  ownedColumns?: number;
}

/** A workbook-level name for a range on one of the plan's sheets. */
export interface NamedRangePlan {
  name: string;
  sheet: string;
  /** A1 range on that sheet, without the sheet name. */
  range: string;
}

/**
 * A workbook plan. Sheets are written in order; sheets not named here are never touched. The host applies
 * it all or nothing: on failure the workbook is as it was before.
 */
export interface WorkbookPlan {
  sheets: SheetPlan[];
  namedRanges: NamedRangePlan[];
  /** Sheet to show when done. */
  activeSheet: string | null;
}
