// The WorkbookHost port over SpreadsheetApp: list sheets, read each in one call, apply plans all or nothing.

import { ProvmapError } from '../../core/errors.js';
import type { Grid } from '../../core/grid.js';
import type { ApplyResult, SheetInfo, WorkbookHost } from '../../core/host.js';
import type { WorkbookPlan } from '../../core/plan/types.js';
import { applyPlan, type RuleMemory } from './apply-plan.js';
import { readSheet } from './read-sheet.js';

export interface SheetsHostDeps {
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;
  /** Where provmap remembers which conditional format rules it wrote (document properties). */
  ruleMemory?: RuleMemory;
}

/** A WorkbookHost with the fingerprints it took, so a write can check nothing changed since the read. */
export interface SheetsHost extends WorkbookHost {
  listSheets(): SheetInfo[];
  readGrids(names: readonly string[]): Grid[];
  applyPlan(plan: WorkbookPlan): ApplyResult;
}

/**
 * A host over one spreadsheet. Sheets read through it are fingerprinted; applyPlan refuses to write over a
 * sheet that changed in between (someone typed while provmap was working).
 */
export function createSheetsHost(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  deps: SheetsHostDeps,
): SheetsHost {
  const read = new Map<string, string>();
  let timeZone: string | null = null;
  return {
    listSheets() {
      return ss.getSheets().map((s) => ({
        name: s.getName(),
        rows: s.getLastRow(),
        columns: s.getLastColumn(),
        hidden: s.isSheetHidden(),
      }));
    },
    readGrids(names) {
      timeZone ??= ss.getSpreadsheetTimeZone();
      const tz = timeZone;
      return names.map((name) => {
        const sheet = ss.getSheetByName(name);
        if (!sheet) throw new ProvmapError('SHEET_NOT_FOUND', `There is no sheet called "${name}".`);
        const result = readSheet(sheet, name, tz, deps.utilities);
        read.set(name, result.fingerprint);
        return result.grid;
      });
    },
    applyPlan(plan) {
      const result = applyPlan(ss, plan, deps, read);
      read.clear();
      return result;
    },
  };
}
