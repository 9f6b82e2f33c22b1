// The shapes every action shares: what a host read going in, a plan and a report coming out.

import type { Grid } from '../grid.js';
import type { WorkbookPlan } from '../plan/types.js';
import type { Report } from '../report.js';
import type { Settings } from '../settings.js';

/** What an action returns: the plan a host applies, and the report it shows. */
export interface ActionResult {
  plan: WorkbookPlan;
  report: Report;
}

/** What every action receives. */
export interface ActionInput {
  /** provmap-owned sheets that exist, as the host read them (values, not formulas). */
  workbook: readonly Grid[];
  settings?: Partial<Settings>;
  /**
   * Today's date (yyyy-mm-dd) for "has this intervention ended?". Hosts pass their own, from
   * calendarDate(new Date()); when absent, the runtime's clock is read (resolveToday), the one impure read
   * in core.
   */
  today?: string;
}

/** The use cases, by the names hosts and the panel call them. */
export type ActionName = 'structure' | 'reevaluate' | 'add-point' | 'collate' | 'summary' | 'review';
