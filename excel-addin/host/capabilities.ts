// Which Office.js requirement sets this Excel supports, and what provmap does with each.

import { UnsupportedHostError } from './office-errors.js';

/** Asks Office whether a requirement set is supported: Office.context.requirements.isSetSupported. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface Capabilities {
  /** ExcelApi 1.8: data validation, the minimum provmap runs on. */
  minimum: boolean;
  /** ExcelApi 1.9: cell properties, so a failed write restores fills and fonts too. */
  cellProperties: boolean;
  /** ExcelApi 1.13: merged areas, read with each sheet. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes. */
  notes: boolean;
  /** ExcelApi 1.20: `mergeUndoGroup`, so one action is one undo step. */
  undoGroup: boolean;
}

export const MINIMUM_EXCEL_API = '1.8';

/** Reads the requirement sets once. */
export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const has = (v: string) => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    minimum: has(MINIMUM_EXCEL_API),
    cellProperties: has('1.9'),
    mergedAreas: has('1.13'),
    notes: has('1.18'),
    undoGroup: has('1.20'),
  };
}

/** Throws UnsupportedHostError, with words a teacher can act on, when Excel is older than ExcelApi 1.8. */
export function requireMinimum(caps: Capabilities): void {
  if (!caps.minimum)
    throw new UnsupportedHostError(
      `ExcelApi ${MINIMUM_EXCEL_API}`,
      'This version of Excel is too old for provmap (it needs Excel 2019, Excel 2021, Microsoft 365 or Excel on the web). Open the workbook in Excel on the web, or update Office.',
    );
}
