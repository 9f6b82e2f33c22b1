// Typed access to ExcelJS worksheet fields that exist at run time but are missing from its type file.

import type { ConditionalFormattingOptions, DataValidation, Worksheet, WorksheetView } from 'exceljs';

interface DataValidations {
  /** Keyed by A1 address or range; a range read from a file is expanded to one key per cell. */
  model: Record<string, DataValidation | undefined>;
  add(address: string, validation: DataValidation): DataValidation;
}

interface Hidden {
  dataValidations: DataValidations;
  conditionalFormattings?: ConditionalFormattingOptions[];
  /** Tab position. */
  orderNo: number;
}

/** The worksheet's data validations. */
export function validationsOf(ws: Worksheet): DataValidations {
  return (ws as Worksheet & Hidden).dataValidations;
}

/** The worksheet's conditional formats as ExcelJS read or was given them. */
export function conditionalFormatsOf(ws: Worksheet): ConditionalFormattingOptions[] {
  return (ws as Worksheet & Hidden).conditionalFormattings ?? [];
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
