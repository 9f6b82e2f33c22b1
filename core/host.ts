// The port every host implements: list sheets, read grids, apply a plan. Core never calls a host itself.

import type { Grid } from './grid.js';
import type { WorkbookPlan } from './plan/types.js';

/** Apps Script answers synchronously; Excel's JavaScript API and files asynchronously. One port serves both. */
export type MaybePromise<T> = T | Promise<T>;

export interface SheetInfo {
  name: string;
  /** Used extent: rows and columns holding anything. */
  rows: number;
  columns: number;
  hidden: boolean;
}

/** What applying a plan did, for reports and round-trip counts. */
export interface ApplyResult {
  sheetsWritten: string[];
  cellsWritten: number;
}

export interface WorkbookHost {
  /** Every sheet in the workbook, in tab order. */
  listSheets(): MaybePromise<SheetInfo[]>;
  /** Each named sheet read whole (values plus merged ranges), one grid per name, in the same order. */
  readGrids(names: readonly string[]): MaybePromise<Grid[]>;
  /** Writes the plan in batched calls, all or nothing. */
  applyPlan(plan: WorkbookPlan): MaybePromise<ApplyResult>;
}
