// Puts the sheets an action built into one workbook plan: canonical sheet order, one Scales sheet for
// every scale any written sheet (or the existing Scales sheet) uses, and the named ranges.

import { scalesOnSheet, scalesSheet } from '../plan/scales-sheet.js';
import { SHEET } from '../plan/sheet-names.js';
import type { NamedRangePlan, SheetPlan, WorkbookPlan } from '../plan/types.js';
import type { ActionContext } from './context.js';

/** Sheets and names one part of an action produced, and the scales its formulas and dropdowns use. */
export interface PlanParts {
  sheets: SheetPlan[];
  namedRanges: NamedRangePlan[];
  /** Scale ids the sheets refer to; null when they refer to no scale (no Scales sheet needed for them). */
  scaleIds: string[] | null;
}

const ORDER: readonly string[] = [
  SHEET.provisionMap,
  SHEET.interventions,
  SHEET.pupils,
  SHEET.tracker,
  SHEET.review,
  SHEET.schoolMap,
  SHEET.summary,
  SHEET.scales,
];

/** One plan from the parts; the Scales sheet is written when any part uses scales. */
export function assemblePlan(
  ctx: ActionContext,
  parts: readonly PlanParts[],
  activeSheet: string | null,
): WorkbookPlan {
  const sheets = parts.flatMap((p) => p.sheets);
  const namedRanges = parts.flatMap((p) => p.namedRanges);
  const ids = parts.flatMap((p) => p.scaleIds ?? []);
  if (parts.some((p) => p.scaleIds !== null)) {
    const existing = scalesOnSheet(ctx.grid(SHEET.scales), ctx.scales).map((s) => s.id);
    const scales = scalesSheet(ctx.scales, [...existing, ...ids], ctx.grid(SHEET.scales));
    sheets.push(scales.sheet);
    namedRanges.unshift(...scales.namedRanges);
  }
  sheets.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  return { sheets, namedRanges, activeSheet };
}
