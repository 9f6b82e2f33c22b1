// A WorkbookHost over an ExcelJS workbook held in memory (no Node API: usable in a browser too).

import type { Workbook } from 'exceljs';
import type { Grid } from '../../core/grid.js';
import type { ApplyResult, SheetInfo, WorkbookHost } from '../../core/host.js';
import type { WorkbookPlan } from '../../core/plan/types.js';
import { applyPlanToWorkbook } from './apply-plan.js';
import { reloadWorkbook } from './open-workbook.js';
import { listSheets, readGrids } from './read-workbook.js';

/** Serialises and reloads a workbook: an independent copy to build into. */
export async function copyWorkbook(wb: Workbook): Promise<Workbook> {
  const bytes = await wb.xlsx.writeBuffer();
  return reloadWorkbook(new Uint8Array(bytes as ArrayBuffer));
}

/**
 * The xlsx host in memory. `applyPlan` builds the new workbook on a copy and swaps it in only when every
 * step succeeded, so a failure leaves `workbook` as it was.
 */
export class XlsxHost implements WorkbookHost {
  constructor(private current: Workbook) {}

  /** The workbook as it stands (after the last successful applyPlan). */
  get workbook(): Workbook {
    return this.current;
  }

  listSheets(): SheetInfo[] {
    return listSheets(this.current);
  }

  readGrids(names: readonly string[]): Grid[] {
    return readGrids(this.current, names);
  }

  async applyPlan(plan: WorkbookPlan): Promise<ApplyResult> {
    const next = await copyWorkbook(this.current);
    const result = applyPlanToWorkbook(next, plan);
    this.current = next;
    return result;
  }
}
