// Typed access to ExcelJS worksheet fields that exist at run time but are missing from its type file.

import type { ConditionalFormattingOptions, DataValidation, Worksheet, WorksheetView } from 'exceljs';
import type { MergedRange } from '../../core/grid.js';

interface DataValidations {
  /** Keyed by A1 address or range; a range read from a file is expanded to one key per cell. */
  model: Record<string, DataValidation | undefined>;
  add(address: string, validation: DataValidation): DataValidation;
}

/** A merged block as ExcelJS indexes it (1-based, inclusive). */
interface MergeBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface Hidden {
  dataValidations: DataValidations;
  conditionalFormattings?: ConditionalFormattingOptions[];
  /** Tab position. */
  orderNo: number;
  /** Merged blocks by their top-left address. */
  _merges?: Record<string, MergeBlock | undefined>;
  mergeCellsWithoutStyle(top: number, left: number, bottom: number, right: number): void;
}

/** The worksheet's data validations. */
export function validationsOf(ws: Worksheet): DataValidations {
  return (ws as Worksheet & Hidden).dataValidations;
}

/** The worksheet's conditional formats as ExcelJS read or was given them. */
export function conditionalFormatsOf(ws: Worksheet): ConditionalFormattingOptions[] {
  return (ws as Worksheet & Hidden).conditionalFormattings ?? [];
}

/** The worksheet's merged blocks, 0-based and inclusive. */
export function mergedBlocks(ws: Worksheet): MergedRange[] {
  return Object.values((ws as Worksheet & Hidden)._merges ?? {})
    .filter((m): m is MergeBlock => m !== undefined)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/** Merges a block (0-based) leaving each cell's own style as it is, as Excel keeps it in a file. */
export function mergeKeepingStyles(ws: Worksheet, m: MergedRange): void {
  (ws as Worksheet & Hidden).mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

/** The worksheet's position among the tabs. */
export function tabOrder(ws: Worksheet): number {
  return (ws as Worksheet & Hidden).orderNo;
}

/** Moves a worksheet to a tab position (used to put a rebuilt sheet back where it was). */
export function setTabOrder(ws: Worksheet, orderNo: number): void {
  (ws as Worksheet & Hidden).orderNo = orderNo;
}

/** A sheet view with the tab-selected flag ExcelJS writes but does not declare. */
export type SheetView = Partial<WorksheetView> & { tabSelected?: boolean };
